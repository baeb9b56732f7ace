// PreVote (dissertation §9.6), CheckQuorum (§6.2) and the vote lease (§4.2.3).
#include "tests/ledger/raft/TestCluster.h"

#include <QTest>

using namespace ledger::raft;
using namespace ledger::raft::testing;

class TestPreVoteCheckQuorum : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void isolatedNode_doesNotRaiseItsTerm()
    {
        TestCluster c({ 1, 2, 3 });
        QVERIFY(c.campaign(1));
        const Term t = c.raft(1).term();
        c.isolate(3);
        c.tickAll(200);
        QCOMPARE(c.raft(3).term(), t); // PreVotes fail; the term stays
        c.heal();
        c.tickAll(20);
        QCOMPARE(c.raft(1).role(), Role::Leader); // rejoining does not depose the leader
        QCOMPARE(c.raft(1).term(), t);
    }

    void withoutPreVote_isolatedNodeDisruptsOnReturn()
    {
        TestCluster c({ 1, 2, 3 }, [](Config &cfg) {
            cfg.preVote = false;
            cfg.checkQuorum = false;
        });
        QVERIFY(c.campaign(1));
        const Term t = c.raft(1).term();
        c.isolate(3);
        c.tickAll(200);
        QVERIFY(c.raft(3).term() > t + 3);
        c.heal();
        c.tickAll(40);
        QVERIFY(c.raft(1).term() > t); // the old leader was deposed
    }

    void preVote_grantedWithoutChangingTermOrVote()
    {
        SoloNode n(1, { 1, 2, 3 }, {}, {}, 3);
        auto v = msg(MessageType::PreVote, 2, 1, 4);
        v.index = 1;
        v.logTerm = 1;
        const auto out = n.exchange(v);
        QVERIFY(!out.back().reject);
        QCOMPARE(out.back().term, Term(4));
        QCOMPARE(n.raft().term(), Term(3));
        QCOMPARE(n.raft().vote(), NoNode);
    }

    void leaseFollower_ignoresVotesWhileLeaderIsAlive()
    {
        TestCluster c({ 1, 2, 3 });
        QVERIFY(c.campaign(1));
        c.tickAll(2);
        auto v = msg(MessageType::Vote, 3, 2, c.raft(2).term() + 5);
        v.index = 100;
        v.logTerm = 100;
        c.raft(2).step(v);
        QCOMPARE(c.raft(2).term(), c.raft(1).term()); // ignored entirely
        v.context = "transfer"; // unless the leader asked for the election, which is
        v.term = c.raft(2).term() + 1; // exactly one term above the leader's
        c.raft(2).step(v);
        QCOMPARE(c.raft(2).term(), v.term);
    }

    void leaderWithoutQuorum_stepsDownWithinElectionTimeout()
    {
        TestCluster c({ 1, 2, 3 });
        QVERIFY(c.campaign(1));
        c.isolate(1);
        int ticks = 0;
        while (c.raft(1).role() == Role::Leader && ticks < 100) {
            c.tick(1);
            ++ticks;
        }
        QCOMPARE(c.raft(1).role(), Role::Follower);
        QVERIFY(ticks <= 2 * 10);
    }

    void leaderWithQuorum_staysLeader()
    {
        TestCluster c({ 1, 2, 3 });
        QVERIFY(c.campaign(1));
        c.isolate(3);
        c.tickAll(100);
        QCOMPARE(c.raft(1).role(), Role::Leader);
    }

    void staleLeader_learnsNewTermFromFollowerAnswer()
    {
        TestCluster c({ 1, 2, 3 });
        QVERIFY(c.campaign(1));
        c.isolate(1);
        QVERIFY(c.campaign(2));
        c.heal();
        c.raft(1).tick(); // old leader heartbeats with its stale term
        c.deliverAll();
        QCOMPARE(c.raft(1).role(), Role::Follower);
        QCOMPARE(c.raft(1).term(), c.raft(2).term());
    }
};

QTEST_GUILESS_MAIN(TestPreVoteCheckQuorum)
#include "TestPreVoteCheckQuorum.moc"
