// Linearizable reads (dissertation §6.4 ReadIndex) and leadership transfer (§3.10).
#include "tests/ledger/raft/TestCluster.h"

#include <QTest>

using namespace ledger::raft;
using namespace ledger::raft::testing;

class TestReadIndexTransfer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readIndex_returnsCommitIndexAfterQuorumHeartbeat()
    {
        TestCluster c({ 1, 2, 3 });
        QVERIFY(c.campaign(1));
        const auto p = c.propose(1, "a");
        c.dropIf = [](const Message &m) { return m.type == MessageType::HeartbeatResp; };
        QVERIFY(c.raft(1).readIndex("r1").has_value());
        c.deliverAll();
        QVERIFY(c.node(1).reads.empty()); // not confirmed yet
        c.dropIf = {};
        c.tickAll(1); // the next heartbeat carries the read context again
        QCOMPARE(c.node(1).reads.size(), size_t(1));
        QCOMPARE(c.node(1).reads[0].context, QByteArray("r1"));
        QCOMPARE(c.node(1).reads[0].index, p->index);
    }

    void readIndex_atFollower_rejectedWithLeaderHint()
    {
        TestCluster c({ 1, 2, 3 });
        QVERIFY(c.campaign(1));
        const auto r = c.raft(2).readIndex("r");
        QCOMPARE(r.error().reason, Rejection::NotLeader);
        QCOMPARE(r.error().leaderHint, NodeId(1));
    }

    void readIndex_batchesEarlierReadsWithLaterConfirmation()
    {
        TestCluster c({ 1, 2, 3 });
        QVERIFY(c.campaign(1));
        c.isolate(1);
        QVERIFY(c.raft(1).readIndex("a").has_value());
        QVERIFY(c.raft(1).readIndex("b").has_value());
        c.deliverAll();
        c.heal();
        c.tickAll(1);
        QCOMPARE(c.node(1).reads.size(), size_t(2));
        QCOMPARE(c.node(1).reads[0].context, QByteArray("a"));
        QCOMPARE(c.node(1).reads[1].context, QByteArray("b"));
    }

    void singleVoter_readsImmediately()
    {
        TestCluster c({ 1 });
        c.tickAll(30);
        QCOMPARE(c.raft(1).role(), Role::Leader);
        QVERIFY(c.raft(1).readIndex("r").has_value());
        c.flush(1);
        QCOMPARE(c.node(1).reads.size(), size_t(1));
    }

    void transfer_toUpToDateVoter_electsItWithoutDisruption()
    {
        TestCluster c({ 1, 2, 3 });
        QVERIFY(c.campaign(1));
        c.tickAll(2);
        const Term t = c.raft(1).term();
        QVERIFY(c.raft(1).transferLeadership(3).has_value());
        c.deliverAll();
        QCOMPARE(c.raft(3).role(), Role::Leader);
        QCOMPARE(c.raft(3).term(), t + 1);
        QCOMPARE(c.raft(1).role(), Role::Follower);
    }

    void transfer_toLaggingVoter_catchesItUpFirst()
    {
        TestCluster c({ 1, 2, 3 });
        QVERIFY(c.campaign(1));
        c.isolate(3);
        for (int i = 0; i < 20; ++i)
            c.propose(1, payload(i));
        c.heal();
        QVERIFY(c.raft(1).transferLeadership(3).has_value());
        const auto p = c.raft(1).propose("blocked");
        QCOMPARE(p.error().reason, Rejection::TransferInProgress);
        c.tickAll(3); // heartbeats reopen the window that filled while 3 was cut off
        QCOMPARE(c.raft(3).role(), Role::Leader);
        QCOMPARE(c.safetyViolation(), QString());
    }

    void transfer_toUnreachableVoter_isAbandonedAfterElectionTimeout()
    {
        TestCluster c({ 1, 2, 3 });
        QVERIFY(c.campaign(1));
        c.isolate(3);
        QVERIFY(c.raft(1).transferLeadership(3).has_value());
        QCOMPARE(c.raft(1).leadTransferee(), NodeId(3));
        c.tick(1, 10);
        QCOMPARE(c.raft(1).leadTransferee(), NoNode);
        QCOMPARE(c.raft(1).role(), Role::Leader);
        QVERIFY(c.raft(1).propose("ok").has_value());
    }

    void transfer_toLearner_isRefused()
    {
        TestCluster c({ 1, 2, 3 });
        QVERIFY(c.campaign(1));
        c.addJoiner(4, 44);
        QVERIFY(c.raft(1).proposeConfChange({ ConfChangeType::AddLearner, 4, 44, {} }).has_value());
        c.deliverAll();
        QCOMPARE(c.raft(1).transferLeadership(4).error().reason, Rejection::NotVoter);
    }
};

QTEST_GUILESS_MAIN(TestReadIndexTransfer)
#include "TestReadIndexTransfer.moc"
