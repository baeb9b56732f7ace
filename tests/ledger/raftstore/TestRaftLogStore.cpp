// ledger::store::RaftLogStore against its reference model raft::MemoryStorage: a seeded
// differential run, contract checks, identity (incarnation) rules, and a child process
// (this binary re-run with --raftlog-child) SIGKILLed while it persists Ready batches.
#include "ledger/core/Enforce.h"
#include "ledger/raft/ConfChange.h"
#include "ledger/raft/MemoryStorage.h"
#include "ledger/store/RaftLogStore.h"
#include "tests/support/TempDir.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <cstdio>
#include <limits>
#include <random>

using namespace ledger;
using core::ErrorCode;
using raft::Entry;
using raft::EntryType;
using raft::HardState;
using raft::Index;
using raft::MemoryStorage;
using raft::Storage;
using raft::Term;
using store::RaftLogStore;

namespace {

using Rng = std::mt19937_64;

std::uint64_t below(Rng &rng, std::uint64_t n) // uniform in [0, n), n > 0
{
    return std::uniform_int_distribution<std::uint64_t>(0, n - 1)(rng);
}

bool chance(Rng &rng, int percent)
{
    return below(rng, 100) < std::uint64_t(percent);
}

QByteArray randomBytes(Rng &rng, std::size_t size)
{
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    for (char &c : out)
        c = char(below(rng, 256));
    return out;
}

// Entries [first, first + count) with terms never below `term`, some of them
// ConfChange, data from empty (null or not) to a few KB.
std::vector<Entry> makeEntries(Rng &rng, Index first, Term term, std::size_t count)
{
    std::vector<Entry> out;
    for (std::size_t i = 0; i < count; ++i) {
        if (chance(rng, 10))
            term += 1 + below(rng, 3);
        Entry e {
            term, first + i, chance(rng, 12) ? EntryType::ConfChange : EntryType::Normal, {}
        };
        const auto roll = below(rng, 100);
        if (roll < 5)
            e.data = QByteArray();
        else if (roll < 8)
            e.data = QByteArray("", 0);
        else
            e.data = randomBytes(rng, roll < 97 ? below(rng, 300) : 1000 + below(rng, 4000));
        out.push_back(std::move(e));
    }
    return out;
}

// Equal values, or errors with equal codes.
template<class T>
bool same(const core::Result<T> &a, const core::Result<T> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return a ? *a == *b : a.error().code == b.error().code;
}

QString str(const HardState &h)
{
    return QStringLiteral("{%1,%2,%3}").arg(h.term).arg(h.vote).arg(h.commit);
}

// The first way `store` differs from `model`, or an empty string. With `rng`, also
// compares random entry ranges under random byte limits.
QString difference(const Storage &model, const Storage &store, Rng *rng)
{
    const auto mi = *model.initialState();
    const auto si = store.initialState();
    if (!si)
        return QStringLiteral("initialState: ") + si.error().toString();
    if (si->hardState != mi.hardState)
        return QStringLiteral("hard state %1, model %2").arg(str(si->hardState), str(mi.hardState));
    if (si->incarnation != mi.incarnation)
        return QStringLiteral("incarnation %1, model %2").arg(si->incarnation).arg(mi.incarnation);
    const Index last = *model.lastIndex();
    if (!same(store.lastIndex(), model.lastIndex()))
        return QStringLiteral("lastIndex differs from the model's %1").arg(last);
    for (Index i = 0; i <= last; ++i) {
        if (!same(store.term(i), model.term(i)))
            return QStringLiteral("term(%1)").arg(i);
    }
    const auto beyond = store.term(last + 1);
    if (beyond || beyond.error().code != ErrorCode::NotFound)
        return QStringLiteral("term(lastIndex + 1) is not NotFound");
    const auto all = store.entries(1, last + 1, std::numeric_limits<std::size_t>::max());
    if (!all || *all != *model.entries(1, last + 1, std::numeric_limits<std::size_t>::max()))
        return QStringLiteral("entries(1, %1)").arg(last + 1);
    if (!same(store.confEntries(), model.confEntries()))
        return QStringLiteral("confEntries");
    const std::pair<Index, Index> badRanges[] = { { 0, 1 }, { 1, last + 2 }, { last + 1, last } };
    for (auto [lo, hi] : badRanges) {
        const auto bad = store.entries(lo, hi, 1000);
        if (bad || bad.error().code != ErrorCode::BadValue)
            return QStringLiteral("entries(%1, %2) is not BadValue").arg(lo).arg(hi);
    }
    if (rng) {
        const std::size_t limits[] = { 0, 1, 100, 324, 1000, 5000, 100000 };
        for (int k = 0; k < 4; ++k) {
            const Index lo = 1 + below(*rng, last + 1);
            const Index hi = lo + below(*rng, last + 2 - lo);
            const std::size_t maxBytes = limits[below(*rng, std::size(limits))];
            const auto got = store.entries(lo, hi, maxBytes);
            if (!got || *got != *model.entries(lo, hi, maxBytes))
                return QStringLiteral("entries(%1, %2, %3)").arg(lo).arg(hi).arg(maxBytes);
        }
    }
    return {};
}

// Ready-like batches for the crash test, chosen only from `rng` and the storage's
// state, so the parent replays exactly what the child wrote. Like a real node: the
// commit index never regresses and only entries above it are ever truncated.
struct Batch {
    std::optional<HardState> hardState;
    std::vector<Entry> entries;
};

Batch nextBatch(Rng &rng, const Storage &s)
{
    const Index last = *s.lastIndex();
    const HardState hs = s.initialState()->hardState;
    Batch b;
    Index newLast = last;
    if (chance(rng, 85)) {
        const Index uncommitted = last - hs.commit;
        const Index back = chance(rng, 20) && uncommitted > 0
            ? 1 + below(rng, std::min<Index>(uncommitted, 8))
            : 0;
        const Index first = last + 1 - back;
        const Term term = std::max(*s.term(first - 1), hs.term) + (back > 0 ? 1 : 0);
        b.entries = makeEntries(rng, first, term, 1 + below(rng, 64));
        newLast = b.entries.back().index;
    }
    if (b.entries.empty() || chance(rng, 60)) {
        HardState next = hs;
        if (chance(rng, 25)) {
            next.term = std::max(hs.term, b.entries.empty() ? 0 : b.entries.back().term) + 1;
            next.vote = 1 + below(rng, 5);
        }
        next.commit = std::min(newLast, hs.commit + below(rng, 40));
        b.hardState = next;
    }
    return b;
}

void applyToModel(MemoryStorage &model, const Batch &b)
{
    GONGZHI_ENFORCE(model.append(b.entries).has_value(), "model append");
    if (b.hardState)
        GONGZHI_ENFORCE(model.setHardState(*b.hardState).has_value(), "model setHardState");
}

QByteArray summary(const Storage &s)
{
    const HardState h = s.initialState()->hardState;
    return QByteArrayLiteral("persisted ") + QByteArray::number(*s.lastIndex()) + ' '
        + QByteArray::number(h.term) + ' ' + QByteArray::number(h.vote) + ' '
        + QByteArray::number(h.commit);
}

// Child mode: persists batches until killed, printing the state after each persist().
int runChild(const QString &path, std::uint64_t seed)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    auto s = RaftLogStore::open(path);
    if (!s) {
        std::fprintf(stderr, "open: %s\n", qPrintable(s.error().toString()));
        return 1;
    }
    Rng rng(seed);
    QElapsedTimer alive;
    alive.start();
    while (alive.elapsed() < 60000) { // never outlives a test that forgot it
        const Batch b = nextBatch(rng, **s);
        if (auto st = (*s)->persist(b.hardState, b.entries); !st) {
            std::fprintf(stderr, "persist: %s\n", qPrintable(st.error().toString()));
            return 1;
        }
        std::printf("%s\n", summary(**s).constData());
    }
    return 0;
}

std::unique_ptr<RaftLogStore> mustOpen(const QString &path)
{
    auto s = RaftLogStore::open(path);
    if (!s)
        qFatal("open %s: %s", qPrintable(path), qPrintable(s.error().toString()));
    return std::move(*s);
}

} // namespace

class TestRaftLogStore : public QObject
{
    Q_OBJECT

private slots:
    void randomOperations_matchMemoryStorage_data()
    {
        QTest::addColumn<bool>("genesis");
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<int>("operations");
        QTest::newRow("joining, seed 1") << false << quint64(1) << 2500;
        QTest::newRow("genesis, seed 2") << true << quint64(2) << 2500;
    }

    // Every operation is applied to both storages and everything observable compared
    // after it; contract violations must be refused by the store with nothing changed.
    void randomOperations_matchMemoryStorage()
    {
        QFETCH(bool, genesis);
        QFETCH(quint64, seed);
        QFETCH(int, operations);
        tests::TempDir dir;
        const QString path = RaftLogStore::pathIn(dir.path());
        const std::vector<raft::NodeId> voters { 1, 2, 3 };
        auto created
            = genesis ? RaftLogStore::createGenesis(path, voters) : RaftLogStore::create(path);
        QVERIFY2(created, created ? "" : qPrintable(created.error().toString()));
        std::unique_ptr<RaftLogStore> s = std::move(*created);
        MemoryStorage model = genesis ? MemoryStorage::genesis(voters)
                                      : MemoryStorage(s->initialState()->incarnation);
        Rng rng(seed);
        int truncations = 0, refused = 0, reopens = 0, deepTruncations = 0;
        Index maxLast = 0;
        for (int op = 0; op < operations; ++op) {
            const Index last = *model.lastIndex();
            maxLast = std::max(maxLast, last);
            const auto roll = below(rng, 100);
            QString what;
            auto randomHardState = [&] {
                const HardState h = model.hardState();
                const bool huge = chance(rng, 3);
                return HardState { huge ? ~std::uint64_t(below(rng, 5)) : h.term + below(rng, 2),
                                   chance(rng, 30) ? raft::NoNode
                                                   : (huge ? ~std::uint64_t(0) : 1 + below(rng, 7)),
                                   below(rng, last + 1) };
            };
            auto validEntries = [&](bool mayBeEmpty) {
                // Mostly growth, some short suffixes replaced (a new leader's log), a few
                // deep truncations below the term cache.
                Index first = last + 1;
                if (last > 700 || chance(rng, 3))
                    first = 1 + below(rng, last + 1);
                else if (chance(rng, 15))
                    first = last + 1 - below(rng, std::min<Index>(last, 20) + 1);
                const std::size_t count
                    = mayBeEmpty && chance(rng, 10) ? 0 : 1 + below(rng, chance(rng, 20) ? 60 : 8);
                const Term term = *model.term(first - 1) + below(rng, 2);
                return makeEntries(rng, first, chance(rng, 2) ? ~std::uint64_t(0) - 100 : term,
                                   count);
            };
            auto countTruncation = [&](const std::vector<Entry> &entries) {
                if (!entries.empty() && entries.front().index <= last) {
                    ++truncations;
                    if (last - entries.front().index >= RaftLogStore::TermCacheSize)
                        ++deepTruncations;
                }
            };
            if (roll < 30) {
                const auto entries = validEntries(true);
                countTruncation(entries);
                what = QStringLiteral("append %1 from %2")
                           .arg(entries.size())
                           .arg(entries.empty() ? 0 : entries.front().index);
                QVERIFY(model.append(entries).has_value());
                auto st = s->append(entries);
                QVERIFY2(st, st ? "" : qPrintable(st.error().toString()));
            } else if (roll < 45) {
                const HardState h = randomHardState();
                what = QStringLiteral("setHardState ") + str(h);
                QVERIFY(model.setHardState(h).has_value());
                QVERIFY(s->setHardState(h).has_value());
            } else if (roll < 75) {
                const auto entries = validEntries(true);
                countTruncation(entries);
                std::optional<HardState> h;
                if (chance(rng, 60))
                    h = randomHardState();
                what = QStringLiteral("persist %1 entries, hard state %2")
                           .arg(entries.size())
                           .arg(h ? str(*h) : QStringLiteral("-"));
                QVERIFY(model.append(entries).has_value());
                if (h)
                    QVERIFY(model.setHardState(*h).has_value());
                auto st = s->persist(h, entries);
                QVERIFY2(st, st ? "" : qPrintable(st.error().toString()));
            } else if (roll < 80) {
                what = QStringLiteral("reopen");
                s.reset();
                s = mustOpen(path);
                ++reopens;
            } else {
                // A contract violation, through append() or persist() with a hard state
                // that must not be written either.
                std::vector<Entry> bad = validEntries(false);
                ErrorCode expected = ErrorCode::BadValue;
                switch (below(rng, 4)) {
                case 0: { // gap
                    const Index start = last + 2 + below(rng, 3);
                    for (std::size_t i = 0; i < bad.size(); ++i)
                        bad[i].index = start + i;
                    what = QStringLiteral("gap");
                    break;
                }
                case 1: // starts at 0
                    for (std::size_t i = 0; i < bad.size(); ++i)
                        bad[i].index = i;
                    what = QStringLiteral("index 0");
                    break;
                case 2: // not consecutive
                    bad.push_back(bad.back());
                    bad.back().index += chance(rng, 50) ? 0 : 2;
                    what = QStringLiteral("not consecutive");
                    break;
                default:
                    bad[below(rng, bad.size())].type = EntryType(2 + below(rng, 200));
                    expected = ErrorCode::BadType;
                    what = QStringLiteral("bad type");
                }
                const auto st
                    = chance(rng, 50) ? s->append(bad) : s->persist(randomHardState(), bad);
                QVERIFY2(!st, qPrintable(what));
                QCOMPARE(st.error().code, expected);
                ++refused;
            }
            const QString diff = difference(model, *s, &rng);
            QVERIFY2(diff.isEmpty(),
                     qPrintable(QStringLiteral("operation %1 (%2): %3").arg(op).arg(what, diff)));
        }
        s.reset();
        s = mustOpen(path);
        const QString diff = difference(model, *s, &rng);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE((*s->integrityCheck()), QStringLiteral("ok"));
        // The run really exercised what it claims to.
        maxLast = std::max(maxLast, *model.lastIndex());
        qInfo("%d truncations (%d below the term cache), %d refused, %d reopens, longest log %llu",
              truncations, deepTruncations, refused, reopens,
              static_cast<unsigned long long>(maxLast));
        QVERIFY(truncations > 50);
        QVERIFY(deepTruncations > 5);
        QVERIFY(refused > 100);
        QVERIFY(reopens > 50);
        QVERIFY(!model.confEntries()->empty());
    }

    void termCache_exactAcrossTruncationBelowIt()
    {
        tests::TempDir dir;
        const QString path = RaftLogStore::pathIn(dir.path());
        auto s = std::move(*RaftLogStore::create(path));
        MemoryStorage model(s->initialState()->incarnation);
        Rng rng(7);
        const std::pair<Index, std::size_t> steps[]
            = { { 1, 600 }, { 100, 5 }, { 105, 1 }, { 50, 300 }, { 349, 2 }, { 1, 1 } };
        for (auto [first, count] : steps) {
            const auto entries = makeEntries(rng, first, first, count);
            QVERIFY(model.append(entries).has_value());
            QVERIFY(s->append(entries).has_value());
            const QString diff = difference(model, *s, nullptr);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
    }

    void freshCreations_haveDistinctNonZeroIncarnations_genesisHasZero()
    {
        tests::TempDir dir;
        const QString a = dir.file(QStringLiteral("a.db"));
        const QString b = dir.file(QStringLiteral("b.db"));
        const auto incA = (*RaftLogStore::create(a))->initialState()->incarnation;
        const auto incB = (*RaftLogStore::create(b))->initialState()->incarnation;
        QVERIFY(incA != 0);
        QVERIFY(incB != 0);
        QVERIFY(incA != incB);
        QCOMPARE(mustOpen(a)->initialState()->incarnation, incA);

        // Bug 11: a wiped and recreated storage is a new member.
        QVERIFY(QFile::remove(a));
        const auto incA2 = (*RaftLogStore::create(a))->initialState()->incarnation;
        QVERIFY(incA2 != 0);
        QVERIFY(incA2 != incA);

        const QString g = dir.file(QStringLiteral("g.db"));
        const std::vector<raft::NodeId> voters { 4, 9, 2 };
        QVERIFY(RaftLogStore::createGenesis(g, voters).has_value());
        const auto opened = mustOpen(g);
        QCOMPARE(opened->initialState()->incarnation, std::uint64_t(0));
        const QString diff = difference(MemoryStorage::genesis(voters), *opened, nullptr);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        const auto boot = raft::ConfChange::decode((*opened->confEntries()).at(0).data);
        QVERIFY(boot.has_value());
        QCOMPARE(boot->voters, voters);
    }

    void create_refusesAnExistingFile_openRefusesAMissingOne()
    {
        tests::TempDir dir;
        const QString path = RaftLogStore::pathIn(dir.path());
        QVERIFY(RaftLogStore::create(path).has_value());
        const auto again = RaftLogStore::create(path);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        const auto missing = RaftLogStore::open(dir.file(QStringLiteral("none.db")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void open_refusesALogWithAHole()
    {
        tests::TempDir dir;
        const QString path = RaftLogStore::pathIn(dir.path());
        {
            auto s = std::move(*RaftLogStore::create(path));
            Rng rng(4);
            QVERIFY(s->append(makeEntries(rng, 1, 1, 20)).has_value());
        }
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            // The triggers refuse rewriting or skipping an index...
            QVERIFY(!q.exec(QStringLiteral("UPDATE entries SET term = 9 WHERE idx = 3")));
            QVERIFY(!q.exec(QStringLiteral("INSERT INTO entries VALUES(22, 1, 0, x'00')")));
            QVERIFY(!q.exec(QStringLiteral("UPDATE meta SET value = 0 WHERE key = 'incarnation'")));
            // ...but a hole made behind the store's back is found on open.
            QVERIFY(q.exec(QStringLiteral("DELETE FROM entries WHERE idx = 7")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        const auto s = RaftLogStore::open(path);
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::Corrupt);
    }

    // What a crash during create() leaves (an empty file) is not a storage to use.
    void open_refusesAnEmptyOrForeignDatabase()
    {
        tests::TempDir dir;
        const QString empty = dir.file(QStringLiteral("empty.db"));
        {
            QFile f(empty);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        auto s = RaftLogStore::open(empty);
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::Corrupt);

        const QString foreign = dir.file(QStringLiteral("foreign.db"));
        {
            auto db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(foreign);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE meta(key TEXT, value INTEGER)")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        s = RaftLogStore::open(foreign);
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::Corrupt);
    }

    void confEntries_readThePartialIndex_notTheLog()
    {
        tests::TempDir dir;
        const QString path = RaftLogStore::pathIn(dir.path());
        QVERIFY(RaftLogStore::createGenesis(path, { 1 }).has_value());
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plan"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT idx, term, type, data FROM "
                                          "entries WHERE type = 1 ORDER BY idx")));
            QStringList plan;
            while (q.next())
                plan << q.value(3).toString();
            q.finish();
            db.close();
            QVERIFY2(
                plan.join(QLatin1Char(' ')).contains(QStringLiteral("USING INDEX entries_conf")),
                qPrintable(plan.join(QLatin1Char(' '))));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plan"));
    }

    // A child persists Ready batches and is SIGKILLed at random moments. After each kill
    // the store must pass integrity_check and hold exactly the state after the last
    // persist() it reported, or after the one that returned before it could report:
    // never less (persisted state does not regress), never a torn batch.
    void killedWriter_keepsEveryPersistedReady()
    {
        tests::TempDir dir;
        const QString path = RaftLogStore::pathIn(dir.path());
        auto created = RaftLogStore::create(path);
        QVERIFY(created.has_value());
        MemoryStorage model((*created)->initialState()->incarnation);
        created->reset();
        Rng timing(11);
        int killedRunning = 0, unreported = 0;
        std::size_t reported = 0;
        for (int round = 0; round < 60 && killedRunning < 24; ++round) {
            const quint64 seed = 1000 + quint64(round);
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(),
                        { QStringLiteral("--raftlog-child"), path, QString::number(seed) });
            QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
            // Early rounds may hit the child while it opens the store; later ones let it
            // persist first, then kill it anywhere in the following batches.
            if (round >= 3)
                child.waitForReadyRead(10000);
            QThread::msleep(below(timing, round < 3 ? 40 : 150));
            if (child.state() == QProcess::Running)
                ++killedRunning;
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished());
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            const QByteArray err = child.readAllStandardError();
            QVERIFY2(err.isEmpty(), err.constData());

            Rng rng(seed);
            for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
                if (!line.startsWith("persisted "))
                    continue;
                applyToModel(model, nextBatch(rng, model));
                QCOMPARE(line, summary(model));
                ++reported;
            }
            auto s = mustOpen(path);
            QCOMPARE(*s->integrityCheck(), QStringLiteral("ok"));
            if (!difference(model, *s, nullptr).isEmpty()) {
                applyToModel(model, nextBatch(rng, model));
                ++unreported;
            }
            const QString diff = difference(model, *s, nullptr);
            QVERIFY2(diff.isEmpty(),
                     qPrintable(QStringLiteral("round %1: %2").arg(round).arg(diff)));
        }
        QVERIFY(killedRunning >= 20);
        QVERIFY(reported > 0);
        qInfo("%zu persists reported, %d more found unreported, log of %llu entries", reported,
              unreported, static_cast<unsigned long long>(*model.lastIndex()));
    }
};

// QTEST_GUILESS_MAIN, plus the child mode of killedWriter_keepsEveryPersistedReady.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--raftlog-child") == 0)
        return runChild(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toULongLong());
    TestRaftLogStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestRaftLogStore.moc"
