#include "ledger/node/StateApplier.h"

#include "ledger/node/StateReplay.h"
#include "ledger/state/StateMachine.h"
#include "ledger/store/BlockStore.h"

#include <QLoggingCategory>

#include <future>
#include <pthread.h>

Q_DECLARE_LOGGING_CATEGORY(lcNode)

namespace ledger::node {

StateApplier::StateApplier(Hooks hooks)
    : m_hooks(std::move(hooks))
{
}

core::Result<std::unique_ptr<StateApplier>>
StateApplier::open(const QString &statePath, std::int64_t walCheckpointBytes, Hooks hooks)
{
    std::unique_ptr<StateApplier> applier(new StateApplier(std::move(hooks)));
    // Shared: the thread may still be inside set_value() when get() returns.
    auto opened = std::make_shared<std::promise<core::Status>>();
    auto openedFuture = opened->get_future();
    applier->m_thread = std::thread([a = applier.get(), statePath, walCheckpointBytes, opened] {
        pthread_setname_np(pthread_self(), "state-apply");
        auto state = state::StateMachine::open(statePath, state::StateMachine::Durability::Fast);
        core::Status status;
        if (!state) {
            status = tl::unexpected(state.error());
        } else {
            a->m_state = std::move(*state);
            status = a->m_state->handOverCheckpoints(walCheckpointBytes);
            a->m_openedHeight = a->m_state->appliedHeight();
        }
        const bool ok = bool(status);
        if (!ok)
            a->m_state.reset(); // on the thread that opened it
        opened->set_value(std::move(status));
        if (ok)
            a->run();
    });
    GONGZHI_CHECK(openedFuture.get()); // the thread has ended on failure: the destructor joins it
    return applier;
}

StateApplier::~StateApplier()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

core::Result<StateApplier::Applied> StateApplier::catchUp(const QString &storePath)
{
    auto done = std::make_shared<std::promise<core::Result<Applied>>>();
    auto result = done->get_future();
    post([this, storePath, done](state::StateMachine *state) {
        if (!state) {
            done->set_value(core::fail(core::ErrorCode::Unavailable,
                                       QStringLiteral("the state could not be applied")));
            return;
        }
        auto store = store::BlockStore::open(storePath, /*readOnly=*/true);
        if (!store) {
            done->set_value(tl::unexpected(store.error()));
            return;
        }
        if (auto st = replayIntoState(*state, **store); !st) {
            done->set_value(tl::unexpected(st.error()));
            return;
        }
        done->set_value(where(0, true));
    });
    return result.get();
}

void StateApplier::handOver(std::vector<chain::Block> blocks, raft::Index lastIndex, bool readNodes)
{
    if (blocks.empty())
        return;
    std::size_t transactions = 0;
    for (const auto &b : blocks)
        transactions += b.transactions().size();
    std::unique_lock lock(m_mutex);
    m_room.wait(lock, [this] {
        return (m_queuedBlocks < MaxQueuedBlocks && m_queuedTransactions < MaxQueuedTransactions)
            || m_stopping;
    });
    m_queuedBlocks += blocks.size();
    m_queuedTransactions += transactions;
    m_queue.push_back(Item { std::move(blocks), transactions, lastIndex, readNodes, {} });
    lock.unlock();
    m_wake.notify_one();
}

void StateApplier::post(std::function<void(state::StateMachine *)> job)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(Item { {}, 0, 0, false, std::move(job) });
    }
    m_wake.notify_one();
}

void StateApplier::run()
{
    for (;;) {
        std::vector<Item> items;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return !m_queue.empty() || m_stopping; });
            if (m_queue.empty())
                break; // stopping, and everything handed over is done
            // One job alone, or consecutive blocks up to the batch limits; a block
            // after which the node keys are read ends a batch.
            std::size_t blocks = 0;
            std::size_t transactions = 0;
            while (!m_queue.empty()) {
                Item &next = m_queue.front();
                const bool job = next.blocks.empty();
                if (job && !items.empty())
                    break;
                if (!job && !items.empty()
                    && (blocks + next.blocks.size() > MaxBatchBlocks
                        || transactions >= MaxBatchTransactions))
                    break;
                transactions += next.transactions;
                blocks += next.blocks.size();
                const bool ends = job || next.readNodes;
                items.push_back(std::move(next));
                m_queue.pop_front();
                if (ends)
                    break;
            }
        }
        applyItems(items);
    }
    m_state.reset(); // closes the connection on this thread
}

void StateApplier::applyItems(std::vector<Item> &items)
{
    if (items.front().blocks.empty()) {
        items.front().job(m_failed ? nullptr : m_state.get());
        return;
    }
    std::size_t count = 0;
    std::size_t transactions = 0;
    for (const auto &item : items) {
        count += item.blocks.size();
        transactions += item.transactions;
    }
    if (!m_failed) {
        std::vector<chain::Block> batch;
        batch.reserve(count);
        for (auto &item : items)
            std::move(item.blocks.begin(), item.blocks.end(), std::back_inserter(batch));
        if (auto st = m_state->applyBatch(batch); !st) {
            m_failed = true;
            m_hooks.failed(QStringLiteral("cannot apply blocks %1-%2 to the state: %3")
                               .arg(batch.front().height())
                               .arg(batch.back().height())
                               .arg(st.error().toString()));
        } else {
            m_hooks.applied(where(items.back().lastIndex, items.back().readNodes));
        }
    }
    {
        std::lock_guard lock(m_mutex);
        m_queuedBlocks -= count;
        m_queuedTransactions -= transactions;
    }
    m_room.notify_all();
}

StateApplier::Applied StateApplier::where(raft::Index index, bool withNodes) const
{
    Applied a;
    a.height = m_state->appliedHeight().value_or(0);
    a.hash = m_state->lastBlockHash();
    a.raftIndex = index;
    if (withNodes) {
        auto nodes = state::ledgerNodes(*m_state);
        if (nodes)
            a.nodes = std::move(*nodes);
        else // a disk problem that the next apply reports (and the node halts on)
            qCWarning(lcNode).noquote() << "cannot read the node keys:" << nodes.error().toString();
    }
    return a;
}

} // namespace ledger::node
