// File → Handout exporteren: the PDF is written behind the progress dialog, and a
// cancel from that dialog stops the export.

#include "ui/trainer/handoutexport.h"
#include "support/uitestsupport.h"

#include <QApplication>
#include <QFile>
#include <QProgressDialog>
#include <QTimer>

#include <gtest/gtest.h>

using namespace leerpad;
using namespace leerpad::test;

TEST(HandoutExport, WritesAPdfBehindTheProgressDialog)
{
    const LoadResult r = loadModule();
    ASSERT_TRUE(r.ok());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("handout.pdf"));
    QWidget parent;
    ASSERT_TRUE(writeHandoutWithProgress(*r.course, pdf, true, &parent));
    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(5).startsWith("%PDF-"));
    EXPECT_GT(f.size(), 1000);
}

TEST(HandoutExport, CancellingFromTheDialogStopsTheExport)
{
    const LoadResult r = loadModule();
    ASSERT_TRUE(r.ok());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("handout.pdf"));
    QWidget parent;
    // The dialog is created inside the call; cancel it as soon as it exists.
    bool cancelled = false;
    QTimer poll;
    poll.setInterval(0);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (auto *dialog = parent.findChild<QProgressDialog *>()) {
            dialog->cancel();
            cancelled = true;
        }
    });
    poll.start();
    const bool ok = writeHandoutWithProgress(*r.course, pdf, false, &parent);
    poll.stop();
    ASSERT_TRUE(cancelled);
    EXPECT_FALSE(ok);
}
