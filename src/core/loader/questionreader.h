#pragma once

// Reads the behaviour and text of one question (practice block or self-test item)
// and checks its answer key: option ids, number of correct answers per type.

#include "core/loader/textreader.h"
#include "core/model/course.h"

namespace leerpad {

class QuestionReader
{
public:
    static constexpr std::size_t kMaxOptions = 50;

    QuestionReader(Reporter &reporter, TextReader &text) : m_report(reporter), m_text(text) {}

    // Reads everything but id, origin and note, which the caller owns.
    Question read(Fields &f);

private:
    Reporter &m_report;
    TextReader &m_text;
};

} // namespace leerpad
