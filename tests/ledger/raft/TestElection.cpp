// Raft §5.2 leader election and §5.4.1 election restriction.
#include "tests/ledger/raft/TestCluster.h"

#include <QTest>

using namespace ledger::raft;
using namespace ledger::raft::testing;

namespace {
void noPreVote(Config &c)
{
    c.preVote = false;
}
} // namespace

class TestElection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followerTimeout_startsElectionInNextTerm()
    {
        SoloNode n(1, { 1, 2, 3 }, {}, noPreVote);
        const Term before = n.raft().term();
        std::vector<Message> out;
        for (int i = 0; i < 40 && out.empty(); ++i) {
            n.raft().tick();
            out = n.drain();
        }
        auto votes = ofType(out, MessageType::Vote);
        QCOMPARE(votes.size(), size_t(2));
        QCOMPARE(n.raft().role(), Role::Candidate);
        QCOMPARE(n.raft().term(), before + 1);
        QCOMPARE(n.raft().vote(), NodeId(1));
        QCOMPARE(n.storage().hardState().vote, NodeId(1)); // persisted before the requests left
        QCOMPARE(votes[0].index, Index(1));
        QCOMPARE(votes[0].logTerm, Term(1));
    }

    void electionTimeout_isRandomizedInTToTwoT()
    {
        std::set<int> seen;
        for (std::uint64_t seed = 1; seed <= 60; ++seed) {
            SoloNode n(1, { 1, 2, 3 }, {}, [seed](Config &c) {
                c.preVote = false;
                c.seed = seed;
            });
            int ticks = 0;
            while (n.raft().role() == Role::Follower && ticks < 100) {
                n.raft().tick();
                ++ticks;
            }
            QVERIFY2(ticks >= 10 && ticks < 20, qPrintable(QString::number(ticks)));
            seen.insert(ticks);
        }
        QVERIFY(seen.size() >= 5); // spread out, not one fixed value
    }

    void candidateWithMajority_becomesLeaderAndAppendsBlankEntry()
    {
        SoloNode n(1, { 1, 2, 3 }, {}, noPreVote);
        n.raft().tick();
        while (n.raft().role() != Role::Candidate)
            n.raft().tick();
        n.drain();
        const Term t = n.raft().term();
        auto out = n.exchange(msg(MessageType::VoteResp, 2, 1, t));
        QCOMPARE(n.raft().role(), Role::Leader);
        // Raft §8: a no-op entry of the new term, sent to every follower.
        QCOMPARE(n.raft().lastIndex(), Index(2));
        QCOMPARE(*n.raft().log().term(2), t);
        QCOMPARE(ofType(out, MessageType::Append).size(), size_t(2));
    }

    void candidateWithMajorityRejecting_returnsToFollower()
    {
        SoloNode n(1, { 1, 2, 3 }, {}, noPreVote);
        while (n.raft().role() != Role::Candidate)
            n.raft().tick();
        const Term t = n.raft().term();
        auto r = msg(MessageType::VoteResp, 2, 1, t);
        r.reject = true;
        n.exchange(r);
        QCOMPARE(n.raft().role(), Role::Candidate);
        r.from = 3;
        n.exchange(r);
        QCOMPARE(n.raft().role(), Role::Follower);
        QCOMPARE(n.raft().term(), t);
    }

    void voter_grantsAtMostOneVotePerTerm()
    {
        SoloNode n(1, { 1, 2, 3 }, {}, noPreVote);
        auto v = msg(MessageType::Vote, 2, 1, 5);
        v.index = 1;
        v.logTerm = 1;
        auto out = n.exchange(v);
        QCOMPARE(out.size(), size_t(1));
        QVERIFY(!out[0].reject);
        v.from = 3;
        out = n.exchange(v);
        QVERIFY(out[0].reject);
        v.from = 2; // a duplicate of the first request is granted again
        out = n.exchange(v);
        QVERIFY(!out[0].reject);
    }

    void voter_rejectsCandidateWithStaleLog_5_4_1_data()
    {
        QTest::addColumn<Index>("lastIndex");
        QTest::addColumn<Term>("lastTerm");
        QTest::addColumn<bool>("granted");
        // voter's log: terms [1, 1, 2, 2] -> last (4, 2)
        QTest::newRow("lower last term") << Index(9) << Term(1) << false;
        QTest::newRow("same term shorter") << Index(3) << Term(2) << false;
        QTest::newRow("same term same length") << Index(4) << Term(2) << true;
        QTest::newRow("same term longer") << Index(5) << Term(2) << true;
        QTest::newRow("higher term shorter") << Index(2) << Term(3) << true;
    }
    void voter_rejectsCandidateWithStaleLog_5_4_1()
    {
        QFETCH(Index, lastIndex);
        QFETCH(Term, lastTerm);
        QFETCH(bool, granted);
        SoloNode n(1, { 1, 2, 3 }, { 1, 2, 2 }, noPreVote);
        auto v = msg(MessageType::Vote, 2, 1, 5);
        v.index = lastIndex;
        v.logTerm = lastTerm;
        auto out = n.exchange(v);
        QCOMPARE(out.size(), size_t(1));
        QCOMPARE(!out[0].reject, granted);
    }

    void anyNodeSeeingHigherTerm_adoptsItAndStepsDown()
    {
        TestCluster c({ 1, 2, 3 }, noPreVote);
        QVERIFY(c.campaign(1));
        const Term t = c.raft(1).term();
        auto m = msg(MessageType::AppendResp, 3, 1, t + 3);
        c.raft(1).step(m);
        QCOMPARE(c.raft(1).role(), Role::Follower);
        QCOMPARE(c.raft(1).term(), t + 3);
    }

    void staleTermMessages_areIgnored()
    {
        SoloNode n(1, { 1, 2, 3 }, {}, noPreVote, 7);
        auto a = msg(MessageType::Append, 2, 1, 6);
        a.index = 1;
        a.logTerm = 1;
        a.entries = { Entry { 6, 2, EntryType::Normal, "x" } };
        n.exchange(a);
        QCOMPARE(n.raft().lastIndex(), Index(1));
        QCOMPARE(n.raft().leader(), NoNode);
    }

    void candidateReceivingAppendOfItsTerm_becomesFollower()
    {
        SoloNode n(1, { 1, 2, 3 }, {}, noPreVote);
        while (n.raft().role() != Role::Candidate)
            n.raft().tick();
        const Term t = n.raft().term();
        auto a = msg(MessageType::Append, 2, 1, t);
        a.index = 1;
        a.logTerm = 1;
        n.exchange(a);
        QCOMPARE(n.raft().role(), Role::Follower);
        QCOMPARE(n.raft().leader(), NodeId(2));
    }

    void cluster_electsExactlyOneLeaderFromTicks()
    {
        for (std::uint64_t seed = 1; seed <= 20; ++seed) {
            TestCluster c({ 1, 2, 3, 4, 5 },
                          [seed](Config &cfg) { cfg.seed = seed * 31 + cfg.id; });
            c.tickAll(60);
            std::map<Term, int> leaders;
            for (NodeId id : c.ids()) {
                if (c.raft(id).role() == Role::Leader)
                    ++leaders[c.raft(id).term()];
            }
            QCOMPARE(leaders.size(), size_t(1));
            QCOMPARE(leaders.begin()->second, 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestElection)
#include "TestElection.moc"
