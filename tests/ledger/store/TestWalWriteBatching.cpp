// The VFS layer that writes each transaction's WAL frames with one system call
// (WalWriteBatching.h): what SQLite wrote is in the file when COMMIT returns, in
// few write() calls, a transaction that spilled and rolled back leaves nothing
// behind, and a write that fails fails the commit and loses nothing committed.
#include "ledger/store/WalWriteBatching.h"
#include "tests/support/TempDir.h"

#include <QFile>
#include <QProcess>
#include <QTest>

#include <csignal>
#include <sqlite3.h>
#include <sys/resource.h>

class TestWalWriteBatching : public QObject
{
    Q_OBJECT

    struct Db {
        sqlite3 *handle = nullptr;
        explicit Db(const QString &path)
        {
            if (sqlite3_open(path.toUtf8().constData(), &handle) != SQLITE_OK) {
                sqlite3_close(handle);
                handle = nullptr;
            }
        }
        ~Db() { sqlite3_close(handle); }
        int exec(const char *sql) { return sqlite3_exec(handle, sql, nullptr, nullptr, nullptr); }
        QString error() const { return QString::fromUtf8(sqlite3_errmsg(handle)); }
        qint64 scalar(const char *sql)
        {
            sqlite3_stmt *st = nullptr;
            qint64 v = -1;
            if (sqlite3_prepare_v2(handle, sql, -1, &st, nullptr) == SQLITE_OK
                && sqlite3_step(st) == SQLITE_ROW)
                v = sqlite3_column_int64(st, 0);
            sqlite3_finalize(st);
            return v;
        }
        QString integrity()
        {
            sqlite3_stmt *st = nullptr;
            QString v;
            if (sqlite3_prepare_v2(handle, "PRAGMA integrity_check", -1, &st, nullptr) == SQLITE_OK
                && sqlite3_step(st) == SQLITE_ROW)
                v = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
            sqlite3_finalize(st);
            return v;
        }
        // `rows` rows of ~300 random bytes in one transaction: random blobs, so
        // that the pages cannot compress into fewer.
        int insertRows(int rows)
        {
            if (exec("BEGIN") != SQLITE_OK)
                return SQLITE_ERROR;
            sqlite3_stmt *st = nullptr;
            int rc = sqlite3_prepare_v2(handle, "INSERT INTO t(v) VALUES (randomblob(300))", -1,
                                        &st, nullptr);
            for (int i = 0; i < rows && rc == SQLITE_OK; ++i) {
                rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(handle);
                sqlite3_reset(st);
            }
            sqlite3_finalize(st);
            if (rc == SQLITE_OK)
                rc = exec("COMMIT");
            if (rc != SQLITE_OK)
                exec("ROLLBACK");
            return rc;
        }
    };

    static void makeTable(Db &db, const char *synchronous)
    {
        QCOMPARE(db.exec("PRAGMA journal_mode=WAL"), SQLITE_OK);
        QCOMPARE(db.exec(synchronous), SQLITE_OK);
        QCOMPARE(db.exec("PRAGMA wal_autocheckpoint=0"), SQLITE_OK);
        QCOMPARE(db.exec("CREATE TABLE t(id INTEGER PRIMARY KEY, v BLOB NOT NULL)"), SQLITE_OK);
    }

    // What another process would find if this one stopped now: the files as
    // the operating system has them, opened by a fresh connection.
    static qint64 rowsInACopy(const QString &path, const QString &copyDir)
    {
        const QString copy = copyDir + QStringLiteral("/copy.db");
        QFile::remove(copy);
        QFile::remove(copy + QStringLiteral("-wal"));
        QFile::remove(copy + QStringLiteral("-shm"));
        // Copied by another process: closing a descriptor of our own on these files
        // would drop this process's POSIX locks on them, which SQLite relies on.
        const QString cp = QStringLiteral("cp");
        if (QProcess::execute(cp, { path, copy }) != 0
            || QProcess::execute(cp,
                                 { path + QStringLiteral("-wal"), copy + QStringLiteral("-wal") })
                != 0)
            return -1;
        Db db(copy);
        if (db.integrity() != QLatin1String("ok"))
            return -2;
        return db.scalar("SELECT count(*) FROM t");
    }

    // Write system calls made by this process so far (Linux task I/O accounting).
    static qint64 writeCalls()
    {
        QFile io(QStringLiteral("/proc/self/io"));
        if (!io.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : io.readAll().split('\n')) {
            if (line.startsWith("syscw:"))
                return line.mid(6).trimmed().toLongLong();
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(ledger::store::installWalWriteBatching()); }

    void isTheDefaultVfs()
    {
        QCOMPARE(QByteArray(sqlite3_vfs_find(nullptr)->zName), QByteArray("gongzhi-wal-batching"));
        QVERIFY(ledger::store::installWalWriteBatching()); // a second call changes nothing
        QCOMPARE(QByteArray(sqlite3_vfs_find(nullptr)->zName), QByteArray("gongzhi-wal-batching"));
    }

    void aCommitIsInTheFileWhenCommitReturns_data()
    {
        QTest::addColumn<QByteArray>("synchronous");
        QTest::newRow("NORMAL (ledger.db, state.db)") << QByteArray("PRAGMA synchronous=NORMAL");
        QTest::newRow("FULL (raft.db)") << QByteArray("PRAGMA synchronous=FULL");
    }
    void aCommitIsInTheFileWhenCommitReturns()
    {
        QFETCH(QByteArray, synchronous);
        tests::TempDir dir;
        const QString path = dir.file(QStringLiteral("a.db"));
        Db db(path);
        QVERIFY(db.handle);
        makeTable(db, synchronous.constData());
        qint64 rows = 0;
        // One row, a block's worth, and more than the 1 MiB gathered at most.
        for (const int n : { 1, 64, 5000, 3 }) {
            QCOMPARE(db.insertRows(n), SQLITE_OK);
            rows += n;
            QCOMPARE(rowsInACopy(path, dir.path()), rows);
        }
        QCOMPARE(db.integrity(), QStringLiteral("ok"));
    }

    void aTransactionsFramesTakeFewWriteCalls()
    {
        if (writeCalls() < 0)
            QSKIP("no /proc/self/io on this system");
        tests::TempDir dir;
        Db db(dir.file(QStringLiteral("b.db")));
        makeTable(db, "PRAGMA synchronous=NORMAL");
        QCOMPARE(db.insertRows(10), SQLITE_OK);
        const qint64 before = writeCalls();
        QCOMPARE(db.insertRows(400), SQLITE_OK); // ~35 pages: 70 writes without the layer
        const qint64 calls = writeCalls() - before;
        QVERIFY2(calls <= 4, qPrintable(QStringLiteral("%1 write calls").arg(calls)));
    }

    void aSpilledTransactionThatRollsBack_leavesNothingBehind()
    {
        tests::TempDir dir;
        const QString path = dir.file(QStringLiteral("c.db"));
        {
            Db db(path);
            makeTable(db, "PRAGMA synchronous=NORMAL");
            QCOMPARE(db.exec("PRAGMA cache_size=20"), SQLITE_OK); // pages spill to the WAL early
            QCOMPARE(db.insertRows(100), SQLITE_OK);
            QCOMPARE(db.exec("BEGIN"), SQLITE_OK);
            QCOMPARE(db.exec("INSERT INTO t(v) SELECT randomblob(300) FROM t, t AS u LIMIT 8000"),
                     SQLITE_OK);
            QCOMPARE(db.exec("ROLLBACK"), SQLITE_OK);
            QCOMPARE(db.scalar("SELECT count(*) FROM t"), 100);
            QCOMPARE(db.insertRows(50), SQLITE_OK); // overwrites the spilled frames
            QCOMPARE(rowsInACopy(path, dir.path()), 150);
        }
        Db reopened(path);
        QCOMPARE(reopened.integrity(), QStringLiteral("ok"));
        QCOMPARE(reopened.scalar("SELECT count(*) FROM t"), 150);
    }

    void aWriteThatFails_failsTheCommit_andLosesNothingCommitted()
    {
        tests::TempDir dir;
        const QString path = dir.file(QStringLiteral("d.db"));
        Db db(path);
        makeTable(db, "PRAGMA synchronous=NORMAL");
        QCOMPARE(db.insertRows(200), SQLITE_OK);
        // A full disk, as the kernel reports it to this process: writes past the
        // limit fail (EFBIG) instead of raising SIGXFSZ.
        const qint64 walBytes = QFile(path + QStringLiteral("-wal")).size();
        rlimit saved {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = saved;
        limited.rlim_cur = rlim_t(walBytes + 64 * 1024);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
        const int failed = db.insertRows(3000);
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previousHandler);
        QVERIFY2(failed != SQLITE_OK, "a commit past the file size limit succeeded");
        QCOMPARE(db.scalar("SELECT count(*) FROM t"), 200);
        QCOMPARE(db.insertRows(5), SQLITE_OK); // the connection goes on
        QCOMPARE(rowsInACopy(path, dir.path()), 205);
    }
};

QTEST_GUILESS_MAIN(TestWalWriteBatching)
#include "TestWalWriteBatching.moc"
