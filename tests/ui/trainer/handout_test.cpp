#include "core/loader/courseloader.h"
#include "core/model/answerkey.h"
#include "ui/trainer/handout.h"

#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTextDocument>

#include <algorithm>

#include <gtest/gtest.h>

using namespace leerpad;

namespace {

std::shared_ptr<const Course> module14()
{
    LoadOptions options;
    options.openWithMissingMedia = true;
    return loadCourse(QStringLiteral(LEERPAD_SOURCE_DIR "/content/module-1.4"), options).course;
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

int pdfPages(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    p.waitForFinished(30000);
    for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Pages:")))
            return line.section(QLatin1Char(':'), 1).trimmed().toInt();
    }
    return 0;
}

} // namespace

TEST(Handout, PdfWithKeyHasEveryQuestionAndItsAnswer)
{
    const auto course = module14();
    ASSERT_TRUE(course);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("handout.pdf"));
    QString error;
    int progressCalls = 0;
    HandoutOptions options;
    options.progress = [&progressCalls](int, int) {
        ++progressCalls;
        return true;
    };
    ASSERT_TRUE(exportHandoutPdf(*course, pdf, options, &error)) << error.toStdString();
    EXPECT_GT(progressCalls, 10);
    EXPECT_GT(pdfPages(pdf), 5);
    const QString text = pdfText(pdf);
    ASSERT_FALSE(text.isEmpty()) << "pdftotext (poppler-utils) is needed";
    EXPECT_TRUE(text.contains(QLatin1String("Klantcontactmedewerker is spreekvaardig")));
    EXPECT_TRUE(text.contains(QLatin1String("Antwoordsleutel")));
    EXPECT_TRUE(text.contains(QLatin1String("Wanneer mag je een klant onderbreken?")));
    EXPECT_TRUE(text.contains(QLatin1String("Hallo, het Westen hier."))) << "dialogue transcript";
    for (const Question *q : allQuestions(*course))
        EXPECT_TRUE(text.contains(q->id)) << q->id.toStdString();
}

TEST(Handout, LearnerHandoutLeavesTheKeyOut)
{
    const auto course = module14();
    ASSERT_TRUE(course);
    HandoutOptions options;
    options.withKey = false;
    const auto doc = buildHandout(*course, options);
    ASSERT_TRUE(doc);
    const QString text = doc->toPlainText();
    EXPECT_TRUE(text.contains(QLatin1String("Wanneer mag je een klant onderbreken?")));
    EXPECT_FALSE(text.contains(QLatin1String("Antwoordsleutel")));
    EXPECT_FALSE(text.contains(QLatin1String("juist antwoord")));
    EXPECT_FALSE(text.contains(QLatin1String("Uitleg:")));
}

TEST(Handout, CourseTextIsEscaped)
{
    Course c;
    c.title = QStringLiteral("<img src=http://example.invalid/x.png> & <script>alert(1)</script>");
    c.version = QStringLiteral("1");
    Section s;
    s.title = QStringLiteral("<b>vet?</b>");
    Page p;
    p.title = QStringLiteral("P");
    Block b;
    TextBlock t;
    TextElement e;
    e.text = {{InlineRun::Style::Plain, QStringLiteral("<i>niet schuin</i>"), {}}};
    t.content << e;
    b.content = t;
    p.blocks << b;
    s.pages << p;
    c.sections << s;
    const auto doc = buildHandout(c, {});
    ASSERT_TRUE(doc);
    const QString text = doc->toPlainText();
    EXPECT_TRUE(text.contains(QLatin1String("<img src=http://example.invalid/x.png> & <script>alert(1)</script>")));
    EXPECT_TRUE(text.contains(QLatin1String("<b>vet?</b>")));
    EXPECT_TRUE(text.contains(QLatin1String("<i>niet schuin</i>")));
}

// Paper is not a screen: what the printed hand-outs of module 1.4 must and must not say,
// read back from the PDF as a reader would see it.
TEST(Handout, PaperHasNoPlaceholdersNorScreenInstructions)
{
    const auto course = module14();
    ASSERT_TRUE(course);
    QTemporaryDir dir;
    for (const bool withKey : {true, false}) {
        const QString pdf = dir.filePath(withKey ? QStringLiteral("key.pdf") : QStringLiteral("learner.pdf"));
        HandoutOptions options;
        options.withKey = withKey;
        QString error;
        ASSERT_TRUE(exportHandoutPdf(*course, pdf, options, &error)) << error.toStdString();
        const QString text = pdfText(pdf);
        ASSERT_FALSE(text.isEmpty()) << "pdftotext (poppler-utils) is needed";
        SCOPED_TRACE(withKey ? "with key" : "learner");
        EXPECT_FALSE(text.contains(QLatin1String("{{")));
        EXPECT_FALSE(text.contains(QLatin1String("Klik"), Qt::CaseInsensitive));
        EXPECT_TRUE(text.contains(QLatin1String("Kruis het juiste antwoord aan.")));
        // The page that announces ten questions is followed by them, before "Kortom".
        const qsizetype announced = text.indexOf(QLatin1String("Je krijgt nu tien vragen"));
        const qsizetype first = text.indexOf(QLatin1String("Vraag 1 "));
        const qsizetype tenth = text.indexOf(QLatin1String("Vraag 10 "));
        const qsizetype summary = text.indexOf(QLatin1String("In deze deelmodule kwam de telefoonetiquette aan bod"));
        ASSERT_GE(announced, 0);
        EXPECT_LT(announced, first);
        EXPECT_LT(first, tenth);
        EXPECT_LT(tenth, summary);
    }
    const QString key = pdfText(dir.filePath(QStringLiteral("key.pdf")));
    EXPECT_TRUE(key.contains(QStringLiteral("Je hebt 8\u201310 van de 10 vragen goed")));
    EXPECT_TRUE(key.contains(QStringLiteral("0\u20135 goed:")));
}

TEST(Handout, LearnersTickBoxesAndTrainersSeeThemTicked)
{
    const auto course = module14();
    ASSERT_TRUE(course);
    HandoutOptions learner;
    learner.withKey = false;
    const QString paper = buildHandout(*course, learner)->toPlainText();
    EXPECT_TRUE(paper.contains(QStringLiteral("\u2610 Juist")));
    EXPECT_FALSE(paper.contains(QStringLiteral("\u2612")));
    const QString trainer = buildHandout(*course, {})->toPlainText();
    EXPECT_TRUE(trainer.contains(QStringLiteral("\u2612")));
}

namespace {

// The options of every question on paper, in print order: each a list of option texts,
// the ticked one(s) marked with a leading '*'.
QList<QStringList> printedOptionGroups(const QString &plain)
{
    QList<QStringList> groups;
    QStringList current;
    for (const QString &raw : plain.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        const bool ticked = line.startsWith(QChar(0x2612));
        if (ticked || line.startsWith(QChar(0x2610))) {
            QString text = line.mid(1).trimmed();
            text.remove(QStringLiteral(" (juist antwoord)"));
            current << (ticked ? QLatin1Char('*') + text : text);
        } else if (!current.isEmpty()) {
            groups << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        groups << current;
    return groups;
}

} // namespace

// On paper, as on screen, the right answer is not always the first: the self-test's
// choice questions print in the practice's fixed shuffle, the same on the learners' and
// the trainers' copies so the key fits the paper.
TEST(Handout, PaperOptionsAreShuffledAlikeForLearnersAndTrainers)
{
    const auto course = module14();
    ASSERT_TRUE(course && course->selfTest);
    HandoutOptions learner;
    learner.withKey = false;
    const QList<QStringList> learnerGroups = printedOptionGroups(buildHandout(*course, learner)->toPlainText());
    const QList<QStringList> trainerGroups = printedOptionGroups(buildHandout(*course, {})->toPlainText());
    ASSERT_EQ(learnerGroups.size(), trainerGroups.size());
    for (int i = 0; i < int(trainerGroups.size()); ++i) {
        QStringList unmarked = trainerGroups[i];
        for (QString &t : unmarked)
            if (t.startsWith(QLatin1Char('*')))
                t.remove(0, 1);
        EXPECT_EQ(unmarked, learnerGroups[i]) << "question " << i + 1 << " prints differently";
    }
    QSet<int> positions;
    for (const Question &q : course->selfTest->questions) {
        if (q.type != Question::Type::Single)
            continue;
        for (const QStringList &group : trainerGroups) {
            if (group.size() != int(q.options.size()))
                continue;
            const int ticked = int(std::find_if(group.begin(), group.end(),
                                                [](const QString &t) { return t.startsWith(QLatin1Char('*')); }) -
                                   group.begin());
            if (ticked < group.size() && group[ticked].mid(1) == q.option(q.correct.first())->text)
                positions.insert(ticked);
        }
    }
    EXPECT_GE(positions.size(), 2) << "every printed right answer in the same place";
}
