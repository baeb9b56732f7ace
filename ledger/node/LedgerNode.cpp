#include "ledger/node/LedgerNode.h"

#include "ledger/core/Enforce.h"
#include "ledger/node/LoggedBlocks.h"
#include "ledger/node/MessageCodec.h"
#include "ledger/node/NodeIdentity.h"
#include "ledger/node/StateCheckpoints.h"
#include "ledger/state/StateMachine.h"
#include "ledger/store/BlockStore.h"
#include "ledger/store/RaftLogStore.h"
#include "ledger/store/WalCheckpointer.h"

#include <QDir>

Q_LOGGING_CATEGORY(lcNode, "gongzhi.node")

namespace ledger::node {

using core::Error;
using core::ErrorCode;
using core::fail;

namespace {

// Blocks the log already holds after the stored head (proposed or received before
// a crash, committed or not) are the tail the next block must extend; a leader
// elected after a restart would otherwise build a second block at the same
// height and halt when both commit ("does not extend the chain").
core::Status loadTailFromLog(const store::RaftLogStore &log, raft::Index headIndex, ChainTip &tip)
{
    return forEachLoggedBlock(log, headIndex, [&](raft::Index index, chain::Block &&block) {
        tip.append(index, block);
        return true;
    });
}

// The block store is written without its own fsync (the Raft log, fsynced before
// an entry can count toward a commit, holds every block), so after a power cut it
// can lack its last committed blocks, and the state (also unsynced) can even hold
// more of them than the store. Copies back from the log every block of an entry
// known to be committed: up to the persisted commit index, and up to `stateHeight`
// (a block the state applied was committed). Committed entries are never replaced,
// so these are the very blocks the cluster agreed on.
core::Status refillStoreFromLog(store::BlockStore &store, const store::RaftLogStore &log,
                                std::uint64_t stateHeight)
{
    const auto initial = GONGZHI_TRY(log.initialState());
    const raft::Index commit = initial.hardState.commit;
    const std::uint64_t startHeight = store.head().height;
    std::vector<chain::Block> blocks;
    core::Status appended;
    const raft::Index headIndex = GONGZHI_TRY(store.header(startHeight)).raftIndex;
    GONGZHI_CHECK(forEachLoggedBlock(log, headIndex, [&](raft::Index index, chain::Block &&block) {
        if (index > commit && block.height() > stateHeight)
            return false; // perhaps not committed: Raft delivers it once it is
        blocks.push_back(std::move(block));
        if (blocks.size() >= 256) {
            appended = store.appendBatch(blocks);
            blocks.clear();
        }
        return bool(appended);
    }));
    GONGZHI_CHECK(appended);
    GONGZHI_CHECK(store.appendBatch(blocks));
    if (store.head().height > startHeight)
        qCWarning(lcNode).noquote()
            << QStringLiteral("restored blocks %1-%2 to the block store from the Raft log "
                              "(the computer lost power before they reached the disk)")
                   .arg(startHeight + 1)
                   .arg(store.head().height);
    return {};
}

} // namespace

LedgerNode::LedgerNode(const NodeOptions &options, const crypto::KeyPair &nodeKey,
                       const core::Clock &clock)
    : m_options(options)
    , m_nodeKey(nodeKey)
    , m_clock(clock)
{
    m_verifier.setMaxThreadCount(1);
    m_verifier.setObjectName(QStringLiteral("admission"));
    m_ticker.setInterval(options.tickMs);
    connect(&m_ticker, &QTimer::timeout, this, &LedgerNode::tick);
}

LedgerNode::~LedgerNode()
{
    m_verifier.waitForDone(); // its task posts to this node

    // The state thread first: it finishes what was handed over, and its jobs
    // may use the checkpoints' worker.
    m_applier.reset();
    delete m_checkpoints; // before the Raft core its hooks read
}

core::Result<std::unique_ptr<LedgerNode>> LedgerNode::open(const NodeOptions &options,
                                                           const crypto::KeyPair &nodeKey,
                                                           const core::Clock &clock)
{
    std::unique_ptr<LedgerNode> n(new LedgerNode(options, nodeKey, clock));
    const QDir dir(options.dataDir);
    n->m_store = GONGZHI_TRY(store::BlockStore::open(dir.filePath(QStringLiteral("ledger.db"))));
    n->m_raftLog
        = GONGZHI_TRY(store::RaftLogStore::open(store::RaftLogStore::pathIn(options.dataDir)));
    // Checkpoints of all three databases on a thread of their own (WalCheckpointer.h).
    // Small WALs: each checkpoint's fsync then flushes a few MiB, and the node
    // thread's Raft-log fsync does not queue behind tens of MiB on the same disk
    // (8/32 MiB gave p99 up to 90 ms at 64 in flight, 2/4 MiB 39-76 ms, same run).
    // The state's is larger: a page that several commits change is copied into
    // the database once per checkpoint (StateMachine::open).
    constexpr std::int64_t MiB = 1024 * 1024;
    constexpr std::int64_t StoreWal = 2 * MiB;
    constexpr std::int64_t StateWal = 4 * MiB;
    // One fsync per commit on each node, the Raft log's (issue 5, docs/raft.md
    // "The Ready contract"): the block store and the state are written without their own
    // and rebuilt from the log after a power cut (refillStoreFromLog, StateApplier::catchUp).
    GONGZHI_CHECK(n->m_store->relyOnRaftLogForDurability());
    const QString statePath = dir.filePath(QStringLiteral("state.db"));
    std::uint64_t stateHeight = 0;
    if (options.applyState) {
        LedgerNode *node = n.get();
        StateApplier::Hooks hooks;
        // Queued to the node's thread; dropped if the node is gone by then.
        hooks.applied = [node](const StateApplier::Applied &a) {
            QMetaObject::invokeMethod(node, [node, a] { node->stateApplied(a); });
        };
        hooks.failed = [node](const QString &reason) {
            QMetaObject::invokeMethod(node, [node, reason] { node->halt(reason); });
        };
        n->m_applier = GONGZHI_TRY(StateApplier::open(statePath, StateWal / 2, std::move(hooks)));
        stateHeight = n->m_applier->openedHeight().value_or(0);
    }
    GONGZHI_CHECK(refillStoreFromLog(*n->m_store, *n->m_raftLog, stateHeight));
    if (n->m_applier) {
        // The state is written after the block store, so after a crash it can lag
        // by a block or more; it can never lead (after refillStoreFromLog).
        const auto at = GONGZHI_TRY(n->m_applier->catchUp(n->m_store->path()));
        n->m_stateHeight = at.height;
        n->m_ledgerNodes = at.nodes.value_or(std::vector<state::LedgerNodeInfo> {});
    }
    std::vector<store::WalCheckpointer::Database> databases { { n->m_store->path(), StoreWal },
                                                              { n->m_raftLog->path(), StoreWal } };
    GONGZHI_CHECK(n->m_store->handOverCheckpoints(StoreWal / 2));
    // The Raft log's WAL keeps its size when it starts over: its fsync, one per
    // commit and on the path of every commit, then overwrites blocks the file
    // already has. Growing the file again after each truncation made every fsync
    // a journal commit of ext4 as well (and, with the `discard` mount option, a
    // trim of what the truncation freed): 11-14% more writes/s at 64 in flight
    // (docs/benchmarks.md, session 7). It stays about StoreWal in size.
    GONGZHI_CHECK(n->m_raftLog->handOverCheckpoints(-1));
    if (n->m_applier)
        databases.push_back({ statePath, StateWal });
    n->m_walCheckpointer = std::make_unique<store::WalCheckpointer>(std::move(databases));
    const auto head = GONGZHI_TRY(n->m_store->header(n->m_store->head().height));
    n->m_tip.reset(head, n->m_store->head().hash, n->m_store->history());
    GONGZHI_CHECK(loadTailFromLog(*n->m_raftLog, head.raftIndex, n->m_tip));

    raft::Config cfg;
    cfg.id = nodeIdFor(nodeKey.publicKey());
    cfg.electionTick = options.electionTicks;
    cfg.heartbeatTick = 1;
    cfg.seed = cfg.id ^ quint64(clock.nowMs());
    // The last block in the store is the last applied Normal entry (RELIABILITY bug 9:
    // the applied index lives with the state it produced). Configuration entries after
    // it are re-delivered and are no-ops here.
    cfg.applied = head.raftIndex;
    n->m_appliedIndex = head.raftIndex;
    n->m_stateBlockIndex = n->m_handedOverIndex = head.raftIndex;
    cfg.maxMsgBytes = 4 * 1024 * 1024;
    cfg.maxInflight = 32;
    n->m_raft = GONGZHI_TRY(raft::Raft::create(cfg, *n->m_raftLog));
    if (n->m_applier)
        n->startCheckpoints();
    return n;
}

raft::NodeId LedgerNode::id() const
{
    return m_raft->id();
}

void LedgerNode::start()
{
    // The only voter has no one's lease to respect and no vote to split: let its
    // election timeout pass at once instead of after 1-2 s of real ticks, so a
    // restarted one-node cluster (an office PC on its own) serves again at once.
    // With any other voter the timeout is what keeps elections safe and calm.
    const auto voters = m_raft->membership().voters();
    if (!m_halted && voters.size() == 1 && voters.front() == m_raft->id() && m_raft->enabled()) {
        for (int i = 0; i < 2 * m_options.electionTicks && m_raft->role() != raft::Role::Leader;
             ++i)
            m_raft->tick();
        processReady();
    }
    m_ticker.start();
}

void LedgerNode::stop()
{
    m_ticker.stop();
}

void LedgerNode::tick()
{
    if (m_halted)
        return;
    ++m_ticks;
    m_raft->tick();
    if (m_checkpoints)
        m_checkpoints->tick();
    if (m_ticks % quint64(std::max(1, m_options.resendTicks)) == 0)
        resendPending();
    proposeBlocks();
    reconcileMembership();
    processReady();
}

void LedgerNode::processReady()
{
    while (!m_halted && m_raft->hasReady()) {
        raft::Ready rd = m_raft->ready();
        if (rd.softState && !(*rd.softState == m_soft)) {
            const bool wasLeader = m_soft.role == raft::Role::Leader;
            m_soft = *rd.softState;
            if (wasLeader && m_soft.role != raft::Role::Leader)
                m_pool.clear(); // submitters resend to the new leader
            Q_EMIT roleChanged(int(m_soft.role), m_soft.leader);
            if (m_soft.leader != raft::NoNode && m_soft.leader != id())
                resendPending();
        }
        // Ready.h step 2 exception: a leader may send appends before its own fsync when
        // the Ready keeps the persisted term (a new commit index does not matter).
        const bool earlySend = m_soft.role == raft::Role::Leader
            && (!rd.hardState || rd.hardState->term == persistedHardState().term);
        if (earlySend) {
            for (const auto &m : rd.messages)
                sendFrame(m.to, RaftFrame, MessageCodec::encode(m));
        }
        persistAndTrack(rd);
        if (m_halted)
            return;
        if (!earlySend) {
            for (const auto &m : rd.messages)
                sendFrame(m.to, RaftFrame, MessageCodec::encode(m));
        }
        applyCommitted(rd.committedEntries);
        serveReads(rd.readStates);
        m_raft->advance();
    }
}

raft::HardState LedgerNode::persistedHardState() const
{
    const auto initial = m_raftLog->initialState();
    return initial ? initial->hardState : raft::HardState {};
}

void LedgerNode::persistAndTrack(const raft::Ready &rd)
{
    // Raft Figure 2: currentTerm, votedFor and log[] must be durable before answering;
    // commitIndex is volatile. A Ready whose only change is a higher commit index is
    // not written on its own (one fsync less per commit on every node): it rides
    // along with the next write. After a restart the commit index is at least the
    // applied index the block store holds (Raft::create), and the leader re-sends the rest.
    std::optional<raft::HardState> hardState = rd.hardState;
    if (hardState && rd.entries.empty()) {
        const raft::HardState persisted = persistedHardState();
        if (hardState->term == persisted.term && hardState->vote == persisted.vote) {
            m_deferredHardState = hardState;
            hardState.reset();
        }
    }
    if (hardState || !rd.entries.empty()) {
        if (!hardState)
            hardState = m_deferredHardState;
        if (auto st = m_raftLog->persist(hardState, rd.entries); !st) {
            halt(QStringLiteral("cannot write the Raft log: ") + st.error().toString());
            return;
        }
        m_deferredHardState.reset();
    }
    if (rd.entries.empty())
        return;
    m_tip.truncateFrom(rd.entries.front().index);
    for (auto it = m_decoded.lower_bound(rd.entries.front().index); it != m_decoded.end();) {
        // A decoded block of a replaced entry is dropped; one for this entry stays.
        const bool replaced = it->first > rd.entries.back().index
            || rd.entries[std::size_t(it->first - rd.entries.front().index)].term
                != it->second.term;
        it = replaced ? m_decoded.erase(it) : std::next(it);
    }
    for (const auto &e : rd.entries) {
        if (e.type != raft::EntryType::Normal || e.data.isEmpty())
            continue; // configuration change, or a new leader's blank entry (Raft §8)
        if (auto block = blockFor(e))
            m_tip.append(e.index, *block);
        else
            halt(QStringLiteral("an entry in the Raft log does not hold a valid block (index %1)")
                     .arg(e.index));
    }
}

std::optional<chain::Block> LedgerNode::blockFor(const raft::Entry &entry)
{
    auto it = m_decoded.find(entry.index);
    if (it != m_decoded.end() && it->second.term == entry.term)
        return it->second.block;
    auto block = chain::Block::decode(entry.data);
    if (!block)
        return std::nullopt;
    m_decoded[entry.index] = Decoded { entry.term, *block };
    return *block;
}

void LedgerNode::applyCommitted(const std::vector<raft::Entry> &entries)
{
    // Consecutive new blocks are stored and applied as one batch: one block-store
    // transaction, then one state transaction (two fsyncs per batch instead of
    // two per block). A batch ends at a block that changes membership, so the
    // node list is refreshed where it was when blocks were applied one by one,
    // and at a checkpoint height, so the divergence check's digest sees the
    // state at exactly that block (a catching-up node compares too).
    constexpr std::size_t MaxBatch = 256;
    std::vector<chain::Block> batch;
    raft::Index lastBlockIndex = 0; // the entry holding the batch's last block
    raft::Index coveredIndex = 0; // the last entry the batch accounts for
    auto markApplied = [this](raft::Index index) {
        m_decoded.erase(m_decoded.begin(), m_decoded.upper_bound(index));
        m_appliedIndex = index;
    };
    auto flush = [&] {
        if (batch.empty())
            return !m_halted;
        applyBlocks(std::move(batch), lastBlockIndex);
        batch.clear();
        if (m_halted)
            return false;
        markApplied(coveredIndex);
        return true;
    };
    for (const auto &e : entries) {
        if (m_halted)
            return;
        if (e.type == raft::EntryType::Normal && !e.data.isEmpty()) {
            auto block = blockFor(e);
            if (!block) {
                halt(QStringLiteral("committed entry %1 does not hold a valid block").arg(e.index));
                return;
            }
            if (block->height() <= m_store->head().height + batch.size()) {
                if (!flush())
                    return;
                checkStoredBlock(*block);
                if (m_halted)
                    return;
            } else {
                const bool ends = (m_applier && changesMembership(*block))
                    || (m_checkpoints && m_checkpoints->isCheckpointHeight(block->height()));
                batch.push_back(std::move(*block));
                lastBlockIndex = coveredIndex = e.index;
                if ((ends || batch.size() >= MaxBatch) && !flush())
                    return;
                continue;
            }
        }
        if (batch.empty())
            markApplied(e.index);
        else
            coveredIndex = e.index;
    }
    flush();
}

void LedgerNode::readIndex(ReadCallback done)
{
    if (m_halted) {
        done(core::fail(ErrorCode::Unavailable, QStringLiteral("the node has halted")));
        return;
    }
    QByteArray context = QByteArray::number(id()) + ':' + QByteArray::number(++m_nextReadId);
    const auto r = m_raft->readIndex(context);
    if (!r) {
        done(core::fail(ErrorCode::Unavailable,
                        QString::fromLatin1(raft::rejectionName(r.error().reason))));
        return;
    }
    m_reads.emplace(std::move(context), std::move(done));
    processReady();
}

void LedgerNode::serveReads(const std::vector<raft::ReadState> &states)
{
    for (const auto &rs : states) {
        auto it = m_reads.find(rs.context);
        if (it == m_reads.end())
            continue;
        m_confirmedReads.emplace_back(rs.index, std::move(it->second));
        m_reads.erase(it);
    }
    // Dissertation §6.4: answer once the state machine has applied through the read index.
    const raft::Index applied = stateAppliedIndex();
    for (auto it = m_confirmedReads.begin(); it != m_confirmedReads.end();) {
        if (it->first <= applied) {
            it->second(m_applier ? m_stateHeight : m_store->head().height);
            it = m_confirmedReads.erase(it);
        } else {
            ++it;
        }
    }
}

void LedgerNode::checkStoredBlock(const chain::Block &block)
{
    // Re-delivered after a restart (the store is ahead of the persisted commit
    // index). It must be the very block we hold.
    const std::uint64_t height = block.height();
    auto stored = m_store->block(height);
    if (!stored || stored->hash() != block.hash())
        halt(QStringLiteral("committed block %1 differs from the stored one: the chain forked")
                 .arg(height));
}

void LedgerNode::applyBlocks(std::vector<chain::Block> blocks, raft::Index lastBlockIndex)
{
    // Block store, answers, then the state on its own thread: after a crash the
    // state lags (StateApplier::catchUp replays it), it never leads, and an
    // acknowledged transaction is in the block store (gongzhi-cli has, head and
    // verify read it while the node is down). What the state made of a
    // transaction a submitter reads through readState(), which waits for it.
    if (auto st = m_store->appendBatch(blocks); !st) {
        halt(QStringLiteral("committed block %1 does not extend the chain: %2")
                 .arg(st.error().height.value_or(std::int64_t(blocks.front().height())))
                 .arg(st.error().toString()));
        return;
    }
    for (const auto &block : blocks) {
        for (const auto &tx : block.transactions()) {
            auto it = m_lastStoredSequence.find(tx.author());
            if (it != m_lastStoredSequence.end())
                *it = std::max(*it, tx.sequence());
        }
    }
    const chain::Block &last = blocks.back();
    const std::uint64_t lastHeight = last.height();
    const chain::BlockHash lastHash = last.hash();
    m_tip.committed(lastBlockIndex, last.header(), lastHash, m_store->history());
    m_applying = true;
    for (const auto &block : blocks) {
        for (const auto &tx : block.transactions()) {
            m_pool.remove(tx.id());
            complete(tx.id(), SubmitOutcome { SubmitOutcome::Kind::Committed, block.height(), {} });
        }
    }
    m_applying = false;
    Q_EMIT submittersAnswered(lastHeight);
    if (!m_applier) {
        for (const auto &block : blocks)
            Q_EMIT blockCommitted(block.height());
        return;
    }
    // applyCommitted ends a batch at a block that changes membership: the node
    // keys are read right after it. Genesis brings the founders' keys.
    const bool readNodes = changesMembership(last) || blocks.front().height() == 0;
    m_handedOverIndex = lastBlockIndex;
    m_applier->handOver(std::move(blocks), lastBlockIndex, readNodes);
    // What the answered submitters asked to read: after these blocks.
    for (auto &read : std::exchange(m_readsAfterBlocks, {}))
        readState(std::move(read));
    // applyCommitted ends a batch at a checkpoint height too: the snapshot is
    // taken right after it (StateCheckpoints::Hooks::snapshot).
    if (m_checkpoints)
        m_checkpoints->blockHandedOver(lastHeight, lastHash);
}

void LedgerNode::stateApplied(const StateApplier::Applied &applied)
{
    const std::uint64_t from = m_stateHeight;
    m_stateHeight = applied.height;
    m_stateBlockIndex = applied.raftIndex;
    if (applied.nodes) {
        m_ledgerNodes = *applied.nodes;
        Q_EMIT membershipChanged();
    }
    if (m_checkpoints)
        m_checkpoints->blockApplied(applied.height, applied.hash);
    for (std::uint64_t h = from + 1; h <= applied.height; ++h)
        Q_EMIT blockCommitted(h);
    serveReads({});
}

raft::Index LedgerNode::stateAppliedIndex() const
{
    // Entries after the last block (configuration changes, a leader's blank
    // entry) change no state: once the state has every block handed over, it is
    // as far as the block store.
    if (!m_applier || m_stateBlockIndex >= m_handedOverIndex)
        return m_appliedIndex;
    return m_stateBlockIndex;
}

void LedgerNode::readState(StateRead read)
{
    if (!m_applier) {
        read(nullptr)();
        return;
    }
    if (m_applying) { // a submitter of the blocks being committed: after them
        m_readsAfterBlocks.push_back(std::move(read));
        return;
    }
    // The node outlives the state thread's jobs (its destructor stops it first);
    // what runs here afterwards is dropped if the node is gone by then.
    m_applier->post([this, read = std::move(read)](state::StateMachine *state) {
        QMetaObject::invokeMethod(this, read(state));
    });
}

void LedgerNode::halt(const QString &reason)
{
    if (m_halted)
        return;
    m_halted = true;
    m_ticker.stop();
    if (m_checkpoints)
        m_checkpoints->stop();
    qCCritical(lcNode).noquote() << "node halted:" << reason;
    Q_EMIT halted(reason);
}

core::Status LedgerNode::transferLeadership(raft::NodeId to)
{
    auto r = m_raft->transferLeadership(to);
    if (!r)
        return fail(ErrorCode::Unavailable,
                    QString::fromLatin1(raft::rejectionName(r.error().reason)));
    processReady();
    return {};
}

NodeStatus LedgerNode::status() const
{
    NodeStatus s;
    s.id = m_raft->id();
    s.role = m_raft->role();
    s.term = m_raft->term();
    s.leader = m_raft->leader();
    s.commitIndex = m_raft->committed();
    s.lastIndex = m_raft->lastIndex();
    s.commitHeight = m_store->head().height;
    s.appliedHeight = m_applier ? m_stateHeight : s.commitHeight;
    s.pooled = m_pool.size();
    s.pending = std::size_t(m_pending.size());
    s.halted = m_halted;
    if (m_checkpoints)
        s.checkpoint = m_checkpoints->status();
    const auto &members = m_raft->membership();
    s.member = members.isMember(s.id);
    s.voter = members.isVoter(s.id);
    for (raft::NodeId peer : members.members()) {
        if (peer == s.id)
            continue;
        PeerStatus p;
        p.id = peer;
        p.voter = members.isVoter(peer);
        p.linked = m_transport && m_transport->isLinked(peer);
        const auto contact = m_lastContactTick.value(peer, 0);
        if (contact > 0) {
            p.lastContactMs = qint64(m_ticks - contact) * m_options.tickMs;
            p.connected = m_ticks - contact <= quint64(m_options.electionTicks);
        }
        if (const raft::Progress *pr = m_raft->progress(peer)) {
            p.matchIndex = pr->match();
            p.lag = qint64(s.lastIndex) - qint64(pr->match());
        }
        s.peers.push_back(p);
    }
    return s;
}

} // namespace ledger::node

namespace ledger::node {

void LedgerNode::startCheckpoints()
{
    const auto option = [](const char *env, int fallback) {
        bool ok = false;
        const int v = qEnvironmentVariableIntValue(env, &ok);
        return ok && v >= 0 ? v : fallback;
    };
    StateCheckpoints::Hooks hooks;
    hooks.send = [this](raft::NodeId to, const QByteArray &payload) {
        sendFrame(to, CheckpointFrame, payload);
    };
    hooks.voters = [this] { return m_raft->membership().voters(); };
    hooks.members = [this] { return m_raft->membership().members(); };
    hooks.halt = [this](const QString &reason) { halt(reason); };
    hooks.snapshot = [this](std::function<void()> take) {
        m_applier->post([take = std::move(take)](state::StateMachine *) { take(); });
    };
    m_checkpoints = new StateCheckpoints(
        QDir(m_options.dataDir).filePath(QStringLiteral("state.db")), m_raft->id(),
        option("GONGZHI_CHECKPOINT_BLOCKS", m_options.checkpointEveryBlocks),
        option("GONGZHI_CHECKPOINT_IDLE_TICKS", m_options.checkpointIdleTicks), std::move(hooks),
        this);
    m_checkpoints->blockApplied(m_store->head().height, m_store->head().hash);
}

} // namespace ledger::node
