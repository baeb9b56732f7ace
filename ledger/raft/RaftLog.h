#pragma once

#include "ledger/raft/Storage.h"
#include "ledger/raft/Types.h"

#include <optional>
#include <vector>

namespace ledger::raft {

// The log as the core sees it: the durable prefix in Storage, plus "unstable" entries
// appended in memory and not yet persisted by the caller (they are handed out in the
// next Ready). Unstable entries starting at m_offset override Storage from there on.
class RaftLog
{
public:
    RaftLog(const Storage &storage, Index committed, Index applied);

    Index lastIndex() const;
    Term lastTerm() const { return *term(lastIndex()); }
    // nullopt when index > lastIndex().
    std::optional<Term> term(Index index) const;
    bool matchTerm(Index index, Term term) const;
    // Raft §5.4.1: a candidate's log is at least as up-to-date as ours.
    bool isUpToDate(Index lastIdx, Term lastT) const;
    // Entries [lo, hi) limited by count and bytes (always at least one when lo < hi).
    std::vector<Entry> slice(Index lo, Index hi, std::size_t maxBytes, std::size_t maxCount) const;

    // First index among `entries` that is beyond our log or whose term differs from
    // ours; 0 when every entry is already present (Raft §5.3).
    Index findConflict(const std::vector<Entry> &entries) const;
    // Largest index <= `index` whose term is <= `term` (fast back-tracking hint).
    Index findConflictByTerm(Index index, Term term) const;
    // Appends `entries`, truncating our suffix from entries.front().index first.
    void append(const std::vector<Entry> &entries);

    Index committed() const { return m_committed; }
    // Test knobs that break safety on purpose must not stop the process at the first
    // symptom: the point is to watch the simulator detect the damage.
    void setEnforceCommittedImmutable(bool on) { m_enforceCommitted = on; }
    void commitTo(Index index);

    // Persistence bookkeeping.
    const std::vector<Entry> &unstable() const { return m_unstable; }
    // Highest index known durable AND part of the current log.
    Index stableLastIndex() const;
    // The caller persisted the unstable entries through (index, term).
    void stableTo(Index index, Term term);

    // Application bookkeeping: entries handed out in a Ready but maybe not yet applied.
    Index applied() const { return m_applied; }
    bool hasNextCommitted() const { return m_committed > m_applied; }
    std::vector<Entry> nextCommitted(std::size_t maxBytes) const;
    void appliedTo(Index index);

private:
    const Storage &m_storage;
    std::vector<Entry> m_unstable;
    Index m_offset = 1; // index of m_unstable.front()
    Index m_committed = 0;
    Index m_applied = 0;
    bool m_enforceCommitted = true;
};

} // namespace ledger::raft
