#pragma once

#include <QString>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>
#include <vector>

struct sqlite3;

namespace ledger::store {

// Copies SQLite write-ahead logs back into their databases on a thread of its
// own, so that the node thread never does (issue 5). A checkpoint syncs the WAL
// and then the database file; with synchronous=NORMAL the WAL holds tens of
// megabytes of unsynced pages by then, and the node thread stalled for 100-300 ms
// inside a commit that happened to trigger it (p99 commit latency).
//
// The databases' own connections turn auto-checkpoints off
// (PRAGMA wal_autocheckpoint=0) and truncate the WAL file when they start it
// over (journal_size_limit, below the threshold here), and keep writing. The
// Raft log's WAL is never truncated (LedgerNode::open): it stays at about its
// threshold, so every pass that finds new frames in it copies them, a little at
// a time, and the writer starts it over often. This thread opens its own
// connection to each file and runs PASSIVE checkpoints, which never block a
// writer or a reader: they copy what no reader still needs and try again later.
// SQLite's locks keep the two connections consistent (the same library in one
// process). A WAL that PASSIVE passes cannot bring back to its threshold (the
// writer never pauses) gets a RESTART checkpoint, which holds commits back for
// the few milliseconds it needs. A database is checkpointed when its WAL passes its threshold,
// checked every `intervalMs`.
class WalCheckpointer
{
public:
    struct Database {
        QString path;
        std::int64_t thresholdBytes = 8 * 1024 * 1024;
    };

    explicit WalCheckpointer(std::vector<Database> databases, int intervalMs = 100);
    ~WalCheckpointer(); // stops the thread; a checkpoint in progress finishes first
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Checkpoints that copied frames, for tests and logs.
    std::uint64_t checkpoints() const { return m_checkpoints.load(); }

private:
    void run();
    // walBytes: the WAL file's size as run() found it (a PASSIVE pass never shrinks it).
    void checkpoint(std::size_t i, std::int64_t walBytes);

    const std::vector<Database> m_databases;
    const int m_intervalMs;
    std::vector<sqlite3 *> m_connections; // opened on the thread, lazily
    std::vector<char> m_warned; // the WAL is over WarnBytes and we said so
    std::vector<int> m_lastLogFrames; // as the last checkpoint reported
    std::atomic<std::uint64_t> m_checkpoints { 0 };
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread; // last: starts after everything above exists
};

} // namespace ledger::store
