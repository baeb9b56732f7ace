// Dissertation §4 (Raft paper §6) membership changes: learners, promotion, removal,
// one change at a time, and the pitfalls of single-server changes.
#include "tests/ledger/raft/TestCluster.h"

#include <QTest>

using namespace ledger::raft;
using namespace ledger::raft::testing;

namespace {
ConfChange change(ConfChangeType type, NodeId node, std::uint64_t incarnation = 0)
{
    return ConfChange { type, node, incarnation, {} };
}
} // namespace

class TestMembership : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void confChange_roundTripsAndRejectsGarbage()
    {
        ConfChange c { ConfChangeType::Bootstrap, 0, 0, { 1, 2, 3 } };
        QCOMPARE(*ConfChange::decode(c.encode()), c);
        QVERIFY(!ConfChange::decode(QByteArray("\x01\x09", 2)));
        QVERIFY(!ConfChange::decode(QByteArray(c.encode() + "x")));
    }

    void learner_replicatesButNeverVotesOrCounts()
    {
        TestCluster c({ 1, 2, 3 });
        QVERIFY(c.campaign(1));
        c.addJoiner(4, 44);
        QVERIFY(c.raft(1).proposeConfChange(change(ConfChangeType::AddLearner, 4, 44)).has_value());
        c.deliverAll();
        QVERIFY(c.raft(4).membership().isLearner(4));
        QCOMPARE(c.raft(4).lastIndex(), c.raft(1).lastIndex());
        // Quorum is still 2 of {1,2,3}: with 2 and 3 down, 1 + learner 4 cannot commit.
        c.isolate(2), c.isolate(3);
        const auto p = c.propose(1, "x");
        QVERIFY(c.raft(1).committed() < p->index);
        QCOMPARE(c.raft(4).lastIndex(), p->index);
        // A learner never campaigns, however long it waits.
        c.isolate(1);
        c.tick(4, 100);
        QCOMPARE(c.raft(4).role(), Role::Follower);
        QCOMPARE(c.raft(4).term(), c.raft(1).term());
    }

    void learner_promotedToVoterCountsTowardQuorum()
    {
        TestCluster c({ 1, 2, 3 });
        QVERIFY(c.campaign(1));
        c.addJoiner(4, 44);
        QVERIFY(c.raft(1).proposeConfChange(change(ConfChangeType::AddLearner, 4, 44)).has_value());
        c.deliverAll();
        QVERIFY(c.raft(1).proposeConfChange(change(ConfChangeType::PromoteLearner, 4)).has_value());
        c.deliverAll();
        for (NodeId id : c.ids())
            QCOMPARE(c.raft(id).membership().voterCount(), size_t(4));
        c.isolate(3);
        c.isolate(2);
        const auto p = c.propose(1, "x"); // 1 + 4 is not a majority of 4
        QVERIFY(c.raft(1).committed() < p->index);
        c.heal();
        c.isolate(3);
        c.tickAll(2); // 1, 2, 4 are
        QCOMPARE(c.raft(1).committed(), p->index);
        // The new voter can now win an election.
        c.heal();
        QVERIFY(c.campaign(4));
    }

    void promotingALaggingLearner_isRefusedUntilItCatchesUp()
    {
        TestCluster c({ 1, 2, 3 });
        QVERIFY(c.campaign(1));
        c.addJoiner(4, 44);
        QVERIFY(c.raft(1).proposeConfChange(change(ConfChangeType::AddLearner, 4, 44)).has_value());
        c.isolate(4);
        c.deliverAll();
        c.tickAll(2);
        const auto early = c.raft(1).proposeConfChange(change(ConfChangeType::PromoteLearner, 4));
        QCOMPARE(early.error().reason, Rejection::LearnerBehind);
        QVERIFY(!c.raft(4).enabled()); // it does not even know it was added
        c.heal();
        c.tickAll(3);
        QVERIFY(c.raft(4).enabled());
        QVERIFY(c.raft(1).proposeConfChange(change(ConfChangeType::PromoteLearner, 4)).has_value());
    }

    void promotingANonLearner_isRefused()
    {
        TestCluster c({ 1, 2, 3 });
        QVERIFY(c.campaign(1));
        const auto r = c.raft(1).proposeConfChange(change(ConfChangeType::PromoteLearner, 9));
        QCOMPARE(r.error().reason, Rejection::InvalidConfChange);
        const auto dup = c.raft(1).proposeConfChange(change(ConfChangeType::AddLearner, 2, 5));
        QCOMPARE(dup.error().reason, Rejection::InvalidConfChange);
    }

    void configTakesEffectWhenAppended_andIsUndoneWhenTruncated()
    {
        TestCluster c({ 1, 2, 3 });
        QVERIFY(c.campaign(1));
        c.isolate(1);
        QVERIFY(c.raft(1).proposeConfChange(change(ConfChangeType::RemoveNode, 3)).has_value());
        QCOMPARE(c.raft(1).membership().voterCount(), size_t(2)); // in effect uncommitted
        QVERIFY(c.campaign(2));
        c.propose(2, "y");
        c.heal();
        c.tickAll(3);
        QCOMPARE(c.raft(1).membership().voterCount(), size_t(3)); // the entry was overwritten
        QVERIFY(c.raft(1).membership().isVoter(3));
        QCOMPARE(c.safetyViolation(), QString());
    }

    void removedVoter_isNoLongerCounted_andCannotDisrupt()
    {
        TestCluster c({ 1, 2, 3, 4 });
        QVERIFY(c.campaign(1));
        QVERIFY(c.raft(1).proposeConfChange(change(ConfChangeType::RemoveNode, 4)).has_value());
        c.deliverAll();
        c.tickAll(2);
        QCOMPARE(c.raft(1).membership().voterCount(), size_t(3));
        const Term t = c.raft(1).term();
        // Node 4 no longer hears from anyone; it must not start elections or raise terms.
        c.isolate(4);
        c.tickAll(100);
        c.heal();
        c.tickAll(20);
        QCOMPARE(c.raft(1).role(), Role::Leader);
        QCOMPARE(c.raft(1).term(), t);
    }

    void removedLeader_stepsDownAfterCommit_4_2_2()
    {
        TestCluster c({ 1, 2, 3 });
        QVERIFY(c.campaign(1));
        const auto r = c.raft(1).proposeConfChange(change(ConfChangeType::RemoveNode, 1));
        QVERIFY(r.has_value());
        c.deliverAll();
        QCOMPARE(c.raft(1).role(), Role::Follower);
        QVERIFY(c.raft(2).committed() >= r->index);
        c.tickAll(40);
        int leaders = 0;
        for (NodeId id : { 2, 3 })
            leaders += c.raft(id).role() == Role::Leader ? 1 : 0;
        QCOMPARE(leaders, 1);
        QCOMPARE(c.raft(1).role(), Role::Follower);
    }

    void newLeader_refusesConfigChangeUntilOwnTermCommit()
    {
        TestCluster c({ 1, 2, 3 });
        c.dropIf = [](const Message &m) { return m.type == MessageType::AppendResp; };
        QVERIFY(c.campaign(1));
        const auto r = c.raft(1).proposeConfChange(change(ConfChangeType::RemoveNode, 3));
        QCOMPARE(r.error().reason, Rejection::NoCommitInTerm);
        c.dropIf = {};
        c.tickAll(2);
        QVERIFY(c.raft(1).proposeConfChange(change(ConfChangeType::RemoveNode, 3)).has_value());
    }

    void wipedMember_rejoinsOnlyAsNewMember()
    {
        TestCluster c({ 1, 2, 3 });
        QVERIFY(c.campaign(1));
        c.propose(1, "a");
        c.wipe(3, 333);
        c.tickAll(3);
        QCOMPARE(c.raft(3).lastIndex(), c.raft(1).lastIndex()); // it replicates again...
        QVERIFY(!c.raft(3).enabled()); // ...but never votes as "3" again
        // The operator removes the old identity and adds the machine under a new id.
        QVERIFY(c.raft(1).proposeConfChange(change(ConfChangeType::RemoveNode, 3)).has_value());
        c.deliverAll();
        c.addJoiner(4, 444);
        QVERIFY(
            c.raft(1).proposeConfChange(change(ConfChangeType::AddLearner, 4, 444)).has_value());
        c.deliverAll();
        QVERIFY(c.raft(1).proposeConfChange(change(ConfChangeType::PromoteLearner, 4)).has_value());
        c.deliverAll();
        QVERIFY(c.raft(4).enabled());
        QVERIFY(c.campaign(4));
    }
};

QTEST_GUILESS_MAIN(TestMembership)
#include "TestMembership.moc"
