#pragma once

#include "ledger/chain/Block.h"
#include "ledger/core/Result.h"
#include "ledger/raft/Types.h"
#include "ledger/state/queries/MembershipQueries.h"

#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace ledger::state {
class StateMachine;
}

namespace ledger::node {

// The domain state (state.db) of a running node, kept on a thread of its own
// (issue 5: apply off the consensus thread, as etcd does). The node thread
// stores a committed block in the block store, answers its submitters and
// hands the block over here; it goes back to Raft at once instead of waiting
// for the state's SQL (a third of a 55-transaction block's time on the leader).
//
// - Blocks are applied in the order handed over. Consecutive blocks waiting
//   here are applied as one SQL transaction (up to MaxBatchBlocks /
//   MaxBatchTransactions): the busier the node, the larger the batches, which
//   is how applying keeps pace with committing (issue 3).
// - A job (post()) runs once every block handed over before it is applied:
//   reads that must see the state as of the chain (a submitter's outcome, the
//   next sequence number), and the divergence check's snapshot at exactly a
//   checkpoint height. Nothing is applied while a job runs.
// - After each batch, Hooks::applied tells the node where the state is; after a
//   block that changes membership (the node says which) it carries the node keys.
// - Failures (a disk error, a block that does not continue the state) stop the
//   applying for good and go to Hooks::failed: the node halts.
// - The hand-over is bounded (MaxQueuedBlocks, MaxQueuedTransactions): a node
//   that commits faster than it applies waits in handOver() instead of growing
//   without limit, and the state a crash leaves behind is replayed at the next
//   start within a second or so (the crash loop's "serving again within 2 s").
//
// The StateMachine is opened, used and closed on the state thread (a Qt Sql
// connection belongs to the thread that made it). Every member function except
// the hooks is called on one thread, the node's.
class StateApplier
{
public:
    // Where the state is, after a batch (or at open).
    struct Applied {
        std::uint64_t height = 0; // the last applied block (0 before genesis, too)
        chain::BlockHash hash; // its hash
        raft::Index raftIndex = 0; // the Raft entry that held it (0 at open)
        // After a block that changes membership, and at open: every node key.
        std::optional<std::vector<state::LedgerNodeInfo>> nodes;
    };
    struct Hooks {
        // On the state thread: post to your own thread.
        std::function<void(const Applied &)> applied;
        std::function<void(const QString &reason)> failed;
    };

    static constexpr std::size_t MaxBatchBlocks = 256;
    static constexpr std::size_t MaxBatchTransactions = 20000;
    static constexpr std::size_t MaxQueuedBlocks = 256;
    static constexpr std::size_t MaxQueuedTransactions = 10000;

    // Opens (or creates) the state file on a new thread with synchronous=NORMAL
    // and `walCheckpointBytes` handed to a WalCheckpointer (StateMachine::
    // handOverCheckpoints); returns once it is open.
    static core::Result<std::unique_ptr<StateApplier>>
    open(const QString &statePath, std::int64_t walCheckpointBytes, Hooks hooks);
    // Applies what was handed over (jobs too), then closes the state.
    ~StateApplier();
    StateApplier(const StateApplier &) = delete;
    StateApplier &operator=(const StateApplier &) = delete;

    // The state's height when it was opened (nullopt: before genesis).
    std::optional<std::uint64_t> openedHeight() const { return m_openedHeight; }
    // Applies the blocks of the block store at `storePath` that the state lacks
    // (a crash between the two writes), reading them through a read-only store
    // of its own; returns where the state is, with the node keys. Waits.
    core::Result<Applied> catchUp(const QString &storePath);

    // Committed blocks, consecutive, continuing what was handed over before;
    // `lastIndex` is the Raft entry of the last one. `readNodes`: the last
    // block changes membership (Applied::nodes is filled after it).
    void handOver(std::vector<chain::Block> blocks, raft::Index lastIndex, bool readNodes);
    // Runs `job` on the state thread after everything handed over so far; null
    // state once applying failed.
    void post(std::function<void(state::StateMachine *state)> job);

private:
    struct Item {
        std::vector<chain::Block> blocks; // empty: a job
        std::size_t transactions = 0; // in `blocks`
        raft::Index lastIndex = 0;
        bool readNodes = false;
        std::function<void(state::StateMachine *)> job;
    };
    StateApplier(Hooks hooks);
    void run();
    void applyItems(std::vector<Item> &items);
    Applied where(raft::Index index, bool withNodes) const;

    Hooks m_hooks;
    std::optional<std::uint64_t> m_openedHeight;
    std::unique_ptr<state::StateMachine> m_state; // state thread only
    bool m_failed = false; // state thread only

    std::mutex m_mutex;
    std::condition_variable m_wake; // the state thread: work or stop
    std::condition_variable m_room; // handOver(): the queue has room again
    std::deque<Item> m_queue;
    std::size_t m_queuedBlocks = 0;
    std::size_t m_queuedTransactions = 0;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace ledger::node
