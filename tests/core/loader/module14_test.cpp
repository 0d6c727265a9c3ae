// Module 1.4 as shipped: valid without warnings, complete against the client's source
// text, the answer key derived from the theory, and dialogue audio matching transcripts.

#include "core/loader/courseloader.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <map>

using namespace leerpad;

namespace {

const QString kCourse = QStringLiteral(LEERPAD_SOURCE_DIR "/content/module-1.4");

std::shared_ptr<const Course> module14()
{
    static const LoadResult r = loadCourse(kCourse);
    return r.course;
}

QString normalised(QString s)
{
    s.replace(QChar(0x00A0), QLatin1Char(' '));
    return s.simplified();
}

// Every learner-visible string of the course, one per entry.
QStringList learnerText(const Course &c)
{
    QStringList out{c.title, c.subtitle};
    auto addQuestion = [&out](const Question &q) {
        out << plainText(q.prompt) << q.instruction;
        for (const Option &o : q.options)
            out << o.text;
    };
    for (const Section &s : c.sections) {
        out << s.title;
        for (const Page &p : s.pages) {
            out << p.title;
            for (const Block &b : p.blocks) {
                if (const TextBlock *t = b.text()) {
                    for (const TextElement &e : t->content) {
                        out << plainText(e.text);
                        for (const InlineText &item : e.items)
                            out << plainText(item);
                    }
                } else if (const Question *q = b.question()) {
                    addQuestion(*q);
                }
            }
        }
    }
    if (c.selfTest) {
        for (const Question &q : c.selfTest->questions)
            addQuestion(q);
    }
    for (QString &s : out)
        s = normalised(s);
    return out;
}

// Every string written for the course beyond the client's verbatim source: feedback,
// explanations, trainer notes, the glossary and the score bands. This is where an
// editor's corrections live; the source text itself is checked line by line below.
QStringList authorText(const Course &c)
{
    QStringList out;
    auto addQuestion = [&out](const Question &q) {
        out << q.feedbackCorrect << q.feedbackIncorrect << q.explanation << q.note;
    };
    for (const Section &s : c.sections) {
        for (const Page &p : s.pages) {
            for (const Block &b : p.blocks) {
                if (const Question *q = b.question())
                    addQuestion(*q);
            }
        }
    }
    if (c.selfTest) {
        for (const Question &q : c.selfTest->questions)
            addQuestion(q);
        for (const ScoreBand &band : c.selfTest->bands)
            out << band.feedback;
    }
    for (const GlossaryEntry &e : c.glossary)
        out << e.definition;
    out.removeAll(QString());
    return out;
}

const Question *findQuestion(const Course &c, const QString &id)
{
    for (const Section &s : c.sections) {
        for (const Page &p : s.pages) {
            for (const Block &b : p.blocks) {
                if (const Question *q = b.question(); q && q->id == id)
                    return q;
            }
        }
    }
    if (c.selfTest) {
        for (const Question &q : c.selfTest->questions) {
            if (q.id == id)
                return &q;
        }
    }
    return nullptr;
}

// What a dialogue script says, turn by turn, as its transcript must show it: the tool
// (tools/make-dialogue-audio) leaves out what is only mumbled ({…}), keeps captions ([…])
// and gives a ring its caption as a cue without a speaker.
QList<Cue> scriptedCues(const QString &path)
{
    QList<Cue> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return out;
    static const QRegularExpression ring(QStringLiteral("^@ring\\s+\\d+\\s*\\[(.+)\\]\\s*$"));
    static const QRegularExpression turn(QStringLiteral("^([^\\s:@#\\[{][^:]*?)\\s*:\\s*(.+)$"));
    static const QRegularExpression mumbled(QStringLiteral("\\{[^{}]*\\}"));
    for (const QString &raw : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        Cue cue;
        if (const auto m = ring.match(line); m.hasMatch()) {
            cue.text = QLatin1Char('[') + m.captured(1) + QLatin1Char(']');
        } else if (line.startsWith(QLatin1Char('@'))) {
            continue;
        } else if (const auto t = turn.match(line); t.hasMatch()) {
            cue.speaker = t.captured(1);
            cue.text = t.captured(2).remove(mumbled).simplified();
        } else {
            continue;
        }
        out << cue;
    }
    return out;
}

const AudioBlock *findAudio(const Course &c, const QString &blockId)
{
    for (const Section &s : c.sections) {
        for (const Page &p : s.pages) {
            for (const Block &b : p.blocks) {
                if (b.id == blockId)
                    return b.audio();
            }
        }
    }
    return nullptr;
}

} // namespace

TEST(Module14, ValidatesWithoutErrorsOrWarnings)
{
    const LoadResult r = loadCourse(kCourse);
    for (const Diagnostic &d : r.diagnostics)
        ADD_FAILURE() << d.toString().toStdString();
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.course->title, QStringLiteral("Module 1.4 : Klantcontactmedewerker is spreekvaardig"));
    EXPECT_EQ(r.course->subtitle, QStringLiteral("Hallo, het Westen hier"));
}

TEST(Module14, SectionsFollowTheSource)
{
    const auto c = module14();
    ASSERT_TRUE(c);
    QStringList titles;
    for (const Section &s : c->sections)
        titles << s.title;
    const QStringList expected = {
        QStringLiteral("Intro"), QStringLiteral("Leg eens uit – het gaat fout"),
        QStringLiteral("Leg eens uit – Waarom?"), QStringLiteral("Opdrachten"),
        QStringLiteral("Leg eens uit - Opdrachten"), QStringLiteral("Leg eens uit – het kan ook anders"),
        QStringLiteral("Leg eens uit – Hoe?"), QStringLiteral("Opdrachten"),
        QStringLiteral("Leg eens uit – Opdrachten"), QStringLiteral("Test jezelf"),
        QStringLiteral("Kortom")};
    EXPECT_EQ(titles, expected);
}

TEST(Module14, EverySourceParagraphIsInTheCourse)
{
    const auto c = module14();
    ASSERT_TRUE(c);
    const QString all = learnerText(*c).join(QLatin1Char('\n'));
    QFile source(kCourse + QStringLiteral("/source/module-1.4-source.txt"));
    ASSERT_TRUE(source.open(QIODevice::ReadOnly | QIODevice::Text));
    static const QRegularExpression marker(QStringLiteral("^(•|\\d+\\.)\\s*"));
    static const QRegularExpression glossary(QStringLiteral("\\|G(.+?)G\\|"));
    int checked = 0;
    for (const QString &raw : QString::fromUtf8(source.readAll()).split(QLatin1Char('\n'))) {
        QString line = normalised(raw);
        line.remove(marker);
        line.replace(glossary, QStringLiteral("\\1"));
        if (line.isEmpty())
            continue;
        ++checked;
        EXPECT_TRUE(all.contains(line)) << "not in the course: " << line.toStdString();
    }
    EXPECT_GT(checked, 150);
}

TEST(Module14, GlossaryHasTheModulesTerms)
{
    const auto c = module14();
    ASSERT_TRUE(c);
    const GlossaryEntry *norm = c->glossaryEntry(QStringLiteral("norm"));
    ASSERT_NE(norm, nullptr);
    EXPECT_TRUE(norm->definition.contains(
        QLatin1String("een concrete meetbare afspraak die gebaseerd is op een waarde")));
    for (const char *id : {"waarde", "telefoonetiquette", "interne-klanten", "ddma"})
        EXPECT_NE(c->glossaryEntry(QLatin1String(id)), nullptr) << id;
}

TEST(Module14, AnswerKey)
{
    const auto c = module14();
    ASSERT_TRUE(c);
    const std::map<QString, QString> practice = {
        {QStringLiteral("oefen-1"), QStringLiteral("collega")},
        {QStringLiteral("oefen-2"), QStringLiteral("juist")},
        {QStringLiteral("oefen-3"), QStringLiteral("juist")},
        {QStringLiteral("oefen-4"), QStringLiteral("onjuist")},
        {QStringLiteral("oefen-5"), QStringLiteral("onjuist")},
        {QStringLiteral("oefen-6"), QStringLiteral("juist")},
    };
    std::map<QString, const Question *> found;
    for (const Section &s : c->sections) {
        for (const Page &p : s.pages) {
            for (const Block &b : p.blocks) {
                if (const Question *q = b.question())
                    found[q->id] = q;
            }
        }
    }
    ASSERT_EQ(found.size(), practice.size());
    for (const auto &[id, option] : practice) {
        ASSERT_TRUE(found.count(id)) << id.toStdString();
        EXPECT_EQ(found[id]->correct, QStringList{option}) << id.toStdString();
        EXPECT_FALSE(found[id]->explanation.isEmpty()) << id.toStdString();
        EXPECT_FALSE(found[id]->feedbackCorrect.isEmpty()) << id.toStdString();
        EXPECT_FALSE(found[id]->feedbackIncorrect.isEmpty()) << id.toStdString();
    }
    EXPECT_EQ(found[QStringLiteral("oefen-1")]->option(QStringLiteral("collega"))->text,
              QStringLiteral("Je collega; die kan de klant nu goed verder helpen."));

    ASSERT_TRUE(c->selfTest);
    const std::vector<std::pair<QString, QString>> test = {
        {QStringLiteral("zt-01"), QStringLiteral("u-is-norm")},
        {QStringLiteral("zt-02"), QStringLiteral("overheid-ddma-organisatie")},
        {QStringLiteral("zt-03"), QStringLiteral("controle")},
        {QStringLiteral("zt-04"), QStringLiteral("juist")},
        {QStringLiteral("zt-05"), QStringLiteral("waarde-overheid")},
        {QStringLiteral("zt-06"), QStringLiteral("onjuist")},
        {QStringLiteral("zt-07"), QStringLiteral("klant")},
        {QStringLiteral("zt-08"), QStringLiteral("onjuist")},
        {QStringLiteral("zt-09"), QStringLiteral("naam-en-bedanken")},
        {QStringLiteral("zt-10"), QStringLiteral("onjuist")},
    };
    const QList<Question> &qs = c->selfTest->questions;
    ASSERT_EQ(qs.size(), 10);
    for (int i = 0; i < 10; ++i) {
        EXPECT_EQ(qs[i].id, test[i].first);
        EXPECT_EQ(qs[i].correct, QStringList{test[i].second}) << qs[i].id.toStdString();
        EXPECT_FALSE(qs[i].explanation.isEmpty()) << qs[i].id.toStdString();
        EXPECT_EQ(qs[i].added, i == 9) << "only the tenth question is added beyond the source";
    }
    EXPECT_EQ(qs[1].option(test[1].second)->text,
              QStringLiteral("De overheid, de DDMA en de organisatie waarvoor je werkt."));
    EXPECT_EQ(qs[2].option(test[2].second)->text,
              QStringLiteral("Als de klant de controle over het gesprek dreigt over te nemen."));
    EXPECT_EQ(qs[6].option(test[6].second)->text,
              QStringLiteral("De klant. Dan weet je zeker dat hij niets meer wilde zeggen."));
    EXPECT_TRUE(plainText(qs[9].prompt).contains(QLatin1String("product voor jongeren")));
    EXPECT_FALSE(qs[9].note.isEmpty());
    ASSERT_GE(c->selfTest->bands.size(), 2);
    EXPECT_EQ(c->selfTest->bands[0].minScore, 0);
}

TEST(Module14, DialogueAudioDecodesAndMatchesItsTranscript)
{
    const auto c = module14();
    ASSERT_TRUE(c);
    int audioBlocks = 0;
    for (const Section &s : c->sections) {
        for (const Page &p : s.pages) {
            for (const Block &b : p.blocks) {
                const AudioBlock *a = b.audio();
                if (!a)
                    continue;
                ++audioBlocks;
                ASSERT_TRUE(a->srcAvailable) << a->src.toStdString();
                ASSERT_FALSE(a->cues.isEmpty()) << a->transcript.toStdString();
                for (const Cue &cue : a->cues) {
                    if (cue.speaker.isEmpty())
                        continue; // a sound caption such as "[telefoon gaat over]"
                    bool known = false;
                    for (const Speaker &sp : a->speakers)
                        known = known || sp.name == cue.speaker;
                    EXPECT_TRUE(known) << "speaker not declared: " << cue.speaker.toStdString();
                }
                // Decode the whole file with sox: a header alone is not proof it plays.
                QProcess sox;
                sox.start(QStringLiteral("sox"), {a->srcPath, QStringLiteral("-n"), QStringLiteral("stat")});
                ASSERT_TRUE(sox.waitForFinished(30000)) << "sox is needed (tools/leerpad-dev installs it)";
                ASSERT_EQ(sox.exitCode(), 0) << sox.readAllStandardError().toStdString();
                static const QRegularExpression length(QStringLiteral("Length \\(seconds\\):\\s*([0-9.]+)"));
                const auto m = length.match(QString::fromUtf8(sox.readAllStandardError()));
                ASSERT_TRUE(m.hasMatch());
                const double seconds = m.captured(1).toDouble();
                EXPECT_GT(seconds, 40.0);
                EXPECT_LT(seconds, 120.0);
                EXPECT_NEAR(seconds, a->cues.last().endMs / 1000.0, 1.0) << a->src.toStdString();
            }
        }
    }
    EXPECT_EQ(audioBlocks, 2);
}

// The Dutch editor's corrections (issue 18): each assertion fails on the text before them.
TEST(Module14, AuthorTextFollowsTheEditor)
{
    const auto c = module14();
    ASSERT_TRUE(c);
    const QStringList written = authorText(*c);
    ASSERT_GT(written.size(), 40);
    // A closing quote followed by more punctuation (“… voor u na.”,) reads as a stutter.
    static const QRegularExpression doubled(QStringLiteral("[.?!]”[,.;:]"));
    for (const QString &s : written) {
        // Woordenlijst: privésituatie is one word (the source's own "privé-situatie"
        // stays as the client wrote it, in the questions).
        EXPECT_FALSE(s.contains(QStringLiteral("privé-situatie"))) << s.toStdString();
        EXPECT_FALSE(doubled.match(s).hasMatch()) << s.toStdString();
    }

    const Question *zt01 = findQuestion(*c, QStringLiteral("zt-01"));
    ASSERT_NE(zt01, nullptr);
    EXPECT_TRUE(zt01->explanation.contains(QLatin1String("hoeveel belang iemand hecht")));
    EXPECT_FALSE(zt01->explanation.contains(QLatin1String("hoeveel waarde iemand hecht")));

    const Question *zt05 = findQuestion(*c, QStringLiteral("zt-05"));
    ASSERT_NE(zt05, nullptr);
    EXPECT_TRUE(zt05->feedbackCorrect.contains(QStringLiteral("privésituatie")));
    EXPECT_FALSE(zt05->feedbackCorrect.contains(QLatin1String("is de waarde")));

    // The source contains nine questions; 'Niet tutoyeren' is a page of 'Leg eens uit – Hoe?'.
    const Question *zt10 = findQuestion(*c, QStringLiteral("zt-10"));
    ASSERT_NE(zt10, nullptr);
    EXPECT_TRUE(zt10->note.contains(QLatin1String("tien vragen aan, maar bevat er negen")));
    EXPECT_TRUE(zt10->note.contains(QStringLiteral("‘Leg eens uit – Hoe?’")));
    EXPECT_TRUE(zt10->note.contains(QStringLiteral("‘Niet tutoyeren’")));
    EXPECT_FALSE(zt10->note.contains(QLatin1String("Kortom")));

    const Question *oefen3 = findQuestion(*c, QStringLiteral("oefen-3"));
    ASSERT_NE(oefen3, nullptr);
    EXPECT_TRUE(oefen3->explanation.contains(QLatin1String("waarvoor je werkt, nastreven")));
}

TEST(Module14, GlossaryDefinitionsAreSingleFragments)
{
    const auto c = module14();
    ASSERT_TRUE(c);
    ASSERT_FALSE(c->glossary.isEmpty());
    // Like a dictionary entry: one fragment after the term, lower case, no full stop;
    // never a second sentence.
    static const QRegularExpression sentenceBreak(QStringLiteral("[.!?]\\s+\\p{Lu}"));
    for (const GlossaryEntry &e : c->glossary) {
        const std::string term = e.term.toStdString();
        ASSERT_FALSE(e.definition.isEmpty()) << term;
        EXPECT_TRUE(e.definition.front().isLower()) << term;
        EXPECT_FALSE(e.definition.endsWith(QLatin1Char('.'))) << term;
        EXPECT_FALSE(sentenceBreak.match(e.definition).hasMatch()) << term;
    }
    // The DDMA entry says what the DDMA is, and follows the source: three sources
    // ("bronnen") of obligations, not organisations the etiquette arises out of.
    const GlossaryEntry *ddma = c->glossaryEntry(QStringLiteral("ddma"));
    ASSERT_NE(ddma, nullptr);
    EXPECT_TRUE(ddma->definition.contains(QLatin1String("brancheorganisatie")));
    EXPECT_TRUE(ddma->definition.contains(QLatin1String("bronnen")));
    EXPECT_FALSE(ddma->definition.contains(QLatin1String("instanties waaruit")));
}

TEST(Module14, ScoreBandsSayWhatToReread)
{
    const auto c = module14();
    ASSERT_TRUE(c && c->selfTest);
    for (const ScoreBand &band : c->selfTest->bands) {
        const std::string text = band.feedback.toStdString();
        EXPECT_TRUE(band.feedback.contains(QLatin1String("{{score}}"))) << text;
        EXPECT_TRUE(band.feedback.contains(QLatin1String("{{maxScore}}"))) << text;
        EXPECT_FALSE(band.feedback.contains(QLatin1String("fout had"))) << text;
        EXPECT_LE(band.feedback.count(QLatin1String("nog eens")), 1) << text;
    }
}

// The transcripts are generated from the scripts in content/module-1.4/dialogues: an
// edited script whose audio and transcript were not regenerated fails here.
TEST(Module14, TranscriptsMatchTheirScripts)
{
    const auto c = module14();
    ASSERT_TRUE(c);
    for (const char *name : {"het-gaat-fout", "het-kan-ook-anders"}) {
        const AudioBlock *a = findAudio(*c, QStringLiteral("dialoog-") + QLatin1String(name));
        ASSERT_NE(a, nullptr) << name;
        const QList<Cue> script = scriptedCues(kCourse + QStringLiteral("/dialogues/") +
                                               QLatin1String(name) + QStringLiteral(".txt"));
        ASSERT_EQ(script.size(), a->cues.size()) << name;
        for (qsizetype i = 0; i < script.size(); ++i) {
            EXPECT_EQ(a->cues[i].speaker, script[i].speaker) << name << " cue " << i;
            EXPECT_EQ(a->cues[i].text, script[i].text) << name << " cue " << i;
        }
    }
}

TEST(Module14, DialoguesNameTheDepartmentOneWayAndSoundSpoken)
{
    const auto c = module14();
    ASSERT_TRUE(c);
    for (const char *id : {"dialoog-het-gaat-fout", "dialoog-het-kan-ook-anders"}) {
        const AudioBlock *a = findAudio(*c, QLatin1String(id));
        ASSERT_NE(a, nullptr) << id;
        for (const Cue &cue : a->cues) {
            // The department is "(de afdeling) Planning (regio West)" in both calls.
            EXPECT_FALSE(cue.text.contains(QLatin1String("planning"))) << cue.text.toStdString();
        }
    }
    // In the good call Karolien addresses the customer by name once per turn, and talks
    // rather than writes (no passive "worden gemaakt door").
    const AudioBlock *good = findAudio(*c, QStringLiteral("dialoog-het-kan-ook-anders"));
    ASSERT_NE(good, nullptr);
    for (const Cue &cue : good->cues) {
        if (cue.speaker != QLatin1String("Karolien"))
            continue;
        EXPECT_LE(cue.text.count(QLatin1String("De Vries")), 1) << cue.text.toStdString();
        EXPECT_FALSE(cue.text.contains(QLatin1String("worden gemaakt door"))) << cue.text.toStdString();
    }
}
