// What each LRS answer means (kcalc-style: one table, every row a case).

#include "core/results/deliverypolicy.h"

#include <gtest/gtest.h>

using namespace leerpad::xapi;

TEST(DeliveryPolicy, EveryAnswerOfTheLrsHasItsMeaning)
{
    struct Case
    {
        int status;
        int batch;
        Delivery expected;
    };
    const Case cases[] = {
        {200, 5, Delivery::Delivered},  {204, 1, Delivery::Delivered},  {409, 3, Delivery::Delivered},
        {400, 5, Delivery::Split},      {413, 5, Delivery::Split},      {400, 1, Delivery::Quarantine},
        {413, 1, Delivery::Quarantine}, {401, 5, Delivery::Stop},       {403, 1, Delivery::Stop},
        {500, 5, Delivery::Retry},      {502, 1, Delivery::Retry},      {503, 5, Delivery::Retry},
        {408, 1, Delivery::Retry},      {429, 5, Delivery::Retry},      {0, 5, Delivery::Retry},
        {404, 1, Delivery::Retry},
    };
    for (const Case &c : cases)
        EXPECT_EQ(classify(c.status, c.batch), c.expected) << "HTTP " << c.status << " for " << c.batch;
}

TEST(DeliveryPolicy, BackOffDoublesUpToAnHourWithJitter)
{
    EXPECT_EQ(backoffMs(1, 0.5), 2000);
    EXPECT_EQ(backoffMs(2, 0.5), 4000);
    EXPECT_EQ(backoffMs(3, 0.5), 8000);
    EXPECT_EQ(backoffMs(1, 0.0), 1500);
    EXPECT_EQ(backoffMs(1, 0.999999), 2499);
    EXPECT_EQ(backoffMs(12, 0.5), 3600 * 1000);
    EXPECT_EQ(backoffMs(40, 1.0), 3600 * 1000) << "never beyond an hour, jitter included";
    EXPECT_EQ(backoffMs(10000, 0.5), 3600 * 1000);
}
