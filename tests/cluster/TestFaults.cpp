// Faults across real gongzhi-node processes, one scenario per test:
// - a relative --data-dir (the control socket's name must be absolute);
// - the leader cut off from the majority, then healed. The partition is a
//   stand-in: SIGSTOP freezes the leader (its sockets stay open but nothing is
//   read or sent, so the majority hears nothing from it, as behind a dropped
//   link), SIGCONT heals. A frozen leader cannot keep acting on its own, so this
//   does not test a deposed leader that keeps serving; it tests the election
//   around it, its stale in-flight submissions and its catch-up after healing;
// - a data directory wiped and re-made under the node's old identity (node.json
//   and node.key kept): the node refuses to start rather than vote again.
#include "tests/cluster/ClusterProcesses.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace tests;

namespace {

constexpr int LivenessMs = 60000;

QStringList args(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *a : list)
        result << QString::fromUtf8(a);
    return result;
}

// A synchronous load of `count` through node i; its acks go to ackFile.
CliRun load(const ClusterProcesses &c, int i, int count, const QString &ackFile)
{
    return c.cli(args({ "load", "--data-dir" })
                     << c.dataDir(i) << QStringLiteral("--count") << QString::number(count)
                     << QStringLiteral("--ack-file") << ackFile,
                 300000);
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void relativeDataDir_nodeServes()
    {
        ClusterProcesses c(1);
        QVERIFY(c.init());
        QVERIFY(c.start(0, true));
        QVERIFY2(ClusterProcesses::waitFor([&] { return c.agreedLeader() == 0; }, LivenessMs),
                 qPrintable(c.nodeLog(0)));
        QVERIFY(c.isRunning(0));
        const CliRun r = load(c, 0, 50, c.file(QStringLiteral("acks.txt")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }

    void leaderCutOffAndHealed_majorityCommits_everythingConverges()
    {
        ClusterProcesses c(3);
        QVERIFY(c.init());
        for (int i = 0; i < 3; ++i)
            QVERIFY(c.start(i));
        int leader = -1;
        QVERIFY2(
            ClusterProcesses::waitFor([&] { return (leader = c.agreedLeader()) >= 0; }, LivenessMs),
            qPrintable(c.nodeLog(0)));

        // Writes in flight through the leader when it is cut off.
        QVERIFY(c.startLoadRound(leader, 3000));
        const qint64 before = c.headHeight(leader);
        QVERIFY(ClusterProcesses::waitFor([&] { return c.headHeight(leader) > before + 2; },
                                          LivenessMs));
        c.pause(leader);

        // The majority elects a new leader among itself and commits.
        const int a = (leader + 1) % 3;
        const int b = (leader + 2) % 3;
        int newLeader = -1;
        QVERIFY2(
            ClusterProcesses::waitFor(
                [&] {
                    const QJsonObject sa = c.status(a);
                    const QJsonObject sb = c.status(b);
                    const QString named = sa.value(QStringLiteral("leader")).toString();
                    if (named.isEmpty() || named != sb.value(QStringLiteral("leader")).toString()
                        || named == QString::number(0))
                        return false;
                    if (sa.value(QStringLiteral("role")).toString() == QLatin1String("leader"))
                        newLeader = a;
                    else if (sb.value(QStringLiteral("role")).toString() == QLatin1String("leader"))
                        newLeader = b;
                    return newLeader >= 0;
                },
                LivenessMs),
            qPrintable(c.nodeLog(a)));
        const int follower = newLeader == a ? b : a;
        const QString majorityAcks = c.file(QStringLiteral("acks-majority.txt"));
        const CliRun r = load(c, follower, 1000, majorityAcks);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

        // Heal: the old leader learns the new term, steps down and catches up;
        // its clients' pending submissions end one way or the other.
        c.resume(leader);
        c.stopLoad(120000);
        QVERIFY2(ClusterProcesses::waitFor([&] { return c.agreedLeader() >= 0; }, LivenessMs),
                 qPrintable(c.nodeLog(leader)));

        qint64 acked = 0;
        const QString acks = c.mergedAcks(&acked, { majorityAcks });
        QVERIFY(acked >= 1000);
        const QString problem = c.convergenceProblem(acks, LivenessMs);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void wipedDataDirUnderOldIdentity_refusesToStart_clusterGoesOn()
    {
        ClusterProcesses c(3);
        QVERIFY(c.init());
        for (int i = 0; i < 3; ++i)
            QVERIFY(c.start(i));
        QVERIFY2(ClusterProcesses::waitFor([&] { return c.agreedLeader() >= 0; }, LivenessMs),
                 qPrintable(c.nodeLog(0)));
        const QString acks1 = c.file(QStringLiteral("acks1.txt"));
        const CliRun r1 = load(c, 0, 300, acks1);
        QVERIFY2(r1.exitCode == 0, qPrintable(r1.out + r1.err));

        // The PC's disk is replaced; the operator restores only its identity.
        const int wiped = 2;
        c.kill(wiped);
        QDir dir(c.dataDir(wiped));
        QFile::copy(dir.filePath(QStringLiteral("node.json")), c.file(QStringLiteral("node.json")));
        QFile::copy(dir.filePath(QStringLiteral("node.key")), c.file(QStringLiteral("node.key")));
        QVERIFY(dir.removeRecursively());
        QVERIFY(QDir().mkpath(c.dataDir(wiped)));
        QVERIFY(QFile::copy(c.file(QStringLiteral("node.json")),
                            dir.filePath(QStringLiteral("node.json"))));
        QVERIFY(QFile::copy(c.file(QStringLiteral("node.key")),
                            dir.filePath(QStringLiteral("node.key"))));

        QVERIFY(c.start(wiped));
        const int exitCode = c.waitForExit(wiped, 30000);
        QVERIFY2(exitCode == 1, qPrintable(c.nodeLog(wiped)));
        QVERIFY2(c.nodeLog(wiped).contains(QStringLiteral("cannot run a node")),
                 qPrintable(c.nodeLog(wiped)));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("raft.db"))));

        // The two others still make a majority and commit.
        const QString acks2 = c.file(QStringLiteral("acks2.txt"));
        const CliRun r2 = load(c, 1, 300, acks2);
        QVERIFY2(r2.exitCode == 0, qPrintable(r2.out + r2.err));
        for (int i = 0; i < 2; ++i) {
            for (const QString &f : { acks1, acks2 }) {
                const CliRun has = c.cli(args({ "has", "--data-dir" })
                                         << c.dataDir(i) << QStringLiteral("--tx-file") << f);
                QVERIFY2(has.exitCode == 0, qPrintable(has.out + has.err));
            }
        }
    }

    void raftLogDeletedBesideTheChain_refusesToStart()
    {
        // Only raft.db lost (its vote and term with it); ledger.db and state.db
        // remain. Starting afresh would let the node vote again in a term it
        // already voted in.
        ClusterProcesses c(1);
        QVERIFY(c.init());
        QVERIFY(c.start(0));
        QVERIFY2(ClusterProcesses::waitFor([&] { return c.agreedLeader() == 0; }, LivenessMs),
                 qPrintable(c.nodeLog(0)));
        const CliRun r = load(c, 0, 50, c.file(QStringLiteral("acks.txt")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        c.kill(0);
        const QDir dir(c.dataDir(0));
        for (const QString &f : dir.entryList({ QStringLiteral("raft.db*") }, QDir::Files))
            QVERIFY(QFile::remove(dir.filePath(f)));
        QVERIFY(c.start(0));
        QCOMPARE(c.waitForExit(0, 30000), 1);
        QVERIFY2(c.nodeLog(0).contains(QStringLiteral("no raft log")), qPrintable(c.nodeLog(0)));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("raft.db"))));
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "TestFaults.moc"
