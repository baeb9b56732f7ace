// kill -9 loop: a cluster of real gongzhi-node processes under continuous load
// (`gongzhi-cli load` rounds through random nodes); a random node — the leader
// about every other time — is killed with SIGKILL and restarted, many times.
// At the end every acknowledged transaction is on every node, the heads are
// identical, `verify` passes everywhere and no transaction is on a chain twice.
//
// CI runs 3 nodes and 20 kills. `scripts/soak cluster [--nodes 5] [--kills N]
// [--seed S]` runs longer variants through GONGZHI_SOAK_NODES, GONGZHI_SOAK_KILLS
// and GONGZHI_SOAK_SEED. The seed is printed; it fixes the victims and the
// down times (not the processes' own scheduling).
#include "tests/cluster/ClusterProcesses.h"

#include <QRandomGenerator>
#include <QTest>
#include <QThread>

using namespace tests;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

constexpr int LivenessMs = 60000;
constexpr int RoundSize = 2000;

} // namespace

class TestKillLoop : public QObject
{
    Q_OBJECT

    // Keeps one load round running, through a random running node.
    static void keepLoading(ClusterProcesses &c, QRandomGenerator &rng)
    {
        if (c.loadRunning())
            return;
        std::vector<int> up;
        for (int i = 0; i < c.size(); ++i) {
            if (c.isRunning(i))
                up.push_back(i);
        }
        if (!up.empty())
            c.startLoadRound(up[rng.bounded(int(up.size()))], RoundSize);
    }

    static qint64 highestHead(const ClusterProcesses &c)
    {
        qint64 best = -1;
        for (int i = 0; i < c.size(); ++i)
            best = std::max(best, c.headHeight(i));
        return best;
    }

    static int currentLeader(const ClusterProcesses &c)
    {
        for (int i = 0; i < c.size(); ++i) {
            if (c.isRunning(i)
                && c.status(i).value(QStringLiteral("role")).toString() == QLatin1String("leader"))
                return i;
        }
        return -1;
    }

private Q_SLOTS:
    void randomKills_loseNothingAcknowledged_commitNothingTwice()
    {
        const int nodes = envInt("GONGZHI_SOAK_NODES", 3);
        const int kills = envInt("GONGZHI_SOAK_KILLS", 20);
        const quint32 seed = quint32(
            envInt("GONGZHI_SOAK_SEED", int(QRandomGenerator::system()->bounded(1 << 30))));
        qInfo("kill loop: %d nodes, %d kills, seed %u (GONGZHI_SOAK_SEED=%u replays the choices)",
              nodes, kills, seed, seed);
        QRandomGenerator rng(seed);

        ClusterProcesses c(nodes);
        QVERIFY(c.init());
        for (int i = 0; i < nodes; ++i)
            QVERIFY(c.start(i));
        QVERIFY2(ClusterProcesses::waitFor([&] { return c.agreedLeader() >= 0; }, LivenessMs),
                 qPrintable(c.nodeLog(0)));

        int leaderKills = 0;
        for (int k = 0; k < kills; ++k) {
            // Progress since the last restart: some node's chain grew.
            const qint64 before = highestHead(c);
            const bool progressed = ClusterProcesses::waitFor(
                [&] {
                    keepLoading(c, rng);
                    return highestHead(c) > before;
                },
                LivenessMs);
            QVERIFY2(
                progressed,
                qPrintable(QStringLiteral("no commit after kill %1 (seed %2)\n").arg(k).arg(seed)
                           + c.nodeLog(0) + c.nodeLog(1)));

            const int leader = currentLeader(c);
            const int victim
                = (leader >= 0 && rng.bounded(2) == 0) ? leader : int(rng.bounded(nodes));
            if (victim == leader)
                ++leaderKills;
            c.kill(victim);
            // Fault injection, not a wait for a result: how long the PC stays off.
            QThread::msleep(rng.bounded(1500));
            keepLoading(c, rng);
            QVERIFY(c.start(victim));
            QVERIFY2(
                ClusterProcesses::waitFor([&] { return !c.status(victim).isEmpty(); }, LivenessMs),
                qPrintable(c.nodeLog(victim)));
        }
        qInfo("kill loop: %d kills (%d of the leader), %d load rounds", kills, leaderKills,
              c.loadRounds());

        c.stopLoad(120000);
        qint64 acked = 0;
        const QString acks = c.mergedAcks(&acked);
        qInfo("kill loop: %lld acknowledged transactions", static_cast<long long>(acked));
        QVERIFY(acked > 0);
        const QString problem = c.convergenceProblem(acks, LivenessMs);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral(" (seed %1)").arg(seed)));
    }
};

QTEST_GUILESS_MAIN(TestKillLoop)
#include "TestKillLoop.moc"
