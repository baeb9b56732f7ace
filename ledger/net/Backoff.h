#pragma once

#include <algorithm>
#include <chrono>

namespace ledger::net {

// Reconnect delay after `attempt` consecutive failures (0 = first retry):
// base * 2^attempt capped at max, then scaled into [delay/2, delay] by
// `unit` in [0, 1) ("equal jitter": never zero, never in lockstep).
inline std::chrono::milliseconds reconnectDelay(int attempt, std::chrono::milliseconds base,
                                                std::chrono::milliseconds max, double unit)
{
    const int shift = std::clamp(attempt, 0, 30);
    const long long uncapped = base.count() << shift;
    const long long delay = std::min<long long>(uncapped, max.count());
    const double u = std::clamp(unit, 0.0, 1.0);
    return std::chrono::milliseconds(delay / 2
                                     + static_cast<long long>(u * double(delay - delay / 2)));
}

} // namespace ledger::net
