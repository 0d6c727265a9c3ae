#include "core/results/deliverypolicy.h"

#include <algorithm>

namespace leerpad::xapi {

Delivery classify(int httpStatus, int batchSize)
{
    if (httpStatus == 200 || httpStatus == 204 || httpStatus == 409)
        return Delivery::Delivered;
    if (httpStatus == 400 || httpStatus == 413)
        return batchSize > 1 ? Delivery::Split : Delivery::Quarantine;
    if (httpStatus == 401 || httpStatus == 403)
        return Delivery::Stop;
    return Delivery::Retry;
}

qint64 backoffMs(int failures, double random01)
{
    constexpr qint64 first = 2000;
    constexpr qint64 ceiling = 3600 * 1000;
    qint64 wait = first;
    for (int i = 1; i < failures && wait < ceiling; ++i)
        wait *= 2;
    wait = std::min(wait, ceiling);
    const double spread = 0.75 + 0.5 * std::clamp(random01, 0.0, 1.0);
    return std::min<qint64>(ceiling, qint64(double(wait) * spread));
}

} // namespace leerpad::xapi
