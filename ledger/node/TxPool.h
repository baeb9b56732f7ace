#pragma once

#include "ledger/chain/Transaction.h"

#include <QHash>
#include <QSet>

#include <deque>
#include <vector>

namespace ledger::node {

// The leader's queue of admitted, not yet proposed transactions, first in first
// out. Deduplicates by transaction id and by (author, sequence): the same
// submission arriving twice (a retry, a forward and a local submit) is proposed once.
// Bounded: when full, add() refuses and the submitter retries later.
class TxPool
{
public:
    explicit TxPool(std::size_t capacity = 200000)
        : m_capacity(capacity)
    {
    }

    enum class AddResult { Added, Duplicate, Full };
    AddResult add(const chain::Transaction &tx);
    bool contains(const chain::TxId &id) const { return m_byId.contains(id); }
    bool containsAuthorSequence(const crypto::PublicKey &author, std::uint64_t sequence) const;
    // Removes and returns up to `max` transactions (oldest first).
    std::vector<chain::Transaction> take(std::size_t max);
    // Forgets a transaction (it was committed through another leader, say).
    void remove(const chain::TxId &id);
    std::size_t size() const { return std::size_t(m_byId.size()); }
    bool empty() const { return m_byId.isEmpty(); }
    void clear();

private:
    static QByteArray authorSequenceKey(const crypto::PublicKey &author, std::uint64_t sequence);

    std::size_t m_capacity;
    std::deque<chain::TxId> m_order; // may hold ids already removed; skipped by take()
    QHash<chain::TxId, chain::Transaction> m_byId;
    QSet<QByteArray> m_authorSequences;
};

} // namespace ledger::node
