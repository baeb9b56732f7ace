#include "ledger/raft/RaftLog.h"

#include "ledger/core/Enforce.h"

#include <algorithm>

namespace ledger::raft {

namespace {
// The core cannot reason about a log it cannot read (Storage.h).
template<class T>
T must(core::Result<T> r)
{
    GONGZHI_ENFORCE(r.has_value(), "raft storage read failed");
    return std::move(*r);
}
} // namespace

RaftLog::RaftLog(const Storage &storage, Index committed, Index applied)
    : m_storage(storage)
    , m_committed(committed)
    , m_applied(applied)
{
    m_offset = must(m_storage.lastIndex()) + 1;
    GONGZHI_ENFORCE(m_committed <= lastIndex(), "stored commit index beyond the stored log");
    GONGZHI_ENFORCE(m_applied <= m_committed, "applied index beyond the commit index");
}

Index RaftLog::lastIndex() const
{
    if (!m_unstable.empty())
        return m_offset + m_unstable.size() - 1;
    return must(m_storage.lastIndex());
}

std::optional<Term> RaftLog::term(Index index) const
{
    if (index == 0)
        return Term { 0 };
    if (index > lastIndex())
        return std::nullopt;
    if (index >= m_offset && !m_unstable.empty())
        return m_unstable[index - m_offset].term;
    return must(m_storage.term(index));
}

bool RaftLog::matchTerm(Index index, Term t) const
{
    auto mine = term(index);
    return mine && *mine == t;
}

bool RaftLog::isUpToDate(Index lastIdx, Term lastT) const
{
    const Term mine = lastTerm();
    return lastT > mine || (lastT == mine && lastIdx >= lastIndex());
}

std::vector<Entry> RaftLog::slice(Index lo, Index hi, std::size_t maxBytes,
                                  std::size_t maxCount) const
{
    std::vector<Entry> out;
    hi = std::min({ hi, lastIndex() + 1, lo + std::max<std::size_t>(maxCount, 1) });
    if (lo == 0 || lo >= hi)
        return out;
    std::size_t bytes = 0;
    const Index storedEnd = m_unstable.empty() ? hi : std::min(hi, m_offset);
    if (lo < storedEnd) {
        out = must(m_storage.entries(lo, storedEnd, maxBytes));
        for (const Entry &e : out)
            bytes += entryBytes(e);
        if (out.size() < storedEnd - lo)
            return out;
    }
    for (Index i = std::max(lo, m_offset); i < hi && !m_unstable.empty(); ++i) {
        const Entry &e = m_unstable[i - m_offset];
        bytes += entryBytes(e);
        if (!out.empty() && bytes > maxBytes)
            break;
        out.push_back(e);
    }
    return out;
}

Index RaftLog::findConflict(const std::vector<Entry> &entries) const
{
    for (const Entry &e : entries) {
        if (!matchTerm(e.index, e.term))
            return e.index;
    }
    return 0;
}

Index RaftLog::findConflictByTerm(Index index, Term t) const
{
    index = std::min(index, lastIndex());
    while (index > 0 && *term(index) > t)
        --index;
    return index;
}

void RaftLog::append(const std::vector<Entry> &entries)
{
    if (entries.empty())
        return;
    const Index first = entries.front().index;
    GONGZHI_ENFORCE(first > m_committed || !m_enforceCommitted, "truncating committed entries");
    if (first <= m_committed)
        m_committed = first - 1; // only reachable with a test knob
    GONGZHI_ENFORCE(first <= lastIndex() + 1, "appending leaves a gap");
    if (m_unstable.empty() || first < m_offset) {
        m_unstable.clear();
        m_offset = first;
    } else {
        m_unstable.resize(first - m_offset);
    }
    m_unstable.insert(m_unstable.end(), entries.begin(), entries.end());
}

void RaftLog::commitTo(Index index)
{
    if (index <= m_committed)
        return; // commitIndex never moves backwards
    GONGZHI_ENFORCE(index <= lastIndex(), "commit index beyond the log");
    m_committed = index;
}

Index RaftLog::stableLastIndex() const
{
    return m_unstable.empty() ? lastIndex() : m_offset - 1;
}

void RaftLog::stableTo(Index index, Term t)
{
    // A later truncation may have replaced what was persisted; then the entries stay
    // unstable and are handed out (again) in the next Ready.
    if (m_unstable.empty() || index < m_offset || index > lastIndex())
        return;
    if (m_unstable[index - m_offset].term != t)
        return;
    m_unstable.erase(m_unstable.begin(),
                     m_unstable.begin() + static_cast<std::ptrdiff_t>(index - m_offset + 1));
    m_offset = index + 1;
}

std::vector<Entry> RaftLog::nextCommitted(std::size_t maxBytes) const
{
    return slice(m_applied + 1, m_committed + 1, maxBytes, static_cast<std::size_t>(-1) / 2);
}

void RaftLog::appliedTo(Index index)
{
    GONGZHI_ENFORCE(index <= m_committed, "applying beyond the commit index");
    m_applied = std::max(m_applied, index);
}

} // namespace ledger::raft
