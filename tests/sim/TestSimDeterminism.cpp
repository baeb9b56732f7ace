// The same seed replays the same run, event for event.
#include "tests/sim/SimTestSupport.h"

#include <QTest>

class TestSimDeterminism : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameSeed_sameTraceHash()
    {
        std::set<std::uint64_t> hashes;
        for (int nodes : { 3, 5, 7 }) {
            for (std::uint64_t seed = 1; seed <= 8; ++seed) {
                sim::SimOptions o;
                o.nodes = nodes;
                o.seed = seed;
                const auto a = sim::runSimulation(o);
                const auto b = sim::runSimulation(o);
                QCOMPARE(a.traceHash, b.traceHash);
                QCOMPARE(a.stats.events, b.stats.events);
                QCOMPARE(a.violation, b.violation);
                hashes.insert(a.traceHash);
            }
        }
        QCOMPARE(hashes.size(), size_t(24)); // and different seeds differ
    }

    void tracing_doesNotChangeTheRun()
    {
        sim::SimOptions o;
        o.nodes = 5;
        o.seed = 42;
        const auto plain = sim::runSimulation(o);
        o.trace = true;
        const auto traced = sim::runSimulation(o);
        QCOMPARE(traced.traceHash, plain.traceHash);
        QVERIFY(traced.trace.size() > 100);
    }

    void runs_seeManyElectionsAndAcknowledgements()
    {
        std::uint64_t elections = 0;
        std::uint64_t acked = 0;
        std::uint64_t reads = 0;
        std::uint64_t conf = 0;
        for (std::uint64_t seed = 1; seed <= 30; ++seed) {
            sim::SimOptions o;
            o.nodes = 5;
            o.seed = seed;
            const auto r = sim::runSimulation(o);
            QVERIFY2(r.ok(), qPrintable(r.violation));
            elections += r.stats.elections;
            acked += r.stats.acknowledged;
            reads += r.stats.reads;
            conf += r.stats.confChanges;
        }
        // Long enough to see many elections (about 12 leaders per run here).
        QVERIFY(elections >= 30 * 8);
        QVERIFY(acked >= 30 * 80);
        QVERIFY(reads >= 30 * 15);
        QVERIFY(conf >= 20);
    }
};

QTEST_GUILESS_MAIN(TestSimDeterminism)
#include "TestSimDeterminism.moc"
