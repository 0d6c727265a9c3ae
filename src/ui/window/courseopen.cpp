#include "ui/window/courseopen.h"

#include "core/loader/courseloader.h"
#include "core/package/coursepackage.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace leerpad {

QString askForCourse(QWidget *parent, const QString &current)
{
    QFileDialog dialog(parent, QApplication::translate("leerpad::CourseOpen", "Cursus openen"));
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setNameFilters({QApplication::translate("leerpad::CourseOpen",
                                                   "Cursussen (*.leerpad *.json)"),
                           QApplication::translate("leerpad::CourseOpen",
                                                   "Cursuspakketten (*.leerpad)"),
                           QApplication::translate("leerpad::CourseOpen",
                                                   "Cursusbestanden (*.json)"),
                           QApplication::translate("leerpad::CourseOpen",
                                                   "Alle bestanden (*)")});
    if (!current.isEmpty())
        dialog.setDirectory(QFileInfo(current).absolutePath());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

QString askForCourseFolder(QWidget *parent, const QString &current)
{
    return QFileDialog::getExistingDirectory(
        parent, QApplication::translate("leerpad::CourseOpen", "Cursusmap openen"),
        current.isEmpty() ? QString() : QFileInfo(QFileInfo(current).absolutePath()).absolutePath());
}

QString droppedCourse(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            continue;
        const QFileInfo info(url.toLocalFile());
        if (info.isDir() && QFileInfo::exists(QDir(info.filePath()).filePath(QStringLiteral("course.json"))))
            return info.absoluteFilePath();
        if (info.isFile() && (info.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0 ||
                              isCoursePackage(info.filePath())))
            return info.absoluteFilePath();
    }
    return {};
}

} // namespace leerpad
