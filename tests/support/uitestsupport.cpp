#include "support/uitestsupport.h"

#include "ui/question/optionrow.h"
#include "ui/question/questionview.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace leerpad::test {

QString moduleDir()
{
    return QStringLiteral(LEERPAD_SOURCE_DIR "/content/module-1.4");
}

LoadResult loadForPlayer(const QString &path)
{
    LoadOptions options;
    options.openWithMissingMedia = true;
    return loadCourse(path, options);
}

LoadResult loadModule()
{
    return loadForPlayer(moduleDir());
}

std::unique_ptr<CourseCopy> copyModule()
{
    auto copy = std::make_unique<CourseCopy>();
    if (!copy->dir.isValid())
        return copy;
    const QDir source(moduleDir());
    QDirIterator it(moduleDir(), QDir::Files, QDirIterator::Subdirectories);
    bool ok = true;
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = QDir(copy->path()).filePath(source.relativeFilePath(file));
        QDir().mkpath(QFileInfo(target).path());
        ok = QFile::copy(file, target) && ok;
    }
    copy->ok = ok;
    return copy;
}

QByteArray singleParagraphCourse(const QString &paragraph)
{
    const QString json = QStringLiteral(R"({
  "format": 1, "id": "escape-test", "title": "Escaping", "language": "nl", "version": "1.0.0",
  "sections": [ { "id": "s", "title": "Sectie", "pages": [
    { "id": "p", "title": "Pagina", "blocks": [
      { "id": "t", "kind": "text", "content": [ { "type": "paragraph", "text": "%1" } ] } ] } ] } ]
})")
                             .arg(paragraph);
    return json.toUtf8();
}

TestPlayer::TestPlayer(const QString &path, const QString &dataDir)
    : m_dataDir(dataDir.isEmpty() ? m_data.path() : dataDir), store(m_dataDir), host(&store),
      window(&host)
{
    window.setMediaPlayers(fakes.players());
    if (!path.isEmpty())
        window.openCourse(path);
}

TestPlayer::TestPlayer(const LoadResult &result, const QString &path)
    : m_dataDir(m_data.path()), store(m_dataDir), host(&store), window(&host)
{
    window.setMediaPlayers(fakes.players());
    host.show(path.isEmpty() && result.course ? result.course->filePath : path, result);
}

std::shared_ptr<const Course> TestPlayer::course() const
{
    return host.session() ? host.session()->coursePointer() : nullptr;
}

QString TestPlayer::selfTestPageId() const
{
    const CourseSession *s = host.session();
    return s ? s->index().pageId(s->index().selfTestPage()) : QString();
}

bool chooseById(QuestionView *view, const QString &optionId)
{
    const QList<OptionRow *> &rows = view->optionRows();
    for (int i = 0; i < int(rows.size()); ++i) {
        if (rows[i]->optionId() == optionId) {
            view->chooseOption(i);
            return true;
        }
    }
    return false;
}

void flushDeletes()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

} // namespace leerpad::test
