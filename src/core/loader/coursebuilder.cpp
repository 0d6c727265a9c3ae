#include "core/loader/coursebuilder.h"

#include "core/loader/jsonfields.h"
#include "core/loader/loadertext.h"
#include "core/loader/mediapath.h"
#include "core/loader/questionreader.h"
#include "core/loader/textreader.h"
#include "core/loader/webvtt.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace leerpad {
namespace {

class Builder
{
public:
    Builder(const BuildContext &context, std::vector<PendingDiagnostic> &out)
        : m_context(context), m_report(out), m_text(m_report), m_questions(m_report, m_text)
    {
    }

    std::optional<Course> build(const JsonValue &doc)
    {
        Course course;
        course.filePath = m_context.filePath;
        course.rootDir = m_context.rootDir;
        Fields f(doc, m_report, LoaderText::tr("the course"));
        if (!f.valid())
            return std::nullopt;
        f.allowOnly({"format", "id", "title", "subtitle", "language", "version", "authors",
                     "license", "glossary", "sections", "selfTest"});
        if (auto format = f.integer("format", true, 1, 1000)) {
            if (*format != 1)
                m_report.error(f.at("format"),
                               LoaderText::tr("format %1 is newer than this player understands "
                                              "(it reads format 1)")
                                   .arg(*format));
        }
        if (auto id = f.id())
            course.id = *id;
        course.title = f.string("title", true).value_or(QString());
        course.subtitle = f.string("subtitle", false).value_or(QString());
        course.version = f.string("version", true).value_or(QString());
        course.license = f.string("license", false).value_or(QString());
        if (auto lang = f.string("language", true)) {
            static const QRegularExpression bcp47(
                QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"));
            if (!bcp47.match(*lang).hasMatch())
                m_report.error(f.at("language"),
                               LoaderText::tr("'%1' is not a BCP 47 language tag (e.g. 'nl', "
                                              "'nl-NL', 'en')")
                                   .arg(*lang));
            course.language = *lang;
        }
        if (const JsonValue authors = f.array("authors", false, 0); authors.exists()) {
            for (std::size_t i = 0; i < authors.size(); ++i) {
                const JsonValue a = authors[i];
                if (a.isString())
                    course.authors << toQString(a.string());
                else
                    m_report.error(a,
                                   LoaderText::tr("an author must be a string, not %1")
                                       .arg(jsonTypeName(a)));
            }
        }
        if (const JsonValue glossary = f.array("glossary", false, 0); glossary.exists())
            readGlossary(glossary, course);
        const JsonValue sections = f.array("sections", true, 1);
        course.sections.reserve(qsizetype(sections.size()));
        for (std::size_t i = 0; i < sections.size(); ++i)
            readSection(sections[i], course);
        if (const JsonValue st = f.get("selfTest"); st.exists())
            course.selfTest = readSelfTest(st);
        finish(course);
        m_report.finish();
        if (m_report.errorCount() > 0)
            return std::nullopt;
        return course;
    }

private:
    void claimId(const QString &id, const JsonValue &at)
    {
        const auto it = m_ids.constFind(id);
        if (it != m_ids.constEnd()) {
            m_report.error(at, LoaderText::tr("duplicate id '%1'; it is already used at %2")
                                   .arg(id)
                                   .arg(QString::fromStdString(it->pointer())));
            return;
        }
        m_ids.insert(id, at);
    }

    void readGlossary(const JsonValue &arr, Course &course)
    {
        for (std::size_t i = 0; i < arr.size(); ++i) {
            Fields f(arr[i], m_report, LoaderText::tr("a glossary entry"));
            if (!f.valid())
                continue;
            f.allowOnly({"id", "term", "definition"});
            GlossaryEntry e;
            if (auto id = f.id()) {
                e.id = *id;
                claimId(e.id, f.get("id"));
            }
            e.term = f.string("term", true).value_or(QString());
            e.definition = f.string("definition", true).value_or(QString());
            m_text.addGlossaryId(e.id);
            course.glossary.append(e);
        }
    }

    void readSection(const JsonValue &value, Course &course)
    {
        Fields f(value, m_report, LoaderText::tr("a section"));
        if (!f.valid())
            return;
        f.allowOnly({"id", "title", "pages"});
        Section s;
        if (auto id = f.id()) {
            s.id = *id;
            claimId(s.id, f.get("id"));
        }
        s.title = f.string("title", true).value_or(QString());
        const JsonValue pages = f.array("pages", true, 1);
        s.pages.reserve(qsizetype(pages.size()));
        for (std::size_t i = 0; i < pages.size(); ++i)
            readPage(pages[i], s);
        course.sections.append(std::move(s));
    }

    void readPage(const JsonValue &value, Section &section)
    {
        Fields f(value, m_report, LoaderText::tr("a page"));
        if (!f.valid())
            return;
        f.allowOnly({"id", "title", "blocks"});
        Page p;
        if (auto id = f.id()) {
            p.id = *id;
            claimId(p.id, f.get("id"));
        }
        p.title = f.string("title", true).value_or(QString());
        const JsonValue blocks = f.array("blocks", true, 1);
        p.blocks.reserve(qsizetype(blocks.size()));
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            if (auto b = readBlock(blocks[i]))
                p.blocks.append(std::move(*b));
        }
        section.pages.append(std::move(p));
    }

    std::optional<Block> readBlock(const JsonValue &value)
    {
        Fields f(value, m_report, LoaderText::tr("a block"));
        if (!f.valid())
            return std::nullopt;
        Block b;
        if (auto id = f.id()) {
            b.id = *id;
            claimId(b.id, f.get("id"));
        }
        if (auto origin = f.keyword("origin", false)) {
            if (*origin == "added")
                b.origin = Origin::Added;
            else if (*origin != "source")
                m_report.error(f.at("origin"),
                               LoaderText::tr("'origin' must be \"source\" or \"added\", not "
                                              "\"%1\"")
                                   .arg(toQString(*origin)));
        }
        b.note = f.string("note", false, true).value_or(QString());
        const auto kind = f.keyword("kind", true);
        if (!kind)
            return std::nullopt;
        if (*kind == "text") {
            f.allowOnly({"id", "kind", "origin", "note", "content"});
            b.content = m_text.readTextBlock(f);
        } else if (*kind == "audio") {
            f.allowOnly({"id", "kind", "origin", "note", "title", "src", "transcript", "speakers"});
            b.content = readAudio(f);
        } else if (*kind == "question") {
            f.allowOnly({"id", "kind", "origin", "note", "type", "prompt", "instruction", "shuffle", "options",
                         "correct", "feedback", "explanation"});
            Question q = m_questions.read(f);
            q.id = b.id;
            q.added = b.origin == Origin::Added;
            q.note = b.note;
            m_practiceQuestions.insert(b.id, q);
            b.content = std::move(q);
        } else if (*kind == "selftest") {
            f.allowOnly({"id", "kind", "origin", "note"});
            if (m_selfTestBlock.exists())
                m_report.error(f.at("kind"),
                               LoaderText::tr("only one 'selftest' block is allowed; the first is "
                                              "at %1")
                                   .arg(QString::fromStdString(m_selfTestBlock.pointer())));
            else
                m_selfTestBlock = value;
            b.content = SelfTestBlock{};
        } else {
            m_report.error(f.at("kind"),
                           LoaderText::tr("unknown block kind '%1' (expected text, audio, "
                                          "question or selftest)")
                               .arg(toQString(*kind)));
            return std::nullopt;
        }
        return b;
    }

    AudioBlock readAudio(Fields &f)
    {
        AudioBlock a;
        a.title = f.string("title", true).value_or(QString());
        if (auto src = f.string("src", true)) {
            a.src = *src;
            const MediaCheck c = cachedMediaCheck(a.src, MediaKind::Audio);
            reportMedia(c, f.at("src"));
            a.srcPath = c.absolutePath;
            a.srcAvailable = c.status == MediaCheck::Status::Ok;
        }
        if (auto tr = f.string("transcript", true)) {
            a.transcript = *tr;
            const MediaCheck c = cachedMediaCheck(a.transcript, MediaKind::Transcript);
            reportMedia(c, f.at("transcript"));
            a.transcriptPath = c.absolutePath;
            if (c.status == MediaCheck::Status::Ok)
                a.cues = readTranscript(c.absolutePath, a.transcript);
        }
        if (const JsonValue speakers = f.array("speakers", false, 0); speakers.exists()) {
            for (std::size_t i = 0; i < speakers.size(); ++i) {
                Fields s(speakers[i], m_report, LoaderText::tr("a speaker"));
                if (!s.valid())
                    continue;
                s.allowOnly({"name", "role"});
                a.speakers.append({s.string("name", true).value_or(QString()),
                                   s.string("role", false).value_or(QString())});
            }
        }
        return a;
    }

    void reportMedia(const MediaCheck &c, const JsonValue &ptr)
    {
        // A missing file is an error everywhere -- --validate, the Meldingen panel, the
        // answer key -- from this one place; only whether the course still opens differs.
        if (c.status == MediaCheck::Status::Invalid)
            m_report.error(ptr, c.problem);
        else if (c.status == MediaCheck::Status::Missing)
            m_report.add({true, ptr.pointer(), c.problem, {}, 0, 0, false,
                          m_context.openWithMissingMedia});
    }

    // Courses often share media between blocks; check and parse each file once.
    MediaCheck cachedMediaCheck(const QString &relative, MediaKind kind)
    {
        const QString key = QString::number(int(kind)) + relative;
        auto it = m_mediaChecks.find(key);
        if (it == m_mediaChecks.end())
            it = m_mediaChecks.insert(
                key, checkMediaPath(m_context.rootDir, relative, kind, &m_canonicalDirs));
        return *it;
    }

    QList<Cue> readTranscript(const QString &path, const QString &relative)
    {
        if (const auto it = m_transcripts.constFind(path); it != m_transcripts.constEnd())
            return *it; // its problems were reported the first time
        QList<Cue> &cues = m_transcripts[path];
        const FileBytes file = readFileBytes(path, kMaxTranscriptBytes);
        if (!file.error.isEmpty()) {
            m_report.add({true, {}, LoaderText::tr("cannot read transcript: %1").arg(file.error),
                          relative, 0, 0});
            return {};
        }
        const VttResult vtt = parseWebVtt(file.bytes);
        for (const VttIssue &i : vtt.issues)
            m_report.add({i.error, {}, i.message, relative, i.line, i.column});
        cues = vtt.cues;
        return cues;
    }

    std::optional<SelfTest> readSelfTest(const JsonValue &value)
    {
        Fields f(value, m_report, LoaderText::tr("'selfTest'"));
        if (!f.valid())
            return std::nullopt;
        m_selfTestValue = value;
        f.allowOnly({"id", "title", "passScore", "shuffleQuestions", "shuffleOptions",
                     "questions", "bands"});
        SelfTest t;
        if (auto id = f.id()) {
            t.id = *id;
            claimId(t.id, f.get("id"));
        }
        t.title = f.string("title", true).value_or(QString());
        t.shuffleQuestions = f.boolean("shuffleQuestions").value_or(false);
        t.shuffleOptions = f.boolean("shuffleOptions").value_or(false);
        const JsonValue qs = f.array("questions", true, 1);
        for (std::size_t i = 0; i < qs.size(); ++i) {
            const JsonValue q = qs[i];
            if (q.isString()) {
                m_selfTestRefs.push_back({toQString(q.string()), q, int(t.questions.size())});
                t.questions.append(Question{}); // filled in by finish()
            } else {
                t.questions.append(readInlineQuestion(q));
            }
        }
        const int max = int(t.questions.size());
        if (auto pass = f.integer("passScore", false, 0, std::max(max, 0)))
            t.passScore = int(*pass);
        if (const JsonValue bands = f.array("bands", true, 1); bands.exists())
            t.bands = readBands(bands, max);
        return t;
    }

    Question readInlineQuestion(const JsonValue &value)
    {
        Fields f(value, m_report, LoaderText::tr("a self-test question"));
        if (!f.valid())
            return {};
        f.allowOnly({"id", "kind", "origin", "note", "type", "prompt", "instruction", "shuffle", "options",
                     "correct", "feedback", "explanation"});
        if (auto kind = f.keyword("kind", false); kind && *kind != "question")
            m_report.error(f.at("kind"),
                           LoaderText::tr("a self-test question has kind 'question', not '%1'")
                               .arg(toQString(*kind)));
        Question q = m_questions.read(f);
        if (auto id = f.id()) {
            q.id = *id;
            claimId(q.id, f.get("id"));
        }
        if (auto origin = f.keyword("origin", false)) {
            q.added = *origin == "added";
            if (!q.added && *origin != "source")
                m_report.error(f.at("origin"),
                               LoaderText::tr("'origin' must be \"source\" or \"added\", not "
                                              "\"%1\"")
                                   .arg(toQString(*origin)));
        }
        q.note = f.string("note", false, true).value_or(QString());
        return q;
    }

    QList<ScoreBand> readBands(const JsonValue &arr, int maxScore)
    {
        QList<ScoreBand> bands;
        for (std::size_t i = 0; i < arr.size(); ++i) {
            Fields f(arr[i], m_report, LoaderText::tr("a score band"));
            if (!f.valid())
                continue;
            f.allowOnly({"minScore", "feedback"});
            const auto min = f.integer("minScore", true, 0, 1000000);
            const auto feedback = f.string("feedback", true);
            if (!min)
                continue;
            if (i == 0 && *min != 0) {
                m_report.error(f.at("minScore"),
                               LoaderText::tr("the first score band must start at 0, not %1")
                                   .arg(*min));
            } else if (!bands.isEmpty() && *min <= bands.last().minScore) {
                m_report.error(f.at("minScore"),
                               LoaderText::tr("score bands overlap: minScore %1 must be greater "
                                              "than the previous band's %2")
                                   .arg(*min)
                                   .arg(bands.last().minScore));
            } else if (*min > maxScore) {
                m_report.error(f.at("minScore"),
                               LoaderText::tr("minScore %1 is above the maximum score %2")
                                   .arg(*min)
                                   .arg(maxScore));
            }
            bands.append({int(*min), feedback.value_or(QString())});
        }
        return bands;
    }

    // Cross-references can only be checked once every node has been read.
    void finish(Course &course)
    {
        m_text.checkTermReferences();
        if (m_selfTestBlock.exists() && !course.selfTest)
            m_report.error(m_selfTestBlock,
                           LoaderText::tr("a 'selftest' block needs a top-level 'selfTest'"));
        if (!course.selfTest)
            return;
        for (const SelfTestRef &ref : m_selfTestRefs) {
            const auto it = m_practiceQuestions.constFind(ref.id);
            if (it != m_practiceQuestions.constEnd()) {
                course.selfTest->questions[ref.index] = *it;
            } else if (m_ids.contains(ref.id)) {
                m_report.error(ref.pointer, LoaderText::tr("'%1' is not a question block (it is "
                                                           "defined at %2)")
                                                .arg(ref.id)
                                                .arg(QString::fromStdString(
                                                    m_ids.value(ref.id).pointer())));
            } else {
                m_report.error(ref.pointer,
                               LoaderText::tr("no question block with id '%1'").arg(ref.id));
            }
        }
        checkAnswerPositions(*course.selfTest);
    }

    // A test whose right answers all sit in the same place, shown in that order, can be
    // passed without reading: pick that place every time. Only choice questions count
    // (true/false keeps its order on purpose), and only when there are three or more.
    void checkAnswerPositions(const SelfTest &test)
    {
        if (test.shuffleOptions)
            return;
        int position = -1;
        int count = 0;
        for (const Question &q : test.questions) {
            if (q.type == Question::Type::TrueFalse || q.correct.isEmpty())
                continue;
            int at = -1;
            for (int i = 0; i < int(q.options.size()); ++i) {
                if (q.isCorrectOption(q.options[i].id)) {
                    at = i;
                    break;
                }
            }
            if (count > 0 && at != position)
                return;
            position = at;
            ++count;
        }
        if (count < 3)
            return;
        m_report.warning(m_selfTestValue,
                         LoaderText::tr("the right answer is option %1 in all %2 choice questions "
                                        "and the options are not shuffled: always choosing "
                                        "option %1 gets them all right; set \"shuffleOptions\": "
                                        "true")
                             .arg(position + 1)
                             .arg(count));
    }

    struct SelfTestRef
    {
        QString id;
        JsonValue pointer;
        int index;
    };

    const BuildContext &m_context;
    Reporter m_report;
    TextReader m_text;
    QuestionReader m_questions;
    QHash<QString, JsonValue> m_ids; // where each id is defined
    QHash<QString, Question> m_practiceQuestions;
    std::vector<SelfTestRef> m_selfTestRefs;
    QHash<QString, MediaCheck> m_mediaChecks;
    CanonicalDirCache m_canonicalDirs;
    QHash<QString, QList<Cue>> m_transcripts;
    JsonValue m_selfTestBlock;
    JsonValue m_selfTestValue;
};

} // namespace

std::optional<Course> buildCourse(const JsonValue &doc, const BuildContext &context,
                                  std::vector<PendingDiagnostic> &diagnostics)
{
    Builder builder(context, diagnostics);
    return builder.build(doc);
}

} // namespace leerpad
