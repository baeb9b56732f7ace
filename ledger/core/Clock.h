#pragma once

#include <cstdint>

namespace ledger::core {

// Wall-clock time for the parts of the node that may read it (block
// timestamps on the leader, log lines). Injected so tests use a FakeClock.
// Never read inside raft/ or while applying blocks: state comes from block
// timestamps only.
class Clock
{
public:
    virtual ~Clock() = default;
    // Milliseconds since the Unix epoch, UTC.
    virtual std::int64_t nowMs() const = 0;
};

class SystemClock final : public Clock
{
public:
    std::int64_t nowMs() const override;
};

} // namespace ledger::core
