#include "ledger/core/Clock.h"

#include <QDateTime>

namespace ledger::core {

std::int64_t SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace ledger::core
