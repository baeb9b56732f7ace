#include "ledger/node/ChainTip.h"

#include "ledger/core/Enforce.h"
#include "ledger/merkle/TreeHash.h"

namespace ledger::node {

void ChainTip::reset(const chain::BlockHeader &head, const chain::BlockHash &headHash,
                     const merkle::CompactRange &history)
{
    m_headHeader = head;
    m_headHash = headHash;
    m_base = history;
    m_committedIndex = head.raftIndex;
    m_tail.clear();
    rebuild();
}

void ChainTip::rebuild()
{
    m_history = m_base;
    m_tailTxIds.clear();
    m_tailAuthorSequences.clear();
    for (const auto &b : m_tail) {
        GONGZHI_ENFORCE(m_history.append(merkle::leafHash(b.hash.view())).has_value(),
                        "history overflow");
        for (const auto &id : b.txIds)
            m_tailTxIds.insert(id);
        for (const auto &as : b.authorSequences)
            m_tailAuthorSequences.insert(as);
    }
}

void ChainTip::truncateFrom(raft::Index first)
{
    bool changed = false;
    while (!m_tail.empty() && m_tail.back().index >= first) {
        m_tail.pop_back();
        changed = true;
    }
    if (changed)
        rebuild();
}

void ChainTip::append(raft::Index index, const chain::Block &block)
{
    GONGZHI_ENFORCE(m_tail.empty() || m_tail.back().index < index, "tail appended out of order");
    TailBlock b { index, block.header(), block.hash(), {}, {} };
    b.txIds.reserve(block.transactions().size());
    b.authorSequences.reserve(block.transactions().size());
    for (const auto &tx : block.transactions()) {
        b.txIds.push_back(tx.id());
        m_tailTxIds.insert(tx.id());
        b.authorSequences.push_back({ tx.author(), tx.sequence() });
        m_tailAuthorSequences.insert(b.authorSequences.back());
    }
    GONGZHI_ENFORCE(m_history.append(merkle::leafHash(block.hash().view())).has_value(),
                    "history overflow");
    m_tail.push_back(std::move(b));
}

void ChainTip::committed(raft::Index index, const chain::BlockHeader &head,
                         const chain::BlockHash &headHash, const merkle::CompactRange &history)
{
    m_headHeader = head;
    m_headHash = headHash;
    m_base = history;
    m_committedIndex = index;
    bool changed = false;
    while (!m_tail.empty() && m_tail.front().index <= index) {
        m_tail.pop_front();
        changed = true;
    }
    if (changed)
        rebuild();
}

bool ChainTip::tailBeforeRepeats(raft::Index index, const chain::Transaction &tx) const
{
    const AuthorSequence as { tx.author(), tx.sequence() };
    if (!m_tailTxIds.contains(tx.id()) && !m_tailAuthorSequences.contains(as))
        return false; // the usual case: no scan
    for (const auto &b : m_tail) {
        if (b.index >= index)
            break;
        if (std::find(b.txIds.begin(), b.txIds.end(), tx.id()) != b.txIds.end()
            || std::find(b.authorSequences.begin(), b.authorSequences.end(), as)
                != b.authorSequences.end())
            return true;
    }
    return false;
}

const chain::BlockHeader &ChainTip::lastHeader() const
{
    return m_tail.empty() ? m_headHeader : m_tail.back().header;
}

const chain::BlockHash &ChainTip::lastHash() const
{
    return m_tail.empty() ? m_headHash : m_tail.back().hash;
}

std::optional<ChainTip::Anchor> ChainTip::anchorAt(raft::Index index) const
{
    if (index < m_committedIndex)
        return std::nullopt;
    Anchor a { m_headHeader, m_headHash, m_base };
    for (const auto &b : m_tail) {
        if (b.index > index)
            break;
        GONGZHI_ENFORCE(a.history.append(merkle::leafHash(b.hash.view())).has_value(),
                        "history overflow");
        a.header = b.header;
        a.hash = b.hash;
    }
    return a;
}

} // namespace ledger::node
