#pragma once

#include "ledger/chain/Block.h"
#include "ledger/core/Clock.h"
#include "ledger/core/Result.h"
#include "ledger/crypto/Ed25519.h"
#include "ledger/node/ChainTip.h"
#include "ledger/node/NodeStatus.h"
#include "ledger/node/StateApplier.h"
#include "ledger/node/Transport.h"
#include "ledger/node/TxPool.h"
#include "ledger/raft/Raft.h"
#include "ledger/state/queries/MembershipQueries.h"

#include <QHash>
#include <QLoggingCategory>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcNode)

namespace ledger::store {
class BlockStore;
class RaftLogStore;
class WalCheckpointer;
} // namespace ledger::store
namespace ledger::state {
class StateMachine;
}

namespace ledger::node {

class StateCheckpoints;

struct NodeOptions {
    QString dataDir;
    int tickMs = 100; // Raft tick (docs/raft.md): election timeout 1-2 s
    int electionTicks = 10;
    std::size_t maxBlockTransactions = 2000;
    std::size_t maxInflightBlocks = 8; // proposed, not yet committed blocks (pipelining)
    int resendTicks = 20; // resend an uncommitted submission after this long
    bool applyState = true; // keep the domain state (state.db) up to date
    // Divergence check (StateCheckpoints, docs/raft.md §Divergence): compare
    // (height, head hash, state digest) with peers at every this many blocks,
    // and at the head after this many ticks without a new block. 0 blocks: only
    // when idle. The environment variables GONGZHI_CHECKPOINT_BLOCKS and
    // GONGZHI_CHECKPOINT_IDLE_TICKS override both (tests of node processes).
    int checkpointEveryBlocks = 500;
    int checkpointIdleTicks = 30;
};

// What became of a submitted transaction.
struct SubmitOutcome {
    enum class Kind { Committed, Rejected } kind = Kind::Committed;
    std::uint64_t height = 0; // Committed: the block holding it
    QString reason; // Rejected: English, technical (never sent translated)
};
using SubmitCallback = std::function<void(const SubmitOutcome &)>;

// One ledger node: the Raft core wired to the Raft log (raft.db), the block
// store (ledger.db) and the domain state (state.db), and to a Transport.
// - One Raft entry carries one block. The leader assembles blocks from its
//   pool of admitted transactions, signs them with the node key and keeps up
//   to maxInflightBlocks in flight; a follower checks a block's signatures,
//   Merkle root and link before stepping the message that carries it.
// - State changes only when entries are committed: a committed block is
//   appended to the block store, its submitters are answered, and it is handed
//   to the domain state's own thread (StateApplier), which applies it shortly.
// - Ready handling follows raft/Ready.h: persist (one transaction), send,
//   apply, advance.
// Thread affinity: everything is called on the thread the node lives on
// (the desktop app gives it its own QThread); other threads use queued calls.
class LedgerNode : public QObject
{
    Q_OBJECT
public:
    ~LedgerNode() override;

    // Opens the data directory (which must hold ledger.db, raft.db and node.key
    // contents passed as `nodeKey`). Replays committed blocks into the state
    // if it lags the block store. Does not start ticking: call start().
    static core::Result<std::unique_ptr<LedgerNode>>
    open(const NodeOptions &options, const crypto::KeyPair &nodeKey, const core::Clock &clock);

    void setTransport(Transport *transport) { m_transport = transport; }
    void start();
    void stop();

    raft::NodeId id() const;
    const crypto::PublicKey &nodeKey() const { return m_nodeKey.publicKey(); }
    // A frame from peer `from` (as authenticated by the transport).
    void receive(raft::NodeId from, const QByteArray &frame);
    // Submits a signed transaction; `done` is called once, on this thread, when it
    // is committed (with its height) or rejected. Idempotent: submitting the
    // same transaction again only adds another callback.
    void submit(const chain::Transaction &tx, SubmitCallback done);
    core::Status transferLeadership(raft::NodeId to);
    // Linearizable read (Raft dissertation §6.4, ReadIndex), for screens that
    // must show the latest committed state: `done` gets the chain height that a
    // read made now must reflect, once this node has applied that far; a
    // follower or a new leader without a commit in its term answers Unavailable.
    using ReadCallback = std::function<void(const core::Result<std::uint64_t> &height)>;
    void readIndex(ReadCallback done);

    NodeStatus status() const;
    store::BlockStore &blockStore() { return *m_store; }
    // True while the submissions of committed blocks are being completed:
    // their callbacks may leave sending to the submittersAnswered() that follows.
    bool applying() const { return m_applying; }
    // Reads the domain state once every block committed so far is applied to it:
    // `read` runs on the state's thread (with null: this node keeps no state, or
    // applying failed), and the function it returns then runs on this thread.
    using StateRead = std::function<std::function<void()>(const state::StateMachine *state)>;
    void readState(StateRead read);
    raft::Raft &raft() { return *m_raft; }
    // The node keys on the ledger as of the state's applied block (joined nodes
    // with their address and Raft incarnation); empty without applyState.
    const std::vector<state::LedgerNodeInfo> &ledgerNodes() const { return m_ledgerNodes; }

    // Frame kinds on the wire (first byte of a frame).
    enum FrameKind : quint8 {
        RaftFrame = 1,
        ForwardFrame = 2,
        RefuseFrame = 3,
        CheckpointFrame = 4, // StateCheckpoints: recent (height, head hash, state digest)
    };

Q_SIGNALS:
    // The domain state holds block `height` (without state: the block store does).
    void blockCommitted(quint64 height);
    // Blocks up to `height` are in the block store and their submitters answered.
    void submittersAnswered(quint64 height);
    void roleChanged(int role, quint64 leader);
    // The node met a condition it must not continue from (e.g. a committed block
    // that does not extend its chain): it has stopped serving.
    void halted(const QString &reason);
    // An applied block changed the node keys on the ledger (ledgerNodes()):
    // the transport refreshes whom it accepts and dials.
    void membershipChanged();
    // Peer `peer` (as the transport authenticated it) broke the protocol in a way no
    // honest node does (a Raft message claiming another sender): the transport drops
    // its connection. Emitted from receive(), on this thread.
    void peerMisbehaved(quint64 peer, const QString &reason);

private:
    struct Pending;
    LedgerNode(const NodeOptions &options, const crypto::KeyPair &nodeKey,
               const core::Clock &clock);
    void tick();
    void processReady();
    void persistAndTrack(const raft::Ready &rd);
    raft::HardState persistedHardState() const;
    void applyCommitted(const std::vector<raft::Entry> &entries);
    void checkStoredBlock(const chain::Block &block);
    void applyBlocks(std::vector<chain::Block> blocks, raft::Index lastBlockIndex);
    void stateApplied(const StateApplier::Applied &applied);
    raft::Index stateAppliedIndex() const;
    void proposeBlocks();
    bool validateAppend(const raft::Message &m);
    bool sequenceStored(const crypto::PublicKey &author, std::uint64_t sequence);
    std::optional<chain::Block> blockFor(const raft::Entry &entry);
    void route(Pending &pending);
    void queueAdmission(const chain::Transaction &tx, raft::NodeId forwardedBy);
    using Admissions = std::vector<std::pair<chain::Transaction, raft::NodeId>>;
    void admitQueued();
    void admitVerified(const Admissions &batch, const std::vector<char> &valid);
    void admitBatch(const Admissions &batch, const std::vector<char> &valid);
    void refuse(const chain::TxId &id, raft::NodeId forwardedBy, const QString &reason);
    void resendPending();
    void complete(const chain::TxId &id, const SubmitOutcome &outcome);
    void sendFrame(raft::NodeId to, FrameKind kind, const QByteArray &payload);
    void halt(const QString &reason);
    // LedgerNodeMembership.cpp (docs/raft.md §Joining)
    void reconcileMembership();
    static bool changesMembership(const chain::Block &block);
    void startCheckpoints();

    NodeOptions m_options;
    crypto::KeyPair m_nodeKey;
    const core::Clock &m_clock;
    Transport *m_transport = nullptr;
    std::unique_ptr<store::BlockStore> m_store;
    std::unique_ptr<store::RaftLogStore> m_raftLog;
    std::unique_ptr<StateApplier> m_applier; // null without applyState
    // After the stores: stopped before they close.
    std::unique_ptr<store::WalCheckpointer> m_walCheckpointer;
    std::unique_ptr<raft::Raft> m_raft;
    ChainTip m_tip;
    TxPool m_pool;
    QTimer m_ticker;
    bool m_halted = false;
    bool m_applying = false; // applying()
    std::vector<StateRead> m_readsAfterBlocks; // readState() while m_applying
    raft::SoftState m_soft;
    // A commit-only HardState not yet written (persistAndTrack): it goes with the next write.
    std::optional<raft::HardState> m_deferredHardState;
    quint64 m_ticks = 0;

    // Blocks decoded from entries not yet applied, by log index (with the
    // entry's term: index + term identify an entry, Raft §5.3).
    struct Decoded {
        raft::Term term = 0;
        chain::Block block;
    };
    std::map<raft::Index, Decoded> m_decoded;

    struct Pending {
        chain::Transaction tx;
        std::vector<SubmitCallback> callbacks;
        quint64 lastSentTick = 0;
    };
    QHash<chain::TxId, Pending> m_pending; // submitted here, not yet committed or rejected
    // Leader: transactions waiting for admission, checked in parallel in batches
    // on m_verifier's thread, one batch at a time (m_verifying).
    Admissions m_admissions;
    bool m_admitScheduled = false;
    bool m_verifying = false;
    QThreadPool m_verifier; // one thread; ~LedgerNode waits for it
    QHash<raft::NodeId, quint64> m_lastContactTick;
    // ReadIndex requests: by context until confirmed, then until applied.
    quint64 m_nextReadId = 0;
    std::map<QByteArray, ReadCallback> m_reads;
    std::vector<std::pair<raft::Index, ReadCallback>> m_confirmedReads;
    raft::Index m_appliedIndex = 0; // entries through this one are in the block store
    // Where the state is (stateApplied()): its block, and that block's entry; the
    // entry of the last block handed to it.
    std::uint64_t m_stateHeight = 0;
    raft::Index m_stateBlockIndex = 0;
    raft::Index m_handedOverIndex = 0;
    std::vector<state::LedgerNodeInfo> m_ledgerNodes; // as of m_stateHeight
    // sequenceStored(): the highest sequence number on the chain of authors seen.
    QHash<crypto::PublicKey, std::uint64_t> m_lastStoredSequence;
    StateCheckpoints *m_checkpoints = nullptr; // child; null without applyState
    void serveReads(const std::vector<raft::ReadState> &states);
};

} // namespace ledger::node
