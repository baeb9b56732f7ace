#pragma once

#include "ledger/core/Result.h"
#include "ledger/raft/Storage.h"
#include "ledger/store/SqliteDatabase.h"

#include <QSqlQuery>

#include <deque>
#include <memory>
#include <optional>
#include <vector>

namespace ledger::store {

// raft::Storage on SQLite, in its own file (DIR/raft.db), apart from the block store:
// ledger.db is strictly append-only, while the Raft log must be able to drop an
// uncommitted suffix. Same durability rules as the block store (SqliteDatabase: WAL,
// synchronous=FULL): a write is durable (fsynced) when it returns successfully, and
// a crash at any moment leaves either all of a write or none of it.
//
// Behaves exactly like raft::MemoryStorage (the reference model; the differential test
// ledger.RaftLogStore holds it to that), except that a rejected write changes nothing
// and an entry of unknown EntryType is rejected rather than stored.
//
// Errors: BadValue / BadType for a write that breaks the contract (nothing written);
// NotFound / BadValue for reads outside the log, as MemoryStorage; Io for SQLite
// failures; Corrupt when the file does not hold a whole log. After a failed write the
// in-memory view is re-read from the file; if even that fails, every later call
// returns Io and the caller must reopen (the node restarts, Storage.h).
//
// Thread affinity: the thread that created or opened it (one SQLite connection).
// Not copyable; one RaftLogStore per file per process.
class RaftLogStore final : public raft::Storage
{
public:
    // The conventional location of the Raft log inside a node's data directory.
    static QString pathIn(const QString &dataDir);

    // A joining node's empty storage: HardState {0, NoNode, 0}, no entries, and a
    // random non-zero incarnation (QRandomGenerator::system()), so a wiped and
    // recreated storage is a new member (RELIABILITY.md bug 11). Fails with Conflict if
    // `path` exists. (A -wal left beside a deleted database is discarded by SQLite, which
    // drops the WAL of an empty database file on open.) Created in one transaction: a
    // crash during creation leaves an empty file, which open() refuses as Corrupt.
    static core::Result<std::unique_ptr<RaftLogStore>> create(const QString &path);
    // A genesis member's storage, as raft::MemoryStorage::genesis: entry 1 (term 1) is
    // the Bootstrap ConfChange of `voters`, HardState {1, NoNode, 1}, incarnation 0.
    static core::Result<std::unique_ptr<RaftLogStore>>
    createGenesis(const QString &path, const std::vector<raft::NodeId> &voters);
    // Opens an existing storage and checks that its log is whole (indexes 1..n).
    static core::Result<std::unique_ptr<RaftLogStore>> open(const QString &path);

    ~RaftLogStore() override;
    RaftLogStore(const RaftLogStore &) = delete;
    RaftLogStore &operator=(const RaftLogStore &) = delete;

    // raft::Storage. lastIndex(), initialState() and term() of the last TermCacheSize
    // indexes are answered from memory; the caches change only after a commit
    // succeeds, so they always equal the file.
    core::Result<InitialState> initialState() const override;
    core::Result<raft::Index> lastIndex() const override;
    core::Result<raft::Term> term(raft::Index index) const override;
    // One range query, read only as far as maxBytes allows (at least one entry).
    core::Result<std::vector<raft::Entry>> entries(raft::Index lo, raft::Index hi,
                                                   std::size_t maxBytes) const override;
    // From a partial index over ConfChange entries: no scan of the log.
    core::Result<std::vector<raft::Entry>> confEntries() const override;

    // One SQL transaction: delete every entry at index >= entries.front().index, insert
    // `entries`. Entries must be consecutive, start at 1 <= first <= lastIndex() + 1
    // and have a known EntryType; otherwise BadValue/BadType and nothing is written.
    // Empty `entries`: nothing to do. Durable when it returns successfully.
    core::Status append(const std::vector<raft::Entry> &entries) override;
    // Durable when it returns successfully.
    core::Status setHardState(const raft::HardState &state) override;

    // A Ready's writes (Ready.h step 1) in ONE transaction, hence one fsync: `entries`
    // as append() and `hardState` (if set) as setHardState(), both or neither. It
    // satisfies both contracts: when it returns successfully both are durable, which is
    // all Ready.h requires before the Ready's messages are sent; when it fails nothing
    // was written. Nothing to do when `hardState` is unset and `entries` empty.
    core::Status persist(const std::optional<raft::HardState> &hardState,
                         const std::vector<raft::Entry> &entries);

    const QString &path() const { return m_db.path(); }
    // PRAGMA integrity_check: "ok" or the problems found.
    core::Result<QString> integrityCheck() { return m_db.integrityCheck(); }
    // This connection stops checkpointing (a WalCheckpointer does, off its
    // thread), and truncates the WAL file to `walSizeLimit` bytes when it starts
    // it over (-1: never; PRAGMA journal_size_limit).
    core::Status handOverCheckpoints(std::int64_t walSizeLimit)
    {
        GONGZHI_CHECK(m_db.exec(QStringLiteral("PRAGMA journal_size_limit=%1").arg(walSizeLimit)));
        return m_db.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
    }

    // How many of the most recent terms are kept in memory.
    static constexpr std::size_t TermCacheSize = 256;

private:
    RaftLogStore();
    static core::Result<std::unique_ptr<RaftLogStore>>
    createWith(const QString &path, std::uint64_t incarnation,
               const std::optional<raft::HardState> &hardState,
               const std::vector<raft::Entry> &entries);
    core::Status initSchema(std::uint64_t incarnation);
    core::Status prepareStatements();
    core::Status loadState();
    core::Status usable() const;
    core::Status writeEntries(const std::vector<raft::Entry> &entries);
    core::Status writeHardState(const raft::HardState &state);
    void cacheAppended(const std::vector<raft::Entry> &entries);

    SqliteDatabase m_db;
    std::uint64_t m_incarnation = 0;
    raft::HardState m_hardState;
    raft::Index m_lastIndex = 0;
    // Terms of indexes [m_lastIndex - m_recentTerms.size() + 1, m_lastIndex].
    std::deque<raft::Term> m_recentTerms;
    bool m_broken = false;
    mutable QSqlQuery m_selectTerm;
    mutable QSqlQuery m_selectRange;
    mutable QSqlQuery m_selectConf;
    QSqlQuery m_deleteFrom;
    QSqlQuery m_insertEntry;
    QSqlQuery m_updateHardState;
};

} // namespace ledger::store
