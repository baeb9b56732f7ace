#include "ledger/raft/MemoryStorage.h"

#include "ledger/raft/ConfChange.h"

namespace ledger::raft {

using core::ErrorCode;
using core::fail;

MemoryStorage::MemoryStorage(std::uint64_t incarnation)
    : m_incarnation(incarnation)
{
}

MemoryStorage MemoryStorage::genesis(const std::vector<NodeId> &voters)
{
    MemoryStorage s(0);
    ConfChange boot;
    boot.type = ConfChangeType::Bootstrap;
    boot.voters = voters;
    s.m_log.push_back(Entry { 1, 1, EntryType::ConfChange, boot.encode() });
    s.m_hardState = HardState { 1, NoNode, 1 };
    return s;
}

core::Result<Storage::InitialState> MemoryStorage::initialState() const
{
    return InitialState { m_hardState, m_incarnation };
}

core::Result<Index> MemoryStorage::lastIndex() const
{
    return static_cast<Index>(m_log.size());
}

core::Result<Term> MemoryStorage::term(Index index) const
{
    if (index == 0)
        return Term { 0 };
    if (index > m_log.size())
        return fail(ErrorCode::NotFound, QStringLiteral("index beyond the log"),
                    QStringLiteral("index"));
    return m_log[index - 1].term;
}

core::Result<std::vector<Entry>> MemoryStorage::entries(Index lo, Index hi,
                                                        std::size_t maxBytes) const
{
    if (lo == 0 || lo > hi || hi > m_log.size() + 1)
        return fail(ErrorCode::BadValue, QStringLiteral("entry range outside the log"),
                    QStringLiteral("range"));
    std::vector<Entry> out;
    std::size_t bytes = 0;
    for (Index i = lo; i < hi; ++i) {
        const Entry &e = m_log[i - 1];
        bytes += entryBytes(e);
        if (!out.empty() && bytes > maxBytes)
            break;
        out.push_back(e);
    }
    return out;
}

core::Result<std::vector<Entry>> MemoryStorage::confEntries() const
{
    std::vector<Entry> out;
    for (const Entry &e : m_log) {
        if (e.type == EntryType::ConfChange)
            out.push_back(e);
    }
    return out;
}

core::Status MemoryStorage::append(const std::vector<Entry> &entries)
{
    if (entries.empty())
        return {};
    const Index first = entries.front().index;
    if (first == 0 || first > m_log.size() + 1)
        return fail(ErrorCode::BadValue, QStringLiteral("append leaves a gap in the log"),
                    QStringLiteral("index"));
    m_log.resize(first - 1);
    for (const Entry &e : entries) {
        if (e.index != m_log.size() + 1)
            return fail(ErrorCode::BadValue, QStringLiteral("entries are not consecutive"),
                        QStringLiteral("index"));
        m_log.push_back(e);
    }
    return {};
}

core::Status MemoryStorage::setHardState(const HardState &state)
{
    m_hardState = state;
    return {};
}

} // namespace ledger::raft
