#pragma once

#include "ledger/core/Result.h"
#include "ledger/crypto/Types.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace ledger::store {
class BlockStore;
}
namespace ledger::state {
class StateMachine;
class StateQueries;
} // namespace ledger::state

namespace ledger::service {

struct QueryContext;

// The reader thread's connections to a data directory: a StateMachine on
// state.db (with StateQueries) and a read-only BlockStore on ledger.db,
// separate from the node's. SQLite WAL gives each statement a snapshot of
// the last committed state, so readers never wait for the node and the node
// never waits for readers.
//
// Both objects cache a little at open (the state's applied height, the
// store's head), so after markStale() (a block was committed) they are
// refreshed before the next job: a query sees its block's effects and
// matching heights. The block store stays open and re-reads its head row;
// the state machine is reopened.
//
// Thread affinity: open() and every job on the reader thread.
class QueryReader : public QObject
{
    Q_OBJECT
public:
    explicit QueryReader(QString dataDir, QObject *parent = nullptr);
    ~QueryReader() override;

    // Opens the connections. Precondition: the node opened the directory
    // first (it creates or migrates state.db; opening a state.db of the
    // current schema does not write).
    core::Status open();
    void markStale() { m_stale = true; } // any thread

    // Runs `job` with fresh connections; an error reopening is logged and the
    // job runs on the connections it has.
    void run(const std::function<void(const QueryContext &)> &job);

    // author -> the last sequence the state recorded (table author_seq).
    QHash<crypto::PublicKey, std::uint64_t> authorSequences();

private:
    core::Status refresh();

    QString m_dataDir;
    std::unique_ptr<state::StateMachine> m_state;
    std::unique_ptr<state::StateQueries> m_queries;
    std::unique_ptr<store::BlockStore> m_blocks;
    std::atomic<bool> m_stale = false; // set on the node thread
};

} // namespace ledger::service
