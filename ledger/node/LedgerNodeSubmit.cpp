// Submissions: routing to the leader, admission to the pool, block assembly.
#include "ledger/core/Enforce.h"
#include "ledger/core/ParallelFor.h"
#include "ledger/node/LedgerNode.h"
#include "ledger/store/BlockStore.h"

#include <QTimer>

namespace ledger::node {

void LedgerNode::submit(const chain::Transaction &tx, SubmitCallback done)
{
    using Kind = SubmitOutcome::Kind;
    if (m_halted) {
        done(SubmitOutcome { Kind::Rejected, 0, QStringLiteral("the node has halted") });
        return;
    }
    if (tx.body().consortium != m_store->consortium()) {
        done(SubmitOutcome { Kind::Rejected, 0,
                             QStringLiteral("transaction of another consortium") });
        return;
    }
    if (const auto height = m_store->transactionHeight(tx.id())) {
        done(SubmitOutcome { Kind::Committed, *height, {} });
        return;
    }
    auto it = m_pending.find(tx.id());
    if (it != m_pending.end()) {
        it->callbacks.push_back(std::move(done));
        return;
    }
    it = m_pending.insert(tx.id(), Pending { tx, { std::move(done) }, 0 });
    route(*it);
}

void LedgerNode::route(Pending &pending)
{
    pending.lastSentTick = m_ticks;
    const raft::NodeId leader = m_raft->leader();
    if (leader == id())
        queueAdmission(pending.tx, raft::NoNode);
    else if (leader != raft::NoNode)
        sendFrame(leader, ForwardFrame, pending.tx.encoded());
    // No leader known: resendPending() routes it once one is.
}

void LedgerNode::resendPending()
{
    // A forwarded transaction can be lost with a leader that crashed, or with an
    // uncommitted block a new leader overwrote: send again what is still pending.
    // Resending is safe: the pool and the chain deduplicate by id.
    const quint64 stale = quint64(std::max(1, m_options.resendTicks));
    for (auto &p : m_pending) {
        if (m_ticks - p.lastSentTick >= stale || p.lastSentTick == 0)
            route(p);
    }
}

void LedgerNode::complete(const chain::TxId &id, const SubmitOutcome &outcome)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const auto callbacks = std::move(it->callbacks);
    m_pending.erase(it);
    for (const auto &cb : callbacks)
        cb(outcome);
}

void LedgerNode::queueAdmission(const chain::Transaction &tx, raft::NodeId forwardedBy)
{
    m_admissions.emplace_back(tx, forwardedBy);
    if (!m_admitScheduled) {
        // Batch everything that arrives in this turn of the event loop, so that
        // signatures are checked on all cores at once.
        m_admitScheduled = true;
        QTimer::singleShot(0, this, &LedgerNode::admitQueued);
    }
}

void LedgerNode::refuse(const chain::TxId &id, raft::NodeId forwardedBy, const QString &reason)
{
    if (forwardedBy == raft::NoNode || forwardedBy == this->id()) {
        complete(id, SubmitOutcome { SubmitOutcome::Kind::Rejected, 0, reason });
        return;
    }
    QByteArray payload = id.toByteArray();
    payload.append(reason.toUtf8().left(512));
    sendFrame(forwardedBy, RefuseFrame, payload);
}

void LedgerNode::admitQueued()
{
    m_admitScheduled = false;
    if (m_verifying)
        return; // what arrives meanwhile is the next batch (admitVerified)
    if (m_halted || m_raft->role() != raft::Role::Leader) {
        m_admissions.clear(); // submitters resend to whoever leads next
        return;
    }
    if (m_admissions.empty())
        return;
    // The signatures are checked off this thread, so that the node goes on with
    // Raft meanwhile: on a busy leader the check of one batch (~50 us a
    // signature, and the other core is busy with the other nodes' work) overlaps
    // the Raft-log fsync of the block before (issue 5). One batch at a time, in
    // arrival order.
    m_verifying = true;
    auto batch = std::make_shared<Admissions>(std::move(m_admissions));
    m_admissions.clear();
    m_verifier.start([this, batch] {
        auto valid = std::make_shared<std::vector<char>>(batch->size(), 0);
        core::parallelFor(batch->size(), core::evenGrain(batch->size(), 8),
                          [&](std::size_t begin, std::size_t end) {
                              for (std::size_t i = begin; i < end; ++i)
                                  (*valid)[i] = (*batch)[i].first.verifySignature() ? 1 : 0;
                          });
        // ~LedgerNode waits for this task before it lets the node go.
        QMetaObject::invokeMethod(this, [this, batch, valid] { admitVerified(*batch, *valid); });
    });
}

void LedgerNode::admitVerified(const Admissions &batch, const std::vector<char> &valid)
{
    m_verifying = false;
    if (!m_halted && m_raft->role() == raft::Role::Leader) {
        // The chain lookups of the whole batch under one SQLite read lock.
        m_store->batchReads([&] { admitBatch(batch, valid); });
        proposeBlocks();
        processReady();
    }
    if (!m_admissions.empty())
        admitQueued();
}

void LedgerNode::admitBatch(const Admissions &batch, const std::vector<char> &valid)
{
    for (std::size_t i = 0; i < batch.size(); ++i) {
        const auto &[tx, from] = batch[i];
        if (m_pool.contains(tx.id()) || m_tip.tailContains(tx.id()))
            continue; // already on its way into a block
        if (const auto height = m_store->transactionHeight(tx.id())) {
            if (from == raft::NoNode)
                complete(tx.id(), SubmitOutcome { SubmitOutcome::Kind::Committed, *height, {} });
            continue; // a forwarder learns of it when it applies that block
        }
        if (tx.body().consortium != m_store->consortium()) {
            refuse(tx.id(), from, QStringLiteral("transaction of another consortium"));
        } else if (!valid[i]) {
            refuse(tx.id(), from, QStringLiteral("the author's signature does not verify"));
        } else if (m_pool.containsAuthorSequence(tx.author(), tx.sequence())
                   || m_tip.tailContains(ChainTip::AuthorSequence { tx.author(), tx.sequence() })
                   || m_store->containsAuthorSequence(tx.author(), tx.sequence())) {
            // The tail too: a second transaction with the sequence number of one in
            // a block not yet committed would make the next block unstorable.
            refuse(tx.id(), from,
                   QStringLiteral("the author's sequence number %1 was used before")
                       .arg(tx.sequence()));
        } else {
            m_pool.add(tx); // Full: dropped; the submitter resends
        }
    }
}

void LedgerNode::proposeBlocks()
{
    if (m_halted || m_raft->role() != raft::Role::Leader)
        return;
    while (!m_pool.empty() && m_tip.tailSize() < m_options.maxInflightBlocks) {
        const chain::BlockHeader &last = m_tip.lastHeader();
        chain::BlockHeader h;
        h.consortium = m_store->consortium();
        h.height = last.height + 1;
        h.prevHash = m_tip.lastHash();
        h.historyRoot = m_tip.nextHistoryRoot();
        h.timestampMs = std::max(m_clock.nowMs(), last.timestampMs);
        h.raftTerm = m_raft->term();
        h.raftIndex = m_raft->lastIndex() + 1;
        auto txs = m_pool.take(m_options.maxBlockTransactions);
        chain::Block block = chain::Block::seal(h, std::move(txs), m_nodeKey);
        const auto proposed = m_raft->propose(block.encode());
        if (!proposed) {
            for (const auto &tx : block.transactions())
                m_pool.add(tx);
            return;
        }
        GONGZHI_ENFORCE(proposed->index == h.raftIndex && proposed->term == h.raftTerm,
                        "a proposed block landed at another log position than it names");
        m_decoded[proposed->index] = Decoded { proposed->term, block };
        m_tip.append(proposed->index, block);
    }
}

void LedgerNode::sendFrame(raft::NodeId to, FrameKind kind, const QByteArray &payload)
{
    if (!m_transport || to == raft::NoNode)
        return;
    QByteArray frame;
    frame.reserve(payload.size() + 1);
    frame.append(char(kind));
    frame.append(payload);
    m_transport->send(to, frame);
}

} // namespace ledger::node
