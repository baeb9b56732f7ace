#include "ledger/store/RaftLogStore.h"

#include "ledger/raft/ConfChange.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QVariant>

namespace ledger::store {

using core::ErrorCode;
using core::fail;
using raft::Entry;
using raft::EntryType;
using raft::HardState;
using raft::Index;
using raft::Term;

namespace {
constexpr int FormatVersion = 1;

// One statement per entry (trigger bodies contain semicolons). Created in the same
// transaction as the first rows, so a crash during creation leaves no half store.
const char *const Schema[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value INTEGER NOT NULL)",
    "CREATE TABLE hard_state( "
    "  id INTEGER PRIMARY KEY CHECK(id = 1), "
    "  term INTEGER NOT NULL, "
    "  vote INTEGER NOT NULL, "
    "  commit_index INTEGER NOT NULL)",
    "CREATE TABLE entries( "
    "  idx INTEGER PRIMARY KEY CHECK(idx >= 1), "
    "  term INTEGER NOT NULL, "
    "  type INTEGER NOT NULL CHECK(type IN (0, 1)), "
    "  data BLOB NOT NULL)",
    // confEntries() reads this partial index instead of scanning the log.
    "CREATE INDEX entries_conf ON entries(idx) WHERE type = 1",
    // Second line of defence behind persist()'s checks: the log only ever grows by
    // its next index (a suffix is deleted first) and rows are never rewritten.
    "CREATE TRIGGER entries_consecutive BEFORE INSERT ON entries "
    "  WHEN NEW.idx <> 1 + coalesce((SELECT max(idx) FROM entries), 0) "
    "  BEGIN SELECT RAISE(ABORT, 'raft entries must be consecutive'); END",
    "CREATE TRIGGER entries_no_update BEFORE UPDATE ON entries "
    "  BEGIN SELECT RAISE(ABORT, 'raft entries are replaced only by truncation'); END",
    // The incarnation is the node's identity for bug 11: it never changes.
    "CREATE TRIGGER meta_fixed_u BEFORE UPDATE ON meta "
    "  BEGIN SELECT RAISE(ABORT, 'raft meta rows are fixed'); END",
    "CREATE TRIGGER meta_fixed_d BEFORE DELETE ON meta "
    "  BEGIN SELECT RAISE(ABORT, 'raft meta rows are fixed'); END",
};

// SQLite integers are signed 64-bit; terms, node ids and incarnations are stored
// bit for bit (a hostile peer may claim a term above 2^63).
qint64 toSql(std::uint64_t v)
{
    return static_cast<qint64>(v);
}

std::uint64_t fromSql(const QVariant &v)
{
    return static_cast<std::uint64_t>(v.toLongLong());
}

core::Error corrupt(const QString &detail, const QString &path)
{
    return core::Error(ErrorCode::Corrupt, detail).inFile(path);
}

core::Status checkAppendable(const std::vector<Entry> &entries, Index lastIndex)
{
    if (entries.empty())
        return {};
    const Index first = entries.front().index;
    if (first == 0 || first > lastIndex + 1)
        return fail(ErrorCode::BadValue, QStringLiteral("append leaves a gap in the log"),
                    QStringLiteral("index"));
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (entries[i].index != first + i)
            return fail(ErrorCode::BadValue, QStringLiteral("entries are not consecutive"),
                        QStringLiteral("index"));
        if (entries[i].type != EntryType::Normal && entries[i].type != EntryType::ConfChange)
            return fail(ErrorCode::BadType, QStringLiteral("unknown entry type"),
                        QStringLiteral("type"));
    }
    return {};
}

core::Result<Entry> readEntry(const QSqlQuery &q, const QString &path)
{
    Entry e;
    e.index = fromSql(q.value(0));
    e.term = fromSql(q.value(1));
    const int type = q.value(2).toInt();
    if (type != int(EntryType::Normal) && type != int(EntryType::ConfChange))
        return fail(corrupt(QStringLiteral("unknown entry type in the raft log"), path));
    e.type = EntryType(type);
    e.data = q.value(3).toByteArray();
    return e;
}
} // namespace

RaftLogStore::RaftLogStore() = default;
RaftLogStore::~RaftLogStore() = default;

QString RaftLogStore::pathIn(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("raft.db"));
}

core::Result<std::unique_ptr<RaftLogStore>> RaftLogStore::create(const QString &path)
{
    std::uint64_t incarnation = 0;
    while (incarnation == 0)
        incarnation = QRandomGenerator::system()->generate64();
    return createWith(path, incarnation, std::nullopt, {});
}

core::Result<std::unique_ptr<RaftLogStore>>
RaftLogStore::createGenesis(const QString &path, const std::vector<raft::NodeId> &voters)
{
    raft::ConfChange boot;
    boot.type = raft::ConfChangeType::Bootstrap;
    boot.voters = voters;
    return createWith(path, 0, HardState { 1, raft::NoNode, 1 },
                      { Entry { 1, 1, EntryType::ConfChange, boot.encode() } });
}

core::Result<std::unique_ptr<RaftLogStore>>
RaftLogStore::createWith(const QString &path, std::uint64_t incarnation,
                         const std::optional<HardState> &hardState,
                         const std::vector<Entry> &entries)
{
    if (QFileInfo::exists(path))
        return fail(
            core::Error(ErrorCode::Conflict, QStringLiteral("a raft log already exists here"))
                .inFile(path));
    const auto removeAll = [&path] {
        for (const char *suffix : { "", "-wal", "-shm", "-journal" })
            QFile::remove(path + QString::fromLatin1(suffix));
    };
    auto created = [&]() -> core::Result<std::unique_ptr<RaftLogStore>> {
        std::unique_ptr<RaftLogStore> s(new RaftLogStore);
        GONGZHI_CHECK(s->m_db.open(path));
        GONGZHI_CHECK(s->m_db.begin());
        core::Status st = s->initSchema(incarnation);
        if (st)
            st = s->prepareStatements();
        if (st)
            st = s->writeHardState(hardState.value_or(HardState {}));
        if (st)
            st = s->writeEntries(entries);
        if (st)
            st = s->m_db.commit();
        if (!st) {
            s->m_db.rollback();
            return fail(st.error());
        }
        GONGZHI_CHECK(s->loadState());
        return s;
    }();
    if (!created)
        removeAll(); // nothing half-created may be mistaken for a node's identity
    return created;
}

core::Result<std::unique_ptr<RaftLogStore>> RaftLogStore::open(const QString &path)
{
    if (!QFileInfo::exists(path))
        return fail(core::Error(ErrorCode::NotFound, QStringLiteral("no raft log")).inFile(path));
    std::unique_ptr<RaftLogStore> s(new RaftLogStore);
    GONGZHI_CHECK(s->m_db.open(path));
    GONGZHI_CHECK(s->loadState());
    GONGZHI_CHECK(s->prepareStatements());
    return s;
}

core::Status RaftLogStore::initSchema(std::uint64_t incarnation)
{
    for (const char *statement : Schema)
        GONGZHI_CHECK(m_db.exec(QString::fromLatin1(statement)));
    auto meta
        = GONGZHI_TRY(m_db.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?)")));
    const std::pair<const char *, qint64> rows[] = {
        { "format", FormatVersion },
        { "incarnation", toSql(incarnation) },
    };
    for (const auto &[key, value] : rows) {
        meta.bindValue(0, QString::fromLatin1(key));
        meta.bindValue(1, value);
        GONGZHI_CHECK(m_db.run(meta));
    }
    return m_db.exec(
        QStringLiteral("INSERT INTO hard_state(id, term, vote, commit_index) VALUES(1, 0, 0, 0)"));
}

core::Status RaftLogStore::prepareStatements()
{
    m_selectTerm
        = GONGZHI_TRY(m_db.prepare(QStringLiteral("SELECT term FROM entries WHERE idx = ?")));
    m_selectRange = GONGZHI_TRY(m_db.prepare(QStringLiteral(
        "SELECT idx, term, type, data FROM entries WHERE idx >= ? AND idx < ? ORDER BY idx")));
    m_selectConf = GONGZHI_TRY(m_db.prepare(
        QStringLiteral("SELECT idx, term, type, data FROM entries WHERE type = 1 ORDER BY idx")));
    m_deleteFrom = GONGZHI_TRY(m_db.prepare(QStringLiteral("DELETE FROM entries WHERE idx >= ?")));
    m_insertEntry = GONGZHI_TRY(m_db.prepare(
        QStringLiteral("INSERT INTO entries(idx, term, type, data) VALUES(?, ?, ?, ?)")));
    m_updateHardState = GONGZHI_TRY(m_db.prepare(
        QStringLiteral("UPDATE hard_state SET term = ?, vote = ?, commit_index = ? WHERE id = 1")));
    for (QSqlQuery *q : { &m_selectTerm, &m_selectRange, &m_selectConf })
        q->setForwardOnly(true);
    return {};
}

// Reads everything the caches hold from the file, and checks that the log is whole.
core::Status RaftLogStore::loadState()
{
    const QString &path = m_db.path();
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                               "AND name IN ('meta', 'hard_state', 'entries')"))
        || !q.next())
        return fail(m_db.sqlError(QStringLiteral("read raft schema"), &q));
    if (q.value(0).toInt() != 3)
        return fail(
            corrupt(QStringLiteral("not a raft log (or its creation was interrupted)"), path));
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta")))
        return fail(m_db.sqlError(QStringLiteral("read raft meta"), &q));
    std::optional<std::uint64_t> incarnation;
    bool haveFormat = false;
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (key == QLatin1String("format")) {
            if (q.value(1).toInt() != FormatVersion)
                return fail(
                    core::Error(ErrorCode::BadVersion, QStringLiteral("unknown raft log format"))
                        .inFile(path));
            haveFormat = true;
        } else if (key == QLatin1String("incarnation")) {
            incarnation = fromSql(q.value(1));
        }
    }
    if (!haveFormat || !incarnation)
        return fail(corrupt(QStringLiteral("the raft log's meta table is incomplete"), path));

    if (!q.exec(QStringLiteral("SELECT term, vote, commit_index FROM hard_state WHERE id = 1")))
        return fail(m_db.sqlError(QStringLiteral("read hard state"), &q));
    if (!q.next())
        return fail(corrupt(QStringLiteral("the raft log has no hard state"), path));
    const HardState hardState { fromSql(q.value(0)), fromSql(q.value(1)), fromSql(q.value(2)) };

    if (!q.exec(QStringLiteral("SELECT count(*), coalesce(min(idx), 0), coalesce(max(idx), 0) "
                               "FROM entries"))
        || !q.next())
        return fail(m_db.sqlError(QStringLiteral("read log bounds"), &q));
    const auto count = fromSql(q.value(0));
    const Index last = fromSql(q.value(2));
    if (count != last || (count > 0 && fromSql(q.value(1)) != 1))
        return fail(corrupt(QStringLiteral("raft log entries are not contiguous from 1"), path));

    const Index cacheFirst = last > TermCacheSize ? last - TermCacheSize + 1 : 1;
    if (!q.prepare(QStringLiteral("SELECT idx, term FROM entries WHERE idx >= ? ORDER BY idx")))
        return fail(m_db.sqlError(QStringLiteral("prepare recent terms"), &q));
    q.bindValue(0, toSql(cacheFirst));
    if (!q.exec())
        return fail(m_db.sqlError(QStringLiteral("read recent terms"), &q));
    std::deque<Term> terms;
    while (q.next()) {
        if (fromSql(q.value(0)) != cacheFirst + terms.size())
            return fail(corrupt(QStringLiteral("raft log entries are not contiguous"), path));
        terms.push_back(fromSql(q.value(1)));
    }
    q.finish();

    m_incarnation = *incarnation;
    m_hardState = hardState;
    m_lastIndex = last;
    m_recentTerms = std::move(terms);
    m_broken = false;
    return {};
}

core::Status RaftLogStore::usable() const
{
    if (m_broken)
        return fail(core::Error(ErrorCode::Io,
                                QStringLiteral("the raft log could not be re-read after a failed "
                                               "write; reopen it"))
                        .inFile(m_db.path()));
    return {};
}

core::Result<raft::Storage::InitialState> RaftLogStore::initialState() const
{
    GONGZHI_CHECK(usable());
    return InitialState { m_hardState, m_incarnation };
}

core::Result<Index> RaftLogStore::lastIndex() const
{
    GONGZHI_CHECK(usable());
    return m_lastIndex;
}

core::Result<Term> RaftLogStore::term(Index index) const
{
    GONGZHI_CHECK(usable());
    if (index == 0)
        return Term { 0 };
    if (index > m_lastIndex)
        return fail(ErrorCode::NotFound, QStringLiteral("index beyond the log"),
                    QStringLiteral("index"));
    const Index cacheFirst = m_lastIndex + 1 - m_recentTerms.size();
    if (index >= cacheFirst)
        return m_recentTerms[index - cacheFirst];
    m_selectTerm.bindValue(0, toSql(index));
    if (!m_selectTerm.exec())
        return fail(m_db.sqlError(QStringLiteral("read term"), &m_selectTerm));
    const bool found = m_selectTerm.next();
    const Term t = found ? fromSql(m_selectTerm.value(0)) : 0;
    m_selectTerm.finish();
    if (!found)
        return fail(corrupt(QStringLiteral("raft log entry missing"), m_db.path())
                        .inField(QStringLiteral("index")));
    return t;
}

core::Result<std::vector<Entry>> RaftLogStore::entries(Index lo, Index hi,
                                                       std::size_t maxBytes) const
{
    GONGZHI_CHECK(usable());
    if (lo == 0 || lo > hi || hi > m_lastIndex + 1)
        return fail(ErrorCode::BadValue, QStringLiteral("entry range outside the log"),
                    QStringLiteral("range"));
    std::vector<Entry> out;
    if (lo == hi)
        return out;
    m_selectRange.bindValue(0, toSql(lo));
    m_selectRange.bindValue(1, toSql(hi));
    if (!m_selectRange.exec())
        return fail(m_db.sqlError(QStringLiteral("read entries"), &m_selectRange));
    std::size_t bytes = 0;
    bool full = false;
    core::Status st;
    while (m_selectRange.next()) {
        auto e = readEntry(m_selectRange, m_db.path());
        if (!e || e->index != lo + out.size()) {
            st = e
                ? fail(corrupt(QStringLiteral("raft log entries are not contiguous"), m_db.path()))
                : fail(e.error());
            break;
        }
        bytes += raft::entryBytes(*e);
        if (!out.empty() && bytes > maxBytes) {
            full = true;
            break;
        }
        out.push_back(std::move(*e));
    }
    m_selectRange.finish();
    GONGZHI_CHECK(st);
    if (!full && out.size() != hi - lo)
        return fail(corrupt(QStringLiteral("raft log entry missing"), m_db.path()));
    return out;
}

core::Result<std::vector<Entry>> RaftLogStore::confEntries() const
{
    GONGZHI_CHECK(usable());
    if (!m_selectConf.exec())
        return fail(m_db.sqlError(QStringLiteral("read configuration entries"), &m_selectConf));
    std::vector<Entry> out;
    core::Status st;
    while (m_selectConf.next()) {
        auto e = readEntry(m_selectConf, m_db.path());
        if (!e) {
            st = fail(e.error());
            break;
        }
        out.push_back(std::move(*e));
    }
    m_selectConf.finish();
    GONGZHI_CHECK(st);
    return out;
}

core::Status RaftLogStore::append(const std::vector<Entry> &entries)
{
    return persist(std::nullopt, entries);
}

core::Status RaftLogStore::setHardState(const HardState &state)
{
    return persist(state, {});
}

core::Status RaftLogStore::persist(const std::optional<HardState> &hardState,
                                   const std::vector<Entry> &entries)
{
    GONGZHI_CHECK(usable());
    if (!hardState && entries.empty())
        return {};
    GONGZHI_CHECK(checkAppendable(entries, m_lastIndex));
    // Ready.h step 1 and Raft §5.1: one COMMIT, so one fsync of the WAL
    // (synchronous=FULL) makes the entries and the vote durable together.
    core::Status st = m_db.begin();
    if (st)
        st = writeEntries(entries);
    if (st && hardState)
        st = writeHardState(*hardState);
    if (st)
        st = m_db.commit();
    if (!st) {
        m_db.rollback();
        // The caches must equal the file, whatever part of the failure SQLite undid.
        if (!loadState())
            m_broken = true;
        return fail(st.error());
    }
    if (!entries.empty())
        cacheAppended(entries);
    if (hardState)
        m_hardState = *hardState;
    return {};
}

core::Status RaftLogStore::writeEntries(const std::vector<Entry> &entries)
{
    if (entries.empty())
        return {};
    if (entries.front().index <= m_lastIndex) {
        m_deleteFrom.bindValue(0, toSql(entries.front().index));
        GONGZHI_CHECK(m_db.run(m_deleteFrom));
    }
    for (const Entry &e : entries) {
        m_insertEntry.bindValue(0, toSql(e.index));
        m_insertEntry.bindValue(1, toSql(e.term));
        m_insertEntry.bindValue(2, int(e.type));
        // A null QByteArray would bind as SQL NULL; an empty entry is an empty blob.
        m_insertEntry.bindValue(3, e.data.isNull() ? QByteArray("", 0) : e.data);
        GONGZHI_CHECK(m_db.run(m_insertEntry));
    }
    return {};
}

core::Status RaftLogStore::writeHardState(const HardState &state)
{
    m_updateHardState.bindValue(0, toSql(state.term));
    m_updateHardState.bindValue(1, toSql(state.vote));
    m_updateHardState.bindValue(2, toSql(state.commit));
    GONGZHI_CHECK(m_db.run(m_updateHardState));
    if (m_updateHardState.numRowsAffected() != 1)
        return fail(corrupt(QStringLiteral("the raft log has no hard state"), m_db.path()));
    return {};
}

// Called after the commit: keeps m_recentTerms the exact terms of the indexes just
// below m_lastIndex + 1, across truncation.
void RaftLogStore::cacheAppended(const std::vector<Entry> &entries)
{
    const Index first = entries.front().index;
    const Index cacheFirst = m_lastIndex + 1 - m_recentTerms.size();
    if (first <= cacheFirst)
        m_recentTerms.clear();
    else
        m_recentTerms.resize(first - cacheFirst);
    for (const Entry &e : entries)
        m_recentTerms.push_back(e.term);
    while (m_recentTerms.size() > TermCacheSize)
        m_recentTerms.pop_front();
    m_lastIndex = entries.back().index;
}

} // namespace ledger::store
