// Messages a hostile (or corrupt) member may send, within an authenticated connection:
// huge terms, replays of old messages, a second leader in a term, a TimeoutNow or a
// "transfer" vote nobody asked for (docs/raft.md "Hostile peers").
#include "tests/ledger/raft/TestCluster.h"

#include <QTest>

using namespace ledger::raft;
using namespace ledger::raft::testing;

namespace {

constexpr Term Huge63 = Term(1) << 63;
constexpr Term Max64 = ~Term(0);

Message append(NodeId from, NodeId to, Term term, Index prev, Term prevTerm,
               std::vector<Entry> entries, Index commit)
{
    Message m = msg(MessageType::Append, from, to, term);
    m.index = prev;
    m.logTerm = prevTerm;
    m.entries = std::move(entries);
    m.commit = commit;
    return m;
}

// Ticks `n` until it has sent messages; fails the test if their terms ever go down.
void tickAndCheckTermsNeverWrap(SoloNode &n, int ticks)
{
    Term highest = n.raft().term();
    for (int i = 0; i < ticks; ++i) {
        n.raft().tick();
        for (const Message &m : n.drain())
            QVERIFY2(m.term >= highest, "a message with a wrapped term");
        QVERIFY2(n.raft().term() >= highest, "the term went down");
        highest = n.raft().term();
    }
}

} // namespace

class TestHostileMessages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acceptableTerm_boundsTheTermAndItsJump()
    {
        QVERIFY(acceptableTerm(5, 5 + MaxTermJump));
        QVERIFY(!acceptableTerm(5, 6 + MaxTermJump));
        QVERIFY(acceptableTerm(MaxTerm - 1, MaxTerm));
        QVERIFY(!acceptableTerm(MaxTerm, MaxTerm + 1));
        QVERIFY(!acceptableTerm(MaxTerm, Max64));
        QVERIFY(acceptableTerm(MaxTerm, 3)); // stale terms are handled as stale
    }

    void appendWithHugeTerm_isNotAdopted_data()
    {
        QTest::addColumn<Term>("term");
        QTest::newRow("2^63") << Huge63;
        QTest::newRow("2^64-1") << Max64;
        QTest::newRow("ours+2^32+1") << Term(3 + MaxTermJump + 1);
    }
    void appendWithHugeTerm_isNotAdopted()
    {
        QFETCH(Term, term);
        SoloNode n(1, { 1, 2, 3 }, {}, {}, 3);
        const auto out = n.exchange(append(2, 1, term, 1, 1, {}, 1));
        QCOMPARE(n.raft().term(), Term(3));
        QCOMPARE(n.raft().leader(), NoNode);
        QVERIFY(out.empty()); // not even answered: the answer would carry no useful term
    }

    void voteAndPreVoteWithHugeTerm_areIgnoredWithoutALeader()
    {
        // No leader, so no lease protects this node: only the term bound does.
        for (const Term term : { Huge63, Max64 }) {
            for (const auto type : { MessageType::Vote, MessageType::PreVote }) {
                SoloNode n(1, { 1, 2, 3 }, {}, {}, 3);
                Message v = msg(type, 2, 1, term);
                v.index = 1000;
                v.logTerm = term;
                QVERIFY(n.exchange(v).empty());
                QCOMPARE(n.raft().term(), Term(3));
                QCOMPARE(n.raft().vote(), NoNode);
                tickAndCheckTermsNeverWrap(n, 40);
            }
        }
    }

    void nodeAtTheHighestTerm_neverCampaignsIntoAWrappedTerm_data()
    {
        QTest::addColumn<Term>("term");
        QTest::newRow("MaxTerm") << MaxTerm;
        QTest::newRow("2^64-1 (a disk written before the bound)") << Max64;
    }
    void nodeAtTheHighestTerm_neverCampaignsIntoAWrappedTerm()
    {
        QFETCH(Term, term);
        SoloNode n(1, { 1, 2, 3 }, {}, {}, term);
        tickAndCheckTermsNeverWrap(n, 100);
        QCOMPARE(n.raft().term(), term);
        QCOMPARE(n.raft().role(), Role::Follower);
        // A single-node cluster would elect itself at once: it must not either.
        SoloNode solo(1, { 1 }, {}, {}, term);
        tickAndCheckTermsNeverWrap(solo, 100);
        QCOMPARE(solo.raft().term(), term);
    }

    void claimedTransferVote_raisesTheTermByAtMostOne()
    {
        TestCluster c({ 1, 2, 3 });
        QVERIFY(c.campaign(1));
        c.tickAll(2);
        const Term t = c.raft(2).term();
        Message v = msg(MessageType::Vote, 3, 2, t + 1000);
        v.index = 1000;
        v.logTerm = t + 1000;
        v.context = "transfer";
        c.raft(2).step(v);
        QCOMPARE(c.raft(2).term(), t); // a transfer election is one term above the leader's
        QCOMPARE(c.raft(2).leader(), NodeId(1));
    }

    void timeoutNowFromANonLeader_startsNoElection()
    {
        TestCluster c({ 1, 2, 3 });
        QVERIFY(c.campaign(1));
        c.tickAll(2);
        const Term t = c.raft(2).term();
        for (const Term term : { t, t + 1 }) {
            c.raft(2).step(msg(MessageType::TimeoutNow, 3, 2, term));
            c.deliverAll();
            QCOMPARE(c.raft(2).term(), t);
            QCOMPARE(c.raft(1).role(), Role::Leader);
        }
    }

    void secondLeaderInATerm_isIgnored_noTruncation()
    {
        TestCluster c({ 1, 2, 3 });
        QVERIFY(c.campaign(1));
        const Term t = c.raft(1).term();
        // Entries on 2 that are not committed yet (3 is cut off from 1, 1's
        // acknowledgements from 2 are held back).
        c.cut(1, 3);
        c.dropIf = [](const Message &m) { return m.type == MessageType::AppendResp; };
        QVERIFY(c.propose(1, payload(7)).has_value());
        c.dropIf = {};
        const Index last = c.raft(2).lastIndex();
        const Index committed = c.raft(2).committed();
        QVERIFY(last > committed);
        const auto before = *c.node(2).storage->entries(1, last + 1, SIZE_MAX);
        // Node 3 claims to lead term t too, and overwrites the uncommitted tail.
        c.raft(2).step(append(3, 2, t, committed, *c.raft(2).log().term(committed),
                              { Entry { t, committed + 1, EntryType::Normal, payload(99) } },
                              committed));
        c.flush(2);
        QCOMPARE(*c.node(2).storage->entries(1, last + 1, SIZE_MAX), before);
        QCOMPARE(c.raft(2).lastIndex(), last);
        QCOMPARE(c.raft(2).leader(), NodeId(1));
    }

    void replayingEveryEarlierMessage_changesNothing()
    {
        TestCluster c({ 1, 2, 3 });
        QVERIFY(c.campaign(1));
        for (int i = 0; i < 5; ++i)
            QVERIFY(c.propose(1, payload(i)).has_value());
        c.tickAll(3);
        const std::vector<Message> earlier = c.sent();
        QVERIFY(c.campaign(2)); // a later term
        for (int i = 5; i < 8; ++i)
            QVERIFY(c.propose(2, payload(i)).has_value());
        c.tickAll(3);
        const Term term = c.raft(2).term();
        std::map<NodeId, std::pair<NodeId, Index>> before; // vote, commit
        for (NodeId id : c.ids())
            before[id] = { c.raft(id).vote(), c.raft(id).committed() };
        const auto log2 = *c.node(3).storage->entries(1, c.raft(3).lastIndex() + 1, SIZE_MAX);

        for (const Message &m : earlier) {
            c.raft(m.to).step(m);
            c.deliverAll();
        }
        QCOMPARE(c.raft(2).role(), Role::Leader);
        for (NodeId id : c.ids()) {
            QCOMPARE(c.raft(id).term(), term);
            QCOMPARE(c.raft(id).vote(), before[id].first);
            QVERIFY(c.raft(id).committed() >= before[id].second);
        }
        const auto after = *c.node(3).storage->entries(1, log2.size() + 1, SIZE_MAX);
        QCOMPARE(after, log2);
        QVERIFY2(c.safetyViolation().isEmpty(), qPrintable(c.safetyViolation()));
        QVERIFY(c.propose(2, payload(100)).has_value()); // still commits
        c.tickAll(2);
        QCOMPARE(c.raft(3).committed(), c.raft(2).committed());
    }
};

QTEST_GUILESS_MAIN(TestHostileMessages)
#include "TestHostileMessages.moc"
