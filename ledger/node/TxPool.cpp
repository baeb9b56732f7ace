#include "ledger/node/TxPool.h"

#include <QtEndian>

namespace ledger::node {

QByteArray TxPool::authorSequenceKey(const crypto::PublicKey &author, std::uint64_t sequence)
{
    QByteArray key = author.toByteArray();
    char seq[8];
    qToBigEndian(sequence, seq);
    key.append(seq, 8);
    return key;
}

TxPool::AddResult TxPool::add(const chain::Transaction &tx)
{
    if (m_byId.contains(tx.id()))
        return AddResult::Duplicate;
    const QByteArray key = authorSequenceKey(tx.author(), tx.sequence());
    if (m_authorSequences.contains(key))
        return AddResult::Duplicate;
    if (size() >= m_capacity)
        return AddResult::Full;
    m_byId.insert(tx.id(), tx);
    m_authorSequences.insert(key);
    m_order.push_back(tx.id());
    return AddResult::Added;
}

bool TxPool::containsAuthorSequence(const crypto::PublicKey &author, std::uint64_t sequence) const
{
    return m_authorSequences.contains(authorSequenceKey(author, sequence));
}

std::vector<chain::Transaction> TxPool::take(std::size_t max)
{
    std::vector<chain::Transaction> out;
    out.reserve(std::min(max, size()));
    while (out.size() < max && !m_order.empty()) {
        const chain::TxId id = m_order.front();
        m_order.pop_front();
        auto it = m_byId.find(id);
        if (it == m_byId.end())
            continue;
        m_authorSequences.remove(authorSequenceKey(it->author(), it->sequence()));
        out.push_back(std::move(*it));
        m_byId.erase(it);
    }
    return out;
}

void TxPool::remove(const chain::TxId &id)
{
    auto it = m_byId.find(id);
    if (it == m_byId.end())
        return;
    m_authorSequences.remove(authorSequenceKey(it->author(), it->sequence()));
    m_byId.erase(it);
}

void TxPool::clear()
{
    m_order.clear();
    m_byId.clear();
    m_authorSequences.clear();
}

} // namespace ledger::node
