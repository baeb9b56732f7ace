#pragma once

#include "ledger/core/Result.h"
#include "ledger/crypto/Types.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <vector>

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

// The reader threads behind LedgerService::query(): a few QueryReaders
// (lanes), each on its own thread with its own connections, fed from one
// queue on the owner's thread (the UI thread).
//
// Why more than one: a slow query (a hidden page loading 500,000 residents
// for its picker) must not hold up the page the person is looking at. When a
// lane is free the pool picks, on its own thread, the oldest query whose
// receiver is on screen (or has no widget at all: the shell's counters, the
// service itself); queries of hidden widgets run too, but on at most
// lanes - 1 lanes at a time, so one lane is always left for what is shown.
// A receiver's queries run one at a time in the order posted, so its answers
// arrive in order. A query whose receiver was destroyed before it ran is
// dropped without running.
//
// Thread affinity: create, open() and post() on the owner's thread;
// markStale() from any thread.
class QueryReaderPool : public QObject
{
    Q_OBJECT
public:
    // Runs on a lane's thread; returns what to call on the owner's thread.
    using Job = std::function<std::function<void()>(const QueryContext &)>;
    // On the owner's thread with the job's result (empty when dropped).
    using Done = std::function<void(std::function<void()> deliver)>;

    QueryReaderPool(QString dataDir, int lanes, QObject *parent = nullptr);
    ~QueryReaderPool() override; // waits for running queries, joins the threads

    core::Status open(); // opens every lane's connections (blocking)
    // Lane 0's reader, for work the service runs on it directly (submission
    // outcomes, author sequences); interleaves with the queries it runs.
    QueryReader *primary() const;
    void markStale(); // a block was committed; any thread

    // `receiver` null: a query nobody owns (always treated as on screen).
    void post(QObject *receiver, Job job, Done done);
    // Queries posted and not yet done: all, or those whose receiver is on
    // screen now (or has no widget).
    int pending() const;
    int pendingShown() const;

    // On screen: the nearest widget among `receiver` and its parents is
    // visible; true when there is no widget in that chain.
    static bool isShown(const QObject *receiver);

private:
    struct Entry {
        QPointer<QObject> receiver;
        const QObject *key = nullptr; // the receiver's address: its queries' order
        bool owned = false; // posted with a receiver
        Job job;
        Done done;
        QElapsedTimer posted;
        qint64 waitedMs = 0; // in the queue, before a lane took it
    };
    struct Lane {
        QThread thread;
        QueryReader *reader = nullptr;
        std::unique_ptr<Entry> running;
        bool background = false;
    };
    void scheduleSoon();
    void schedule();
    void dropOrphans();
    void dispatch();
    void start(Lane &lane, std::unique_ptr<Entry> entry, bool background);
    void finished(Lane &lane, std::function<void()> deliver);

    std::vector<std::unique_ptr<Lane>> m_lanes;
    std::deque<std::unique_ptr<Entry>> m_queue;
    bool m_scheduled = false; // a schedule() is queued
    bool m_scheduling = false;
    bool m_again = false;
};

} // namespace ledger::service
