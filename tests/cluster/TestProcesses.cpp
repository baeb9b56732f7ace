// Real gongzhi-node processes on loopback: election, load through the control
// socket, every acknowledged transaction on every node, identical heads,
// verify; a leader killed with SIGKILL and restarted; SIGTERM stops cleanly.
// All waits are bounded (liveness, not speed: nothing asserts a duration).
#include "tests/cluster/ClusterProcesses.h"

#include <QRegularExpression>
#include <QTest>

using namespace tests;

class TestProcesses : public QObject
{
    Q_OBJECT

    static constexpr int Nodes = 3;
    static constexpr int LivenessMs = 60000;

    static QStringList args(std::initializer_list<const char *> list)
    {
        QStringList result;
        for (const char *a : list)
            result << QString::fromUtf8(a);
        return result;
    }

    // Runs load through node i and checks its summary line.
    static void load(ClusterProcesses &c, int i, int count, const QString &ackFile)
    {
        const CliRun r
            = c.cli(args({ "load", "--data-dir" })
                        << c.dataDir(i) << QStringLiteral("--count") << QString::number(count)
                        << QStringLiteral("--concurrency") << QStringLiteral("16")
                        << QStringLiteral("--ack-file") << ackFile,
                    300000);
        QVERIFY2(r.finished, qPrintable(r.err));
        const QRegularExpression summary(QStringLiteral(
            "^committed=(\\d+) tx_per_s=[0-9.]+ p50_ms=[0-9.]+ p99_ms=[0-9.]+ errors=(\\d+)$"));
        const auto m = summary.match(r.lastLine());
        QVERIFY2(m.hasMatch(), qPrintable(r.out + r.err));
        QCOMPARE(m.captured(1).toInt(), count);
        QCOMPARE(m.captured(2).toInt(), 0);
        QCOMPARE(r.exitCode, 0);
    }

    static void checkConverged(ClusterProcesses &c, const QStringList &ackFiles)
    {
        for (int i = 0; i < c.size(); ++i) {
            for (const QString &f : ackFiles) {
                const bool has = ClusterProcesses::waitFor(
                    [&] {
                        return c.cli(args({ "has", "--data-dir" })
                                     << c.dataDir(i) << QStringLiteral("--tx-file") << f)
                                   .exitCode
                            == 0;
                    },
                    LivenessMs);
                QVERIFY2(
                    has,
                    qPrintable(
                        QStringLiteral("node%1 misses acknowledged ids of %2\n").arg(i + 1).arg(f)
                        + c.nodeLog(i)));
            }
        }
        const bool sameHead = ClusterProcesses::waitFor(
            [&] {
                const QString h = c.head(0);
                for (int i = 1; i < c.size(); ++i) {
                    if (h.isEmpty() || c.head(i) != h)
                        return false;
                }
                return true;
            },
            LivenessMs);
        QVERIFY2(
            sameHead,
            qPrintable(c.head(0) + QLatin1Char('|') + c.head(1) + QLatin1Char('|') + c.head(2)));
        for (int i = 0; i < c.size(); ++i) {
            const CliRun v = c.cli(args({ "verify", "--data-dir" }) << c.dataDir(i), 300000);
            QVERIFY2(v.exitCode == 0, qPrintable(v.out + v.err));
        }
    }

private Q_SLOTS:
    void threeNodes_commitEverythingAcknowledged_survivingLeaderKill()
    {
        ClusterProcesses c(Nodes);
        QVERIFY(c.init());
        for (int i = 0; i < Nodes; ++i)
            QVERIFY(c.start(i));
        int leader = -1;
        QVERIFY2(
            ClusterProcesses::waitFor([&] { return (leader = c.agreedLeader()) >= 0; }, LivenessMs),
            qPrintable(c.nodeLog(0)));

        // Through a follower, so submissions are forwarded to the leader.
        const int via = (leader + 1) % Nodes;
        const QString acks1 = c.file(QStringLiteral("acks1.txt"));
        load(c, via, 2000, acks1);
        if (QTest::currentTestFailed())
            return;
        checkConverged(c, { acks1 });
        if (QTest::currentTestFailed())
            return;

        // Pull the leader's plug, keep writing, bring it back.
        c.kill(leader);
        const QString acks2 = c.file(QStringLiteral("acks2.txt"));
        load(c, (leader + 2) % Nodes, 500, acks2);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(c.start(leader));
        checkConverged(c, { acks1, acks2 });
        if (QTest::currentTestFailed())
            return;

        // SIGTERM: each node stops by itself with exit code 0 (a leader hands
        // over first; the last node has no one to hand over to).
        QVERIFY(ClusterProcesses::waitFor([&] { return c.agreedLeader() >= 0; }, LivenessMs));
        for (int i = 0; i < Nodes; ++i)
            QVERIFY2(c.terminate(i, 15000), qPrintable(c.nodeLog(i)));
    }

    void dataDirWithoutNode_statusFailsAndNodeRefusesToStart()
    {
        ClusterProcesses c(1);
        QVERIFY(c.init());
        const CliRun s = c.cli(args({ "status", "--data-dir" }) << c.dataDir(0));
        QCOMPARE(s.exitCode, 1);
        QProcess node;
        node.start(QStringLiteral(GONGZHI_NODE),
                   { QStringLiteral("--data-dir"), c.file(QStringLiteral("nowhere")) });
        QVERIFY(node.waitForFinished(30000));
        QCOMPARE(node.exitCode(), 1);
        QVERIFY(!node.readAllStandardError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProcesses)
#include "TestProcesses.moc"
