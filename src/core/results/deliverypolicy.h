#pragma once

// What an LRS's answer to a POST of statements means for them, and how long to wait
// before trying again. Pure functions, so the whole table is tested without a network
// (tests/core/results/deliverypolicy_test.cpp).

#include <QtGlobal>

namespace leerpad::xapi {

enum class Delivery {
    Delivered,  // 200/204, or 409: the LRS has these ids already, stored once
    Split,      // 400 or 413 for several: send them one by one to find the one refused
    Quarantine, // 400 for one statement: kept with the LRS's message, never retried blindly
    Stop,       // 401/403: the credentials are wrong; stop until they change
    Retry,      // 5xx, 408, 429, a timeout or no network: try again later
};

// httpStatus 0: no HTTP answer at all (no network, refused, timed out).
Delivery classify(int httpStatus, int batchSize);

// How long to wait after `failures` failed tries in a row (1 = the first): 2 s, doubling,
// at most an hour, spread by ±25 % (random01 in [0, 1)) so a classroom of players that
// lost the network together does not come back in step.
qint64 backoffMs(int failures, double random01);

} // namespace leerpad::xapi
