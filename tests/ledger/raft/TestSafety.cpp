// Raft §5.4 safety: election restriction, commitment rule (Figure 8), leader
// completeness and state-machine safety under scripted crashes.
#include "tests/ledger/raft/TestCluster.h"

#include <QTest>

using namespace ledger::raft;
using namespace ledger::raft::testing;

class TestSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void figure8_olderTermEntryCommitsOnlyWithCurrentTermEntry_5_4_2()
    {
        // A leader of term 4 holding a term-2 entry replicated on a majority commits it
        // only once its own term-4 entry reaches a majority.
        TestCluster c({ 1, 2, 3, 4, 5 });
        QVERIFY(c.campaign(1));
        c.cut(1, 3), c.cut(1, 4), c.cut(1, 5);
        const auto x = c.propose(1, "x");
        c.crash(1);
        c.heal();
        c.dropIf = [](const Message &m) { return m.from == 5 && m.type == MessageType::Append; };
        QVERIFY(c.campaign(5));
        c.crash(5);
        c.dropIf = [](const Message &m) {
            return m.from == 1 && m.to == 4 && m.type == MessageType::Append;
        };
        c.mutate = [](Message &m) {
            if (m.from == 1)
                std::erase_if(m.entries, [](const Entry &e) { return e.index > 3; });
        };
        c.restart(1);
        QVERIFY(c.campaign(1));
        c.tick(1, 2);
        QCOMPARE(*c.raft(3).log().term(x->index), Term(2)); // on S1, S2, S3: a majority
        QVERIFY(c.raft(1).committed() < x->index); // yet not committed
        c.mutate = {};
        c.tick(1, 2); // the term-4 entry reaches S2, S3
        QVERIFY(c.raft(1).committed() > x->index);
        QCOMPARE(c.safetyViolation(), QString());
    }

    void leaderCompleteness_newLeaderHasEveryCommittedEntry()
    {
        for (std::uint64_t seed = 1; seed <= 10; ++seed) {
            TestCluster c({ 1, 2, 3, 4, 5 }, [seed](Config &cfg) { cfg.seed = seed * 7 + cfg.id; });
            QVERIFY(c.campaign(1));
            int n = 0;
            for (NodeId down : { 1, 2, 3, 4, 5, 1, 3 }) {
                for (int i = 0; i < 3; ++i) {
                    for (NodeId id : c.ids()) {
                        if (c.node(id).raft && c.raft(id).role() == Role::Leader)
                            c.propose(id, payload(++n));
                    }
                }
                c.crash(down);
                c.tickAll(40);
                c.restart(down);
                c.tickAll(5);
            }
            QCOMPARE(c.safetyViolation(), QString());
        }
    }

    void restartedNode_keepsTermVoteAndLog()
    {
        TestCluster c({ 1, 2, 3 });
        QVERIFY(c.campaign(2));
        c.propose(2, "a");
        const Term t = c.raft(1).term();
        const Index last = c.raft(1).lastIndex();
        const NodeId vote = c.raft(1).vote();
        c.crash(1);
        c.restart(1);
        QCOMPARE(c.raft(1).term(), t);
        QCOMPARE(c.raft(1).vote(), vote);
        QCOMPARE(c.raft(1).lastIndex(), last);
        QVERIFY(c.raft(1).committed() >= 1);
    }

    void hardStateAheadOfStoredEntries_refusesToStart()
    {
        // Storage.h write order broken (HardState durable, its entries not): stale
        // entries below the stored commit index must not be taken as committed.
        MemoryStorage storage = MemoryStorage::genesis({ 1, 2, 3 });
        QVERIFY(storage.setHardState(HardState { 4, NoNode, 3 }).has_value());
        Config config;
        config.id = 1;
        const auto raft = Raft::create(config, storage);
        QVERIFY(!raft.has_value());
        QCOMPARE(raft.error().code, ledger::core::ErrorCode::Corrupt);
    }

    void unpersistedReady_isLostOnCrashAndNothingDependsOnIt()
    {
        TestCluster c({ 1, 2, 3 });
        QVERIFY(c.campaign(1));
        const auto x = c.raft(1).propose("x");
        c.dropIf = [](const Message &) { return true; };
        c.holdReady(1);
        c.crash(1);
        c.dropIf = {};
        c.restart(1);
        QVERIFY(c.raft(1).lastIndex() < x->index);
        c.tickAll(40);
        QCOMPARE(c.safetyViolation(), QString());
    }
};

QTEST_GUILESS_MAIN(TestSafety)
#include "TestSafety.moc"
