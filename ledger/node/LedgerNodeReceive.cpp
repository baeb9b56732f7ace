// Frames from peers: Raft messages (with the blocks they carry checked before
// the core sees them), forwarded submissions and refusals.
#include "ledger/chain/BlockValidator.h"
#include "ledger/core/Enforce.h"
#include "ledger/merkle/TreeHash.h"
#include "ledger/node/BlockBatchCheck.h"
#include "ledger/node/LedgerNode.h"
#include "ledger/node/MessageCodec.h"
#include "ledger/node/StateCheckpoints.h"
#include "ledger/state/StateMachine.h"
#include "ledger/store/BlockStore.h"
#include "ledger/store/RaftLogStore.h"

#include <optional>
#include <tuple>

namespace ledger::node {

void LedgerNode::receive(raft::NodeId from, const QByteArray &frame)
{
    if (m_halted || frame.isEmpty())
        return;
    m_lastContactTick[from] = std::max<quint64>(1, m_ticks);
    const auto kind = quint8(frame.front());
    const QByteArrayView payload = QByteArrayView(frame).sliced(1);
    switch (kind) {
    case RaftFrame: {
        auto m = MessageCodec::decode(payload);
        if (!m) {
            qCWarning(lcNode).noquote()
                << "undecodable Raft message from" << from << ":" << m.error().toString();
            return;
        }
        if (m->from != from) {
            // Issue 5: a peer whose messages claim another node's id is refused, not
            // merely ignored: its connection is dropped (the transport's backoff applies).
            const QString reason
                = QStringLiteral("node %1 sent a Raft message claiming to be from %2")
                      .arg(from)
                      .arg(m->from);
            qCWarning(lcNode).noquote() << "disconnecting a peer:" << reason;
            Q_EMIT peerMisbehaved(from, reason);
            return;
        }
        if (m->to != id())
            return;
        if (!raft::acceptableTerm(m_raft->term(), m->term)) {
            // The core drops it too; said here so that an operator sees who sends it.
            qCWarning(lcNode).noquote()
                << "refusing a" << raft::messageTypeName(m->type) << "from" << from
                << "claiming term" << m->term << "(ours" << m_raft->term() << ")";
            return;
        }
        if (m->type == raft::MessageType::Append && !validateAppend(*m))
            return;
        m_raft->step(*m);
        proposeBlocks();
        processReady();
        return;
    }
    case ForwardFrame: {
        auto tx = chain::Transaction::decode(payload);
        if (!tx) {
            qCWarning(lcNode).noquote() << "undecodable forwarded transaction from" << from;
            return;
        }
        // Not the leader (any more): drop it; the forwarder resends to the new leader.
        if (m_raft->role() == raft::Role::Leader)
            queueAdmission(*tx, from);
        return;
    }
    case RefuseFrame: {
        if (payload.size() < 32)
            return;
        // Only the leader admits or refuses (LedgerNodeSubmit.cpp). Anyone else's
        // refusal would tell the submitter "rejected" for a transaction that may
        // still commit. A real one from a leader just deposed is dropped too: the
        // submission is resent to the new leader, which decides again.
        if (from != m_raft->leader()) {
            qCWarning(lcNode) << "ignoring a refusal from" << from << "which is not the leader";
            return;
        }
        const auto txId = *chain::TxId::fromBytes(payload.first(32));
        complete(txId,
                 SubmitOutcome { SubmitOutcome::Kind::Rejected, 0,
                                 QString::fromUtf8(payload.sliced(32).first(
                                     std::min<qsizetype>(512, payload.size() - 32))) });
        return;
    }
    case CheckpointFrame:
        if (m_checkpoints)
            m_checkpoints->receive(from, payload);
        return;
    default: qCWarning(lcNode) << "unknown frame kind" << kind << "from" << from;
    }
}

bool LedgerNode::sequenceStored(const crypto::PublicKey &author, std::uint64_t sequence)
{
    // Authors sign with increasing sequence numbers, so a number above the
    // author's last one on the chain needs no lookup (an Append of catch-up
    // blocks holds thousands of transactions). The cache only grows with the
    // block store (applyBlocks); bounded by forgetting everything at once.
    auto it = m_lastStoredSequence.find(author);
    if (it == m_lastStoredSequence.end()) {
        if (m_lastStoredSequence.size() >= 65536)
            m_lastStoredSequence.clear();
        it = m_lastStoredSequence.insert(author, m_store->lastSequence(author));
    }
    return sequence <= *it && m_store->containsAuthorSequence(author, sequence);
}

bool LedgerNode::validateAppend(const raft::Message &m)
{
    // Entries this node has committed are identical everywhere (Raft §5.4); the
    // rest must be valid blocks extending the chain before we acknowledge them.
    const raft::Index committed = m_raft->committed();
    std::size_t first = 0;
    while (first < m.entries.size() && m.entries[first].index <= committed)
        ++first;
    if (first == m.entries.size())
        return true;
    // The core rejects an Append whose previous entry does not match ours; there is
    // nothing to link against then.
    const auto localTerm = m_raftLog->term(m.index);
    if (!localTerm || *localTerm != m.logTerm)
        return true;
    auto anchor = m_tip.anchorAt(m.entries[first].index - 1);
    if (!anchor)
        return true;
    auto reject = [&](const raft::Entry &e, const QString &why) {
        m_decoded.erase(e.index);
        qCWarning(lcNode).noquote()
            << "refusing an Append from" << m.from << "at index" << e.index << ":" << why;
        return false;
    };
    // Decode every block first, then check all their signatures in one parallel pass
    // (issue 5: a whole Append, not block by block), then link them in order.
    std::vector<std::pair<const raft::Entry *, chain::Block>> blocks;
    for (std::size_t i = first; i < m.entries.size(); ++i) {
        const raft::Entry &e = m.entries[i];
        if (e.type != raft::EntryType::Normal || e.data.isEmpty())
            continue;
        auto block = blockFor(e);
        if (!block)
            return reject(e, QStringLiteral("the entry is not a valid block"));
        blocks.emplace_back(&e, std::move(*block));
    }
    std::vector<const chain::Block *> toCheck;
    toCheck.reserve(blocks.size());
    for (const auto &b : blocks)
        toCheck.push_back(&b.second);
    const auto contents = validateBlocksContents(toCheck, m_store->consortium());
    // No transaction may repeat an author's sequence number on the chain, in the
    // tail this Append extends (not the part it replaces) or earlier in this
    // Append: the block store would refuse the block once committed, and every
    // node would halt on it. An honest leader never proposes one (admission checks
    // the same). A repeated transaction id is a repeated sequence number too: the
    // id hashes the encoding, which holds the author and the sequence number.
    std::vector<QString> repeats(blocks.size());
    m_store->batchReads([&] {
        QSet<ChainTip::AuthorSequence> sequences;
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            for (const auto &tx : blocks[i].second.transactions()) {
                const ChainTip::AuthorSequence as { tx.author(), tx.sequence() };
                if (sequences.contains(as) || m_tip.tailBeforeRepeats(m.entries[first].index, tx)
                    || sequenceStored(tx.author(), tx.sequence())) {
                    repeats[i] = QStringLiteral("transaction %1 repeats its author's sequence "
                                                "number %2")
                                     .arg(tx.id().toHex().left(16))
                                     .arg(tx.sequence());
                    return; // this block is refused, and with it the rest
                }
                sequences.insert(as);
            }
        }
    });
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const raft::Entry &e = *blocks[i].first;
        const chain::Block *block = &blocks[i].second;
        if (const auto &st = contents[i]; !st)
            return reject(e, st.error().toString());
        if (!repeats[i].isEmpty())
            return reject(e, repeats[i]);
        if (auto st
            = chain::validateLink(*block, anchor->header, anchor->hash, anchor->history.root());
            !st)
            return reject(e, st.error().toString());
        if (m_applier) {
            // Membership as of the block before it, or as far as the state has got:
            // node keys change rarely and only through committed blocks.
            const auto &proposer = block->header().proposer;
            const std::uint64_t asOf = std::min(block->height() - 1, m_stateHeight);
            const bool member
                = std::any_of(m_ledgerNodes.begin(), m_ledgerNodes.end(), [&](const auto &n) {
                      return n.key == proposer && n.currentAt(asOf);
                  });
            if (!member)
                return reject(e, QStringLiteral("proposed by a key that is not a member node"));
        }
        anchor->header = block->header();
        anchor->hash = block->hash();
        GONGZHI_ENFORCE(anchor->history.append(merkle::leafHash(block->hash().view())).has_value(),
                        "history overflow");
    }
    return true;
}

} // namespace ledger::node
