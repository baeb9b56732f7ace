#pragma once

#include "ledger/raft/Storage.h"

#include <vector>

namespace ledger::raft {

// Storage held in memory: the model of a disk in tests and in the simulator. Whatever
// was appended or set is "durable" (survives a simulated crash, which destroys only
// the Raft object and whatever the caller had not yet written here).
class MemoryStorage final : public Storage
{
public:
    // A joining node's empty storage; incarnation must be non-zero.
    explicit MemoryStorage(std::uint64_t incarnation);
    // A genesis member's storage: entry 1 (term 1) is the Bootstrap ConfChange of
    // `voters`, already committed; incarnation 0.
    static MemoryStorage genesis(const std::vector<NodeId> &voters);

    core::Result<InitialState> initialState() const override;
    core::Result<Index> lastIndex() const override;
    core::Result<Term> term(Index index) const override;
    core::Result<std::vector<Entry>> entries(Index lo, Index hi,
                                             std::size_t maxBytes) const override;
    core::Result<std::vector<Entry>> confEntries() const override;
    core::Status append(const std::vector<Entry> &entries) override;
    core::Status setHardState(const HardState &state) override;

    // For tests and invariant checks.
    const std::vector<Entry> &log() const { return m_log; }
    const HardState &hardState() const { return m_hardState; }

private:
    std::uint64_t m_incarnation;
    HardState m_hardState;
    std::vector<Entry> m_log; // m_log[i] has index i + 1
};

} // namespace ledger::raft
