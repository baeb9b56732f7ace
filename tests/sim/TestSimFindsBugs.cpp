// The simulator is only worth its seeds if it catches real bugs: each deliberately
// broken core (RaftTestKnobs) must produce a violation within the CI seed budget.
#include "tests/sim/SimTestSupport.h"

#include <QTest>

class TestSimFindsBugs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void brokenCore_isCaught_data()
    {
        QTest::addColumn<QString>("knob");
        QTest::addColumn<int>("budget");
        // The budget is the CI swarm's seed count; seeds cycle cluster sizes the same way.
        QTest::newRow("commit old-term entry by counting (Figure 8)")
            << QStringLiteral("commitOldTermByCounting") << 2100;
        QTest::newRow("leader counts its unpersisted entries")
            << QStringLiteral("leaderCountsUnpersisted") << 2100;
        QTest::newRow("forget to persist the vote") << QStringLiteral("forgetPersistVote") << 600;
        QTest::newRow("grant vote to a stale log") << QStringLiteral("grantVoteToStaleLog") << 600;
        QTest::newRow("read without quorum check")
            << QStringLiteral("readWithoutQuorumCheck") << 600;
        QTest::newRow("heartbeat commit beyond match")
            << QStringLiteral("heartbeatCommitUncapped") << 600;
    }
    void brokenCore_isCaught()
    {
        QFETCH(QString, knob);
        QFETCH(int, budget);
        sim::RaftTestKnobs knobs;
        QVERIFY(sim::setKnob(knobs, knob));
        std::uint64_t found = 0;
        // Cycle cluster sizes like the CI swarm does.
        for (std::uint64_t s = 1; s <= static_cast<std::uint64_t>(budget) && !found; ++s) {
            const int nodes = s % 3 == 0 ? 3 : (s % 3 == 1 ? 5 : 7);
            sim::runSeeds(nodes, s, 1, knobs, true, &found);
        }
        QVERIFY2(found != 0, qPrintable(knob + QStringLiteral(" not caught")));
        qInfo("%s caught at seed %llu", qPrintable(knob), static_cast<unsigned long long>(found));
    }
};

QTEST_GUILESS_MAIN(TestSimFindsBugs)
#include "TestSimFindsBugs.moc"
