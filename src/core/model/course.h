#pragma once

// The course model: plain, immutable-after-load value types. The loader is the
// only producer; everything else reads. Nothing here knows about JSON or widgets.

#include "core/model/courseindex.h"

#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace leerpad {

// One run of inline text. Text is data: views must escape it, never treat it as markup.
struct InlineRun
{
    enum class Style { Plain, Emphasis, Strong, Term };
    Style style = Style::Plain;
    QString text;
    QString termId; // glossary entry id, only for Style::Term
};
using InlineText = QList<InlineRun>;

// Concatenated visible text of a run list (for search, accessibility, tests).
QString plainText(const InlineText &text);

struct TextElement
{
    enum class Type { Paragraph, Heading, BulletList, NumberedList, Quote };
    Type type = Type::Paragraph;
    InlineText text;         // Paragraph, Heading, Quote
    QList<InlineText> items; // BulletList, NumberedList
};

struct TextBlock
{
    QList<TextElement> content;
};

struct Speaker
{
    QString name;
    QString role;
};

struct Cue
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString speaker;
    QString text;
};

struct AudioBlock
{
    QString title;
    QString src;           // as written in the course file (relative)
    QString transcript;    // as written in the course file (relative)
    QString srcPath;       // absolute, resolved inside the course folder
    QString transcriptPath;
    bool srcAvailable = false;
    QList<Speaker> speakers;
    QList<Cue> cues; // parsed transcript; empty when it could not be read
};

struct Option
{
    QString id;
    QString text;
};

struct Question
{
    enum class Type { Single, TrueFalse, Multiple };
    QString id;
    Type type = Type::Single;
    InlineText prompt;
    QString instruction;
    QList<Option> options;
    QStringList correct; // option ids
    QString feedbackCorrect;
    QString feedbackIncorrect;
    QString explanation;
    // Whether the options may be shown in another order: in practice always (a fixed
    // order per question), in the self-test when it shuffles options. Never for
    // truefalse: "Juist" before "Onjuist" is a convention learners rely on.
    bool shuffle = true;
    bool added = false; // origin "added": not in the client's source text
    QString note;       // for trainers only

    bool isCorrectOption(const QString &optionId) const { return correct.contains(optionId); }
    const Option *option(const QString &optionId) const;
};

struct SelfTestBlock
{
};

enum class Origin { Source, Added };

struct Block
{
    QString id;
    Origin origin = Origin::Source;
    QString note;
    std::variant<TextBlock, AudioBlock, Question, SelfTestBlock> content;

    const TextBlock *text() const { return std::get_if<TextBlock>(&content); }
    const AudioBlock *audio() const { return std::get_if<AudioBlock>(&content); }
    const Question *question() const { return std::get_if<Question>(&content); }
    bool isSelfTest() const { return std::holds_alternative<SelfTestBlock>(content); }
};

struct Page
{
    QString id;
    QString title;
    QList<Block> blocks;
};

struct Section
{
    QString id;
    QString title;
    QList<Page> pages;
};

struct GlossaryEntry
{
    QString id;
    QString term;
    QString definition;
};

struct ScoreBand
{
    int minScore = 0;
    QString feedback; // may contain {{score}} and {{maxScore}}
};

struct SelfTest
{
    QString id;
    QString title;
    std::optional<int> passScore;
    bool shuffleQuestions = false;
    bool shuffleOptions = false;
    QList<Question> questions; // references already resolved to copies
    QList<ScoreBand> bands;    // ascending by minScore, first is 0
};

struct Course
{
    int format = 1;
    QString id;
    QString title;
    QString subtitle;
    QString language;
    QString version;
    QStringList authors;
    QString license;
    QList<GlossaryEntry> glossary;
    QList<Section> sections;
    std::optional<SelfTest> selfTest;

    QString filePath; // absolute path of course.json
    QString rootDir;  // absolute path of the course folder
    // The .leerpad file the course was unpacked from (filePath and rootDir are then in
    // the package cache); empty for a course folder.
    QString packagePath;

    // Pages in course order and where things are; the loader builds it. A course built
    // by hand (tests) must set it too: `course.index = CourseIndex(course)`.
    CourseIndex index;

    const GlossaryEntry *glossaryEntry(const QString &id) const;
    int pageCount() const;
    // By course-order index (see CourseIndex); null when out of range.
    const Page *page(int index) const;
    const Section *sectionOfPage(int index) const;
    const Block &block(CourseIndex::BlockRef ref) const; // ref must come from index
    // Every file the course reads, as absolute paths: course.json first, then each
    // dialogue's audio and transcript in course order (no duplicates).
    QStringList files() const;
};

} // namespace leerpad
