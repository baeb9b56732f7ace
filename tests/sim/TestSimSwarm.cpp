// Swarm-tested seeds for one cluster size (SIM_NODES) and seed range (SIM_FIRST,
// SIM_COUNT), set per ctest executable in CMakeLists.txt so that ctest -j runs them
// in parallel.
#include "tests/sim/SimTestSupport.h"

#include <QTest>

class TestSimSwarm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everySeed_holdsEveryInvariantAndConverges()
    {
        const QString report = sim::runSeeds(SIM_NODES, SIM_FIRST, SIM_COUNT);
        if (!report.isEmpty())
            QTextStream(stdout) << report;
        QVERIFY2(report.isEmpty(), "simulator found violations (replay commands above)");
    }
};

QTEST_GUILESS_MAIN(TestSimSwarm)
#include "TestSimSwarm.moc"
