#include "ui/trainer/handoutexport.h"

#include "ui/trainer/handout.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

namespace leerpad {

QString exportHandoutInteractively(const Course &course, QWidget *parent)
{
    QMessageBox ask(QMessageBox::Question,
                    QApplication::translate("leerpad::HandoutExport", "Hand-out exporteren"),
                    QApplication::translate("leerpad::HandoutExport",
                                            "Wil je de antwoordsleutel en de uitleg in de "
                                            "hand-out opnemen?"),
                    QMessageBox::Cancel, parent);
    QPushButton *withKey = ask.addButton(
        QApplication::translate("leerpad::HandoutExport", "Met antwoordsleutel"),
        QMessageBox::AcceptRole);
    QPushButton *withoutKey = ask.addButton(
        QApplication::translate("leerpad::HandoutExport", "Zonder antwoordsleutel"),
        QMessageBox::AcceptRole);
    withKey->setAccessibleName(withKey->text());
    withoutKey->setAccessibleName(withoutKey->text());
    ask.setDefaultButton(withKey);
    ask.exec();
    if (ask.clickedButton() != withKey && ask.clickedButton() != withoutKey)
        return {};

    // Beside what the trainer opened: a package's unpacked folder is the player's cache.
    const QString folder = course.packagePath.isEmpty() ? course.rootDir
                                                        : QFileInfo(course.packagePath).absolutePath();
    const QString suggested = QDir(folder).filePath(course.id + QStringLiteral(".pdf"));
    const QString path = QFileDialog::getSaveFileName(
        parent, QApplication::translate("leerpad::HandoutExport", "Hand-out opslaan"), suggested,
        QApplication::translate("leerpad::HandoutExport", "PDF-bestanden (*.pdf)"));
    if (path.isEmpty())
        return {};

    return writeHandoutWithProgress(course, path, ask.clickedButton() == withKey, parent) ? path
                                                                                          : QString();
}

bool writeHandoutWithProgress(const Course &course, const QString &path, bool withKey,
                              QWidget *parent)
{
    QProgressDialog progress(QApplication::translate("leerpad::HandoutExport",
                                                     "Hand-out wordt opgemaakt…"),
                             QApplication::translate("leerpad::HandoutExport", "Annuleren"), 0,
                             1, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAccessibleName(QApplication::translate("leerpad::HandoutExport",
                                                       "Voortgang van de export"));
    HandoutOptions options;
    options.withKey = withKey;
    options.progress = [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QApplication::processEvents();
        return !progress.wasCanceled();
    };
    QString error;
    const bool ok = exportHandoutPdf(course, path, options, &error);
    const bool cancelled = progress.wasCanceled(); // reset() forgets it
    progress.reset();
    if (!ok && !cancelled) {
        QMessageBox failed(QMessageBox::Warning,
                           QApplication::translate("leerpad::HandoutExport", "Hand-out exporteren"),
                           error, QMessageBox::Ok, parent);
        failed.setTextFormat(Qt::PlainText); // the message names a path
        failed.exec();
    }
    return ok;
}

} // namespace leerpad
