// Tamper evidence (issue 2, RELIABILITY.md): an attacker with the database
// file changes stored ledger data; verification must fail and name the block.
#include "ledger/chain/ChainVerifier.h"
#include "ledger/store/BlockStore.h"
#include "tests/support/ChainBuilder.h"
#include "tests/support/TempDir.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace ledger;
using store::BlockStore;
using tests::ChainBuilder;

namespace {
constexpr int Blocks = 24;
constexpr int TxPerBlock = 6;
constexpr int Cases = 220; // per method (SQL, raw file bytes)

const char *const Triggers[] = {
    "blocks_append_only_u",       "blocks_append_only_d",       "blocks_append_only_r",
    "transactions_append_only_u", "transactions_append_only_d", "transactions_append_only_r",
};

struct Column {
    const char *table;
    const char *name;
    bool integer;
};
const Column Columns[] = {
    { "blocks", "header", false },        { "blocks", "signature", false },
    { "blocks", "hash", false },          { "blocks", "tx_count", true },
    { "transactions", "data", false },    { "transactions", "id", false },
    { "transactions", "author", false },  { "transactions", "type", true },
    { "transactions", "sequence", true },
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// An attacker's connection: the append-only triggers dropped first.
class Attacker
{
public:
    explicit Attacker(const QString &path)
    {
        if (!m_db.open(path))
            qFatal("cannot open %s", qPrintable(path));
        for (const char *t : Triggers)
            exec(QStringLiteral("DROP TRIGGER IF EXISTS ") + QLatin1String(t));
    }
    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(m_db.db());
        q.prepare(sql);
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values[i]);
        return q.exec();
    }
    QVariant value(const QString &sql, const QVariantList &values)
    {
        QSqlQuery q(m_db.db());
        q.prepare(sql);
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values[i]);
        if (!q.exec() || !q.next())
            qFatal("attacker query failed: %s", qPrintable(sql));
        return q.value(0);
    }

private:
    store::SqliteDatabase m_db;
};
} // namespace

class TestTamper : public QObject
{
    Q_OBJECT
private:
    tests::TempDir m_dir;
    std::unique_ptr<ChainBuilder> m_builder;
    QString m_pristine; // a data directory holding the untouched chain
    int m_case = 0;

    // A fresh copy of the pristine data directory; returns its ledger.db.
    QString copy()
    {
        const QString dir = m_dir.file(QStringLiteral("case%1").arg(++m_case));
        QDir().mkpath(dir);
        for (const char *name : { "ledger.db", "ledger.head" }) {
            const QString n = QLatin1String(name);
            if (!QFile::copy(m_pristine + QLatin1Char('/') + n, dir + QLatin1Char('/') + n))
                qFatal("copy failed");
        }
        return dir + QStringLiteral("/ledger.db");
    }

    // The error verifyChain reports for the store at `db` (nullopt if it verifies).
    static std::optional<core::Error> verifyError(const QString &db)
    {
        auto s = BlockStore::open(db, true);
        if (!s)
            return s.error();
        auto report = chain::verifyChain(**s);
        if (report)
            return std::nullopt;
        return report.error();
    }

    // Runs the real `gongzhi-cli verify` and returns (exit code, last stdout line).
    static std::pair<int, QString> cliVerify(const QString &db)
    {
        QProcess p;
        p.start(QStringLiteral(GONGZHI_CLI),
                { QStringLiteral("verify"), QStringLiteral("--data-dir"),
                  QFileInfo(db).absolutePath() });
        if (!p.waitForFinished(60000))
            return { -1, QString() };
        const QStringList lines
            = QString::fromUtf8(p.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
        return { p.exitCode(), lines.last() };
    }

    void expectNamed(const QString &db, std::uint64_t height, bool viaCli, const QString &what)
    {
        if (viaCli) {
            const auto [code, last] = cliVerify(db);
            QVERIFY2(code == 1, qPrintable(what + QStringLiteral(": exit %1").arg(code)));
            const QString prefix = QStringLiteral("FAILED block %1").arg(height);
            QVERIFY2(last.startsWith(prefix + QLatin1Char(','))
                         || last.startsWith(prefix + QLatin1Char(':')),
                     qPrintable(what + QStringLiteral(": ") + last));
            return;
        }
        const auto e = verifyError(db);
        QVERIFY2(e.has_value(), qPrintable(what + QStringLiteral(": verifies")));
        QVERIFY2(e->height == std::optional<std::int64_t>(std::int64_t(height)),
                 qPrintable(what + QStringLiteral(": ") + e->toString()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_builder = std::make_unique<ChainBuilder>(71);
        for (int i = 0; i < Blocks; ++i)
            m_builder->addBlock(TxPerBlock);
        m_pristine = m_dir.file(QStringLiteral("pristine"));
        QDir().mkpath(m_pristine);
        const QString db = m_pristine + QStringLiteral("/ledger.db");
        auto s = m_builder->createStore(db);
        QVERIFY(s.has_value());
        {
            store::SqliteDatabase c;
            QVERIFY(c.open(db).has_value());
            QVERIFY(c.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).has_value());
        }
        s->reset();
        QVERIFY(!QFile::exists(db + QStringLiteral("-wal"))
                || QFileInfo(db + QStringLiteral("-wal")).size() == 0);
    }

    void untouchedCopy_verifies()
    {
        const QString db = copy();
        QVERIFY(!verifyError(db).has_value());
        const auto [code, last] = cliVerify(db);
        QCOMPARE(code, 0);
        QCOMPARE(last,
                 QStringLiteral("OK height=%1 transactions=%2")
                     .arg(Blocks)
                     .arg(1 + Blocks * TxPerBlock));
    }

    void byteChangedThroughSql_namesTheBlock()
    {
        QRandomGenerator rng(72);
        int done = 0;
        QMap<QString, int> perColumn;
        while (done < Cases) {
            const Column &col = Columns[rng.bounded(quint32(std::size(Columns)))];
            const auto height = qint64(rng.bounded(quint32(Blocks + 1)));
            const QString table = QLatin1String(col.table);
            const QString column = QLatin1String(col.name);
            QString where = QStringLiteral("height = ?");
            QVariantList key { height };
            if (table == QLatin1String("transactions")) {
                const auto count = height == 0 ? 1 : TxPerBlock;
                where += QStringLiteral(" AND position = ?");
                key << qint64(rng.bounded(quint32(count)));
            }
            const QString db = copy();
            bool changed = false;
            {
                Attacker a(db);
                const QVariant old = a.value(
                    QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(column, table, where), key);
                QVariant now;
                if (col.integer) {
                    const int byte = int(rng.bounded(2u));
                    now = old.toLongLong() ^ (qint64(1 + rng.bounded(255u)) << (8 * byte));
                } else {
                    QByteArray b = old.toByteArray();
                    const auto at = qsizetype(rng.bounded(quint32(b.size())));
                    b[at] = char(b[at] ^ char(1 + rng.bounded(255u)));
                    now = b;
                }
                // A changed sequence may collide with another of the same author's: the
                // UNIQUE constraint refuses it, so the attacker tries another change.
                changed = a.exec(
                    QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3").arg(table, column, where),
                    QVariantList { now } + key);
            }
            if (!changed)
                continue;
            ++done;
            ++perColumn[table + QLatin1Char('.') + column];
            expectNamed(db, std::uint64_t(height), done % 20 == 0,
                        QStringLiteral("%1.%2 at height %3").arg(table, column).arg(height));
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(perColumn.size(), int(std::size(Columns)));
    }

    void byteChangedInTheFile_namesTheBlock()
    {
        QRandomGenerator rng(73);
        const QByteArray pristine = readAll(m_pristine + QStringLiteral("/ledger.db"));
        int done = 0;
        int headers = 0;
        while (done < Cases) {
            const auto height = std::size_t(rng.bounded(quint32(Blocks + 1)));
            const auto &block = m_builder->blocks()[height];
            const bool header = rng.bounded(3u) == 0;
            const QByteArray target = header
                ? block.headerBytes()
                : block.transactions()[rng.bounded(quint32(block.transactions().size()))].encoded();
            const qsizetype at = pristine.indexOf(target);
            // The genesis transaction is larger than a page's local payload and
            // spills onto an overflow page: not one contiguous run of bytes.
            if (at < 0 || pristine.indexOf(target, at + 1) >= 0)
                continue;
            const QString db = copy();
            QByteArray bytes = pristine;
            const qsizetype pos = at + qsizetype(rng.bounded(quint32(target.size())));
            bytes[pos] = char(bytes[pos] ^ char(1 + rng.bounded(255u)));
            writeAll(db, bytes);
            ++done;
            headers += header ? 1 : 0;
            expectNamed(db, height, done % 20 == 0,
                        QStringLiteral("%1 of block %2, file offset %3")
                            .arg(QLatin1String(header ? "header" : "transaction"))
                            .arg(height)
                            .arg(pos));
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY(headers > 20 && headers < Cases - 20);
    }

    void deletedLastBlocks_areDetectedThroughTheWitness()
    {
        for (int removed : { 1, 3 }) {
            for (bool viaCli : { false, true }) {
                const QString db = copy();
                {
                    Attacker a(db);
                    QVERIFY(a.exec(QStringLiteral("DELETE FROM transactions WHERE height > ?"),
                                   { Blocks - removed }));
                    QVERIFY(a.exec(QStringLiteral("DELETE FROM blocks WHERE height > ?"),
                                   { Blocks - removed }));
                }
                expectNamed(db, std::uint64_t(Blocks - removed + 1), viaCli,
                            QStringLiteral("deleted"));
            }
        }
    }

    void reorderedBlocks_areDetected()
    {
        for (auto [i, j] : { std::pair { 3, 4 }, std::pair { 7, 20 }, std::pair { 1, Blocks } }) {
            for (bool viaCli : { false, true }) {
                const QString db = copy();
                {
                    Attacker a(db);
                    for (const char *table : { "blocks", "transactions" }) {
                        const QString sql
                            = QStringLiteral("UPDATE %1 SET height = ? WHERE height = ?")
                                  .arg(QLatin1String(table));
                        QVERIFY(a.exec(sql, { -1, i }));
                        QVERIFY(a.exec(sql, { i, j }));
                        QVERIFY(a.exec(sql, { j, -1 }));
                    }
                }
                expectNamed(db, std::uint64_t(i), viaCli,
                            QStringLiteral("swapped %1 and %2").arg(i).arg(j));
            }
        }
    }

    void transactionReplacedByAnotherValidlySigned_breaksTheMerkleRoot()
    {
        for (bool viaCli : { false, true }) {
            const QString db = copy();
            const auto other = m_builder->freshKey();
            const auto tx = m_builder->transaction(other, 1);
            QVERIFY(tx.verifySignature());
            {
                Attacker a(db);
                QVERIFY(a.exec(QStringLiteral("UPDATE transactions SET id = ?, type = ?, author = "
                                              "?, sequence = ?, data = ? "
                                              "WHERE height = 9 AND position = 4"),
                               { tx.id().toByteArray(), int(tx.type()), tx.author().toByteArray(),
                                 qint64(tx.sequence()), tx.encoded() }));
            }
            expectNamed(db, 9, viaCli, QStringLiteral("replaced"));
            if (!viaCli)
                QVERIFY(verifyError(db)->detail.contains(QLatin1String("Merkle root")));
        }
    }
};

QTEST_GUILESS_MAIN(TestTamper)
#include "TestTamper.moc"
