// Self-test scoring of 10 000 attempts on a real course's test (module 1.4 by
// default): answers are drawn from a fixed seed, so every run scores the same mix of
// right, wrong, partly answered and empty attempts.
//   scoring_bench [benchmark flags] [COURSE_DIR]

#include "core/learning/attempt.h"
#include "core/learning/selftestshuffle.h"
#include "core/loader/courseloader.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <vector>

namespace {

constexpr int kAttempts = 10'000;

std::vector<leerpad::Answers> makeAnswers(const leerpad::SelfTest &test)
{
    leerpad::SplitMix64 rng(20261126);
    std::vector<leerpad::Answers> all;
    all.reserve(kAttempts);
    for (int i = 0; i < kAttempts; ++i) {
        leerpad::Answers answers;
        for (const leerpad::Question &q : test.questions) {
            const quint64 r = rng.next();
            if (r % 10 == 0)
                continue; // unanswered
            QSet<QString> chosen;
            for (qsizetype k = 0; k < q.options.size(); ++k) {
                const bool pick = q.type == leerpad::Question::Type::Multiple
                                      ? ((r >> (8 + k)) & 1) != 0
                                      : qsizetype((r >> 8) % quint64(q.options.size())) == k;
                if (pick)
                    chosen.insert(q.options[k].id);
            }
            answers.insert(q.id, chosen);
        }
        all.push_back(std::move(answers));
    }
    return all;
}

// Per-attempt cost of scoring (validation included), reported per operation.
void scoreAll(benchmark::State &state, const leerpad::SelfTest &test,
              const std::vector<leerpad::Answers> &answers)
{
    int points = 0;
    for (auto _ : state) {
        for (const leerpad::Answers &a : answers) {
            const auto result = leerpad::scoreAnswers(test, a);
            points += std::get<leerpad::Score>(result).points;
        }
    }
    benchmark::DoNotOptimize(points);
    state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(answers.size()));
    state.counters["us_per_attempt"] = benchmark::Counter(
        double(state.iterations()) * double(answers.size()),
        benchmark::Counter::kIsRate | benchmark::Counter::kInvert, benchmark::Counter::kIs1000);
}

// A whole attempt as the player runs it: start (seeded orders), answer every
// question, submit (scores and stamps).
void fullAttempts(benchmark::State &state, const leerpad::SelfTest &test,
                  const std::vector<leerpad::Answers> &answers)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto _ : state) {
        int n = 0;
        for (const leerpad::Answers &a : answers) {
            ++n;
            leerpad::Attempt attempt = leerpad::startAttempt(test, n, quint64(n), now);
            for (auto it = a.begin(); it != a.end(); ++it)
                leerpad::setAnswer(test, attempt, it.key(), it.value());
            leerpad::submitAttempt(test, attempt, now);
            benchmark::DoNotOptimize(attempt);
        }
    }
    state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(answers.size()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                 : QStringLiteral(LEERPAD_SOURCE_DIR "/content/module-1.4");
    const leerpad::LoadResult loaded = leerpad::loadCourse(dir);
    if (!loaded.ok() || !loaded.course->selfTest) {
        std::fprintf(stderr, "scoring_bench: %s has no loadable self-test\n", qPrintable(dir));
        return 1;
    }
    static const leerpad::SelfTest test = *loaded.course->selfTest;
    static const std::vector<leerpad::Answers> answers = makeAnswers(test);
    benchmark::RegisterBenchmark("Score10000Attempts", scoreAll, test, answers)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("StartAnswerSubmit10000Attempts", fullAttempts, test, answers)
        ->Unit(benchmark::kMillisecond);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
