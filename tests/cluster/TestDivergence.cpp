// State divergence across real gongzhi-node processes (docs/raft.md
// §Divergence): one row of one node's state.db altered behind its back makes
// that node halt, naming the checkpoint and the majority, while the other two
// name it and keep committing; untouched, nobody halts over many checkpoints.
// Checkpoints every 5 blocks and after 1 s idle (GONGZHI_CHECKPOINT_*). All
// waits are bounded; nothing asserts a duration.
#include "tests/cluster/ClusterProcesses.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace tests;

namespace {

constexpr int Nodes = 3;
constexpr int LivenessMs = 90000;

QString fullLog(const ClusterProcesses &c, int i)
{
    QFile f(c.file(QStringLiteral("node%1.log").arg(i + 1)));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Alters one applied row of a running node's state, as a disk error or a
// meddling hand would: the name of the first organization.
QString alterOneRow(const QString &stateDb)
{
    const QString name = QStringLiteral("tamper");
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(stateDb);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=20000"));
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("UPDATE orgs SET name = name || ' (altered)' WHERE org_id "
                                       "= (SELECT min(org_id) FROM orgs)")))
                problem = q.lastError().text();
            else if (q.numRowsAffected() != 1)
                problem = QStringLiteral("%1 rows altered").arg(q.numRowsAffected());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

// The last checkpoint node i compared, once every other listed node agreed with it.
bool agreedWithAll(const ClusterProcesses &c, int i, const QStringList &others)
{
    const QJsonObject cp = c.status(i).value(QStringLiteral("checkpoint")).toObject();
    if (!cp.value(QStringLiteral("compared")).toBool())
        return false;
    const QJsonArray agreed = cp.value(QStringLiteral("agreed_with")).toArray();
    for (const QString &o : others) {
        if (!agreed.contains(o))
            return false;
    }
    return cp.value(QStringLiteral("disagreed_with")).toArray().isEmpty();
}

} // namespace

class TestDivergence : public QObject
{
    Q_OBJECT

    QStringList m_ids;

    bool startCluster(ClusterProcesses &c, int &leader)
    {
        if (!c.init())
            return false;
        for (int i = 0; i < Nodes; ++i) {
            if (!c.start(i))
                return false;
        }
        if (!ClusterProcesses::waitFor([&] { return (leader = c.agreedLeader()) >= 0; },
                                       LivenessMs))
            return false;
        m_ids.clear();
        for (int i = 0; i < Nodes; ++i)
            m_ids << c.status(i).value(QStringLiteral("id")).toString();
        return !m_ids.contains(QString());
    }

    QStringList othersThan(int i) const
    {
        QStringList o = m_ids;
        o.removeAt(i);
        return o;
    }

    void loadRound(ClusterProcesses &c, int via, int count)
    {
        QVERIFY(c.startLoadRound(via, count));
        QVERIFY2(c.stopLoad(120000), qPrintable(c.loadSummary()));
        QVERIFY2(c.loadSummary().startsWith(QStringLiteral("committed=%1 ").arg(count))
                     && c.loadSummary().endsWith(QStringLiteral(" errors=0")),
                 qPrintable(c.loadSummary()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("GONGZHI_CHECKPOINT_BLOCKS", "5");
        qputenv("GONGZHI_CHECKPOINT_IDLE_TICKS", "10");
    }

    void untouched_nobodyHaltsOverManyCheckpoints()
    {
        ClusterProcesses c(Nodes);
        int leader = -1;
        QVERIFY2(startCluster(c, leader), qPrintable(c.nodeLog(0)));
        for (int round = 0; round < 3; ++round) {
            loadRound(c, (leader + 1 + round) % Nodes, 400);
            if (QTest::currentTestFailed())
                return;
        }
        // Idle now: every node checkpoints the same head and agrees with both others.
        for (int i = 0; i < Nodes; ++i)
            QVERIFY2(ClusterProcesses::waitFor([&] { return agreedWithAll(c, i, othersThan(i)); },
                                               LivenessMs),
                     qPrintable(c.nodeLog(i)));
        const QRegularExpression checkpoint(QStringLiteral("checkpoint at block \\d+"));
        for (int i = 0; i < Nodes; ++i) {
            const QString log = fullLog(c, i);
            QVERIFY2(log.count(checkpoint) >= 10,
                     qPrintable(QStringLiteral("%1 checkpoints up to block %2\n%3")
                                    .arg(log.count(checkpoint))
                                    .arg(c.headHeight(i))
                                    .arg(log.right(6000))));
            QVERIFY2(!log.contains(QStringLiteral("diverged"))
                         && !log.contains(QStringLiteral("node halted")),
                     qPrintable(c.nodeLog(i)));
            QVERIFY(c.isRunning(i));
            QCOMPARE(c.status(i).value(QStringLiteral("halted")).toBool(), false);
        }
    }

    void alteredRow_thatNodeHalts_othersNameItAndKeepCommitting_data()
    {
        QTest::addColumn<bool>("leaderAltered");
        QTest::newRow("follower") << false;
        QTest::newRow("leader") << true;
    }

    void alteredRow_thatNodeHalts_othersNameItAndKeepCommitting()
    {
        QFETCH(bool, leaderAltered);
        ClusterProcesses c(Nodes);
        int leader = -1;
        QVERIFY2(startCluster(c, leader), qPrintable(c.nodeLog(0)));
        // The two that go on: `bystander` carries the load, `other` only follows.
        const int victim = leaderAltered ? leader : (leader + 1) % Nodes;
        const int bystander = (victim + 1) % Nodes;
        const int other = (victim + 2) % Nodes;
        loadRound(c, bystander, 200);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(ClusterProcesses::waitFor(
                     [&] { return agreedWithAll(c, victim, othersThan(victim)); }, LivenessMs),
                 qPrintable(c.nodeLog(victim)));

        const QString problem = alterOneRow(c.dataDir(victim) + QStringLiteral("/state.db"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // Light load while the next checkpoints are taken.
        QVERIFY(c.startLoadRound(bystander, 200));
        QVERIFY2(ClusterProcesses::waitFor(
                     [&] { return c.status(victim).value(QStringLiteral("halted")).toBool(); },
                     LivenessMs),
                 qPrintable(c.nodeLog(victim)));
        c.stopLoad(120000);

        // Loud and clear: the height, this node's digest and the majority's.
        const QRegularExpression reason(QStringLiteral(
            "node halted: this node's state at block (\\d+) differs from the majority's: this "
            "node has head [0-9a-f]{16} and state digest ([0-9a-f]{16}), nodes ([0-9, ]+) have "
            "head [0-9a-f]{16} and state digest ([0-9a-f]{16})"));
        const auto m = reason.match(fullLog(c, victim));
        QVERIFY2(m.hasMatch(), qPrintable(c.nodeLog(victim)));
        QVERIFY(m.captured(2) != m.captured(4));
        for (const QString &id : othersThan(victim))
            QVERIFY2(m.captured(3).contains(id), qPrintable(m.captured(0)));

        // The others name the diverged peer and keep committing without it.
        for (int i : { other, bystander })
            QVERIFY2(ClusterProcesses::waitFor(
                         [&] {
                             return fullLog(c, i).contains(
                                 QStringLiteral("peer %1 diverged at block").arg(m_ids[victim]));
                         },
                         LivenessMs),
                     qPrintable(c.nodeLog(i)));
        const qint64 before = c.headHeight(bystander);
        loadRound(c, bystander, 200);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(c.headHeight(bystander) > before);
        QVERIFY(
            ClusterProcesses::waitFor([&] { return c.headHeight(other) > before; }, LivenessMs));
        // A halted node serves nothing: no submission through it commits.
        const CliRun viaVictim
            = c.cli({ QStringLiteral("load"), QStringLiteral("--data-dir"), c.dataDir(victim),
                      QStringLiteral("--count"), QStringLiteral("5"),
                      QStringLiteral("--concurrency"), QStringLiteral("1") },
                    30000);
        QVERIFY2(!viaVictim.lastLine().startsWith(QStringLiteral("committed=5 ")),
                 qPrintable(viaVictim.out + viaVictim.err));
        QCOMPARE(c.status(victim).value(QStringLiteral("halted")).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestDivergence)
#include "TestDivergence.moc"
