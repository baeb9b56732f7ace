// One regression test per classic Raft bug in RELIABILITY.md. Each runs its scenario
// twice: with the guard (must be safe) and with the guard removed through a
// RaftTestKnobs switch (must show the bug), so the test proves the guard matters.
#include "tests/ledger/raft/TestCluster.h"

#include <QTest>

using namespace ledger::raft;
using namespace ledger::raft::testing;

namespace {

Entry entry(Term t, Index i)
{
    return Entry { t, i, EntryType::Normal, payload(static_cast<int>(i)) };
}

TestCluster::Tweak knob(bool RaftTestKnobs::*field, bool on, int maxMsgEntries = 64)
{
    return [=](Config &c) {
        c.knobs.*field = on;
        c.maxMsgEntries = static_cast<std::size_t>(maxMsgEntries);
    };
}

// Raft Figure 8. Returns the safety violation ("" if none).
QString figure8(bool removeGuard)
{
    TestCluster c({ 1, 2, 3, 4, 5 }, knob(&RaftTestKnobs::commitOldTermByCounting, removeGuard));
    if (!c.campaign(1)) // term 2, blank entry 2 committed everywhere
        return QStringLiteral("setup: S1 not elected");
    c.cut(1, 3), c.cut(1, 4), c.cut(1, 5);
    const auto x = c.propose(1, "x"); // (a) index 3 term 2 on S1, S2
    c.crash(1);
    c.heal();
    c.dropIf = [](const Message &m) { return m.from == 5 && m.type == MessageType::Append; };
    if (!c.campaign(5)) // (b) term 3 with S3, S4; its entry 3 stays local
        return QStringLiteral("setup: S5 not elected in (b)");
    c.crash(5);
    c.dropIf = [](const Message &m) {
        return m.from == 1 && m.to == 4 && m.type == MessageType::Append;
    };
    c.mutate = [](Message &m) { // S1's new entry 4 reaches nobody
        if (m.from == 1)
            std::erase_if(m.entries, [](const Entry &e) { return e.index > 3; });
    };
    c.restart(1);
    if (!c.campaign(1)) // (c) term 4: entry 3 (term 2) now on S1, S2, S3
        return QStringLiteral("setup: S1 not elected in (c)");
    c.tick(1, 2);
    if (c.raft(3).log().term(3) != Term(2))
        return QStringLiteral("setup: S3 lacks entry 3: last %1 term %2 s1 term %3 last %4")
            .arg(c.raft(3).lastIndex())
            .arg(c.raft(3).term())
            .arg(c.raft(1).term())
            .arg(c.raft(1).lastIndex());
    const bool committedOld = c.raft(1).committed() >= x->index;
    c.crash(1);
    c.dropIf = {};
    c.mutate = {};
    c.restart(5);
    if (!c.campaign(5)) // (d) S5 wins with S2, S3, S4 and overwrites entry 3
        return QStringLiteral("setup: S5 not elected in (d)");
    c.propose(5, "y");
    c.tickAll(3);
    if (!removeGuard && committedOld)
        return QStringLiteral("term-2 entry committed by counting replicas");
    return c.safetyViolation();
}

} // namespace

class TestRegressions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bug01_oldTermEntryNotCommittedByCounting_figure8()
    {
        QCOMPARE(figure8(false), QString());
        const QString broken = figure8(true);
        QVERIFY2(broken.contains(QLatin1String("entry 3"))
                     || broken.contains(QLatin1String("index 3")),
                 qPrintable(broken));
    }

    void bug02_followerCommitCappedAtLastNewEntry()
    {
        for (bool removeGuard : { false, true }) {
            // Stale, uncommitted term-1 entries 2..4 from a deposed leader.
            SoloNode f(2, { 1, 2, 3 }, { 1, 1, 1 },
                       knob(&RaftTestKnobs::followerCommitUncapped, removeGuard), 2);
            // Leader of term 2 (log 1, 2:t1, 3:t2, 4:t2, commit 4) probes at index 2.
            auto a = msg(MessageType::Append, 1, 2, 2);
            a.index = 2;
            a.logTerm = 1;
            a.commit = 4;
            f.exchange(a);
            QCOMPARE(f.raft().committed(), removeGuard ? Index(4) : Index(2));
        }
    }

    void bug03_staleAppendDoesNotTruncateMatchingEntries()
    {
        for (bool removeGuard : { false, true }) {
            SoloNode f(2, { 1, 2, 3 }, { 2, 2, 2, 2 },
                       knob(&RaftTestKnobs::truncateOnStaleAppend, removeGuard), 2);
            // A delayed duplicate of an earlier AppendEntries of the same leader.
            auto a = msg(MessageType::Append, 1, 2, 2);
            a.index = 2;
            a.logTerm = 2;
            a.entries = { entry(2, 3) };
            a.commit = 1;
            const auto out = f.exchange(a);
            QCOMPARE(f.raft().lastIndex(), removeGuard ? Index(3) : Index(5));
            QCOMPARE(out.back().index, Index(3));
        }
    }

    void bug04_positionBelowCommitIsNeverAConflict()
    {
        for (bool removeGuard : { false, true }) {
            SoloNode f(2, { 1, 2, 3 }, { 2, 2 },
                       knob(&RaftTestKnobs::compareBelowCommit, removeGuard), 2);
            auto a = msg(MessageType::Append, 1, 2, 2);
            a.index = 3;
            a.logTerm = 2;
            a.commit = 3;
            f.exchange(a); // commit 3
            QCOMPARE(f.raft().committed(), Index(3));
            // A corrupt or hostile message contradicting committed entries 2..3.
            a.index = 1;
            a.logTerm = 1;
            a.entries = { entry(9, 2) };
            const auto out = f.exchange(a);
            QCOMPARE(*f.raft().log().term(2), removeGuard ? Term(9) : Term(2));
            if (!removeGuard)
                QCOMPARE(out.back().index, Index(3)); // answered with the commit index
        }
    }

    void bug05_heartbeatCannotCommitObsoleteEntries()
    {
        for (bool removeGuard : { false, true }) {
            TestCluster c({ 1, 2, 3 }, knob(&RaftTestKnobs::heartbeatCommitUncapped, removeGuard));
            QVERIFY(c.campaign(1));
            c.isolate(1);
            c.propose(1, "obsolete-3");
            c.propose(1, "obsolete-4");
            QVERIFY(c.campaign(2)); // term 3; its blank entry 3 commits with node 3
            QCOMPARE(c.raft(2).committed(), Index(3));
            c.heal();
            c.dropIf = [](const Message &m) { return m.type == MessageType::Append && m.to == 1; };
            c.tick(2, 3); // heartbeats only reach node 1
            QCOMPARE(c.raft(1).committed(), removeGuard ? Index(3) : Index(2));
            QCOMPARE(c.safetyViolation().isEmpty(), !removeGuard);
        }
    }

    void bug06_configChangeWaitsForOwnTermCommit_ongaro2015()
    {
        for (bool removeGuard : { false, true }) {
            TestCluster c({ 1, 2, 3, 4 },
                          knob(&RaftTestKnobs::confChangeBeforeTermCommit, removeGuard));
            QVERIFY(c.campaign(1));
            c.addJoiner(5, 55);
            QVERIFY(
                c.raft(1).proposeConfChange({ ConfChangeType::AddLearner, 5, 55, {} }).has_value());
            c.deliverAll();
            QVERIFY(c.raft(1).membership().isLearner(5));
            // S1 appends D = C + S5 but reaches only S5.
            c.cut(1, 2), c.cut(1, 3), c.cut(1, 4), c.cut(5, 2), c.cut(5, 3), c.cut(5, 4);
            QVERIFY(c.raft(1)
                        .proposeConfChange({ ConfChangeType::PromoteLearner, 5, 0, {} })
                        .has_value());
            c.deliverAll();
            // S2 wins term 3 with S3, S4 under C, but its entries reach only S3.
            c.dropIf = [](const Message &m) {
                return m.from == 2 && m.to == 4 && m.type == MessageType::Append;
            };
            QVERIFY(c.campaign(2));
            const auto e = c.raft(2).proposeConfChange({ ConfChangeType::RemoveNode, 4, 0, {} });
            QCOMPARE(e.has_value(), removeGuard);
            if (!removeGuard)
                QCOMPARE(e.error().reason, Rejection::NoCommitInTerm);
            c.deliverAll(); // without the guard, E = {1,2,3} commits on S2, S3
            // S1 steps down, then wins term 4 under D with S4 and S5 and commits.
            c.heal();
            c.cut(1, 2), c.cut(1, 3), c.cut(2, 4), c.cut(5, 2), c.cut(5, 3);
            c.tick(1, 12);
            const bool won = c.campaign(1);
            QVERIFY2(won, qPrintable(c.describe()));
            c.tick(1, 2);
            QCOMPARE(c.safetyViolation().isEmpty(), !removeGuard);
        }
    }

    void bug06_secondConfigChangeRefusedWhileOneIsPending()
    {
        for (bool removeGuard : { false, true }) {
            TestCluster c({ 1, 2, 3 },
                          knob(&RaftTestKnobs::multiplePendingConfChanges, removeGuard));
            QVERIFY(c.campaign(1));
            c.isolate(1);
            QVERIFY(
                c.raft(1).proposeConfChange({ ConfChangeType::RemoveNode, 3, 0, {} }).has_value());
            const auto second
                = c.raft(1).proposeConfChange({ ConfChangeType::RemoveNode, 2, 0, {} });
            QCOMPARE(second.has_value(), removeGuard);
            if (!removeGuard)
                QCOMPARE(second.error().reason, Rejection::PendingConfChange);
        }
    }

    void bug07_partialConnectivity_oneLeaderForHundredTimeouts_data()
    {
        QTest::addColumn<bool>("guarded");
        QTest::newRow("PreVote+CheckQuorum") << true;
        QTest::newRow("neither") << false;
    }
    void bug07_partialConnectivity_oneLeaderForHundredTimeouts()
    {
        QFETCH(bool, guarded);
        TestCluster c({ 1, 2, 3, 4, 5 }, [guarded](Config &cfg) {
            cfg.preVote = guarded;
            cfg.checkQuorum = guarded;
        });
        // 1-2-3 fully connected; 4 sees only 2; 5 sees only 3.
        c.cut(4, 1), c.cut(4, 3), c.cut(4, 5), c.cut(5, 1), c.cut(5, 2);
        c.tickAll(200); // settle
        auto leaderOf = [&c]() {
            NodeId leader = NoNode;
            for (NodeId id : c.ids()) {
                if (c.raft(id).role() == Role::Leader)
                    leader = id;
            }
            return leader;
        };
        const NodeId leader = leaderOf();
        const Term term = c.raft(1).term();
        int changes = 0;
        for (int i = 0; i < 100 * 10; ++i) {
            c.tickAll(1);
            changes += (leaderOf() != leader || c.raft(1).term() != term) ? 1 : 0;
        }
        if (guarded) {
            QVERIFY(leader != NoNode);
            QCOMPARE(changes, 0);
            QCOMPARE(c.raft(2).term(), term);
            QCOMPARE(c.raft(4).term(), term);
        } else {
            QVERIFY(changes > 0); // 4 and 5 keep deposing leaders
        }
    }

    void bug08_leaderCountsOwnEntryOnlyWhenDurable()
    {
        for (bool removeGuard : { false, true }) {
            TestCluster c({ 1, 2, 3 }, knob(&RaftTestKnobs::leaderCountsUnpersisted, removeGuard));
            QVERIFY(c.campaign(1));
            const auto x = c.raft(1).propose("x");
            c.dropIf = [](const Message &m) { return m.to == 3 || m.from == 3; };
            c.holdReady(1); // Appends leave before the leader's write (Ready.h exception)
            c.deliverAll(); // node 2 persists and acknowledges
            const bool reportedCommitted = c.raft(1).committed() >= x->index;
            QCOMPARE(reportedCommitted, removeGuard);
            c.crash(1); // the write never happened
            c.dropIf = {};
            c.restart(1);
            c.isolate(2);
            QVERIFY(c.campaign(3)); // 1 and 3 both lack x
            c.propose(3, "y");
            c.heal();
            c.tickAll(3);
            const bool lost = c.raft(2).log().term(x->index) != x->term;
            QVERIFY(lost); // x was never durable on a quorum...
            QCOMPARE(reportedCommitted && lost, removeGuard); // ...so only the bug reports it
        }
    }

    void bug09_appliedIndexRestoredWithState()
    {
        for (bool removeGuard : { false, true }) {
            TestCluster c({ 1, 2, 3 }, knob(&RaftTestKnobs::ignoreAppliedOnRestart, removeGuard));
            QVERIFY(c.campaign(1));
            for (int i = 0; i < 5; ++i)
                c.propose(1, payload(i));
            c.tickAll(2);
            c.crash(2);
            c.restart(2); // Config::applied comes from the durable state
            c.tickAll(2);
            std::set<Index> seen;
            bool twice = false;
            for (const Entry &e : c.node(2).applied)
                twice |= !seen.insert(e.index).second;
            QCOMPARE(twice, removeGuard);
        }
    }

    void bug10_deposedLeaderServesNoRead()
    {
        for (bool removeGuard : { false, true }) {
            TestCluster c({ 1, 2, 3 }, knob(&RaftTestKnobs::readWithoutQuorumCheck, removeGuard));
            QVERIFY(c.campaign(1));
            c.isolate(1);
            QVERIFY(c.campaign(2));
            const auto y = c.propose(2, "y");
            c.tickAll(1);
            QVERIFY(c.raft(2).committed() >= y->index); // acknowledged by the new leader
            QVERIFY(c.raft(1).readIndex("r1").has_value()); // 1 still believes it leads
            c.deliverAll();
            const bool stale = !c.node(1).reads.empty() && c.node(1).reads.back().index < y->index;
            QCOMPARE(stale, removeGuard);
        }
    }

    void bug10_newLeaderReadsOnlyAfterOwnTermCommit()
    {
        for (bool removeGuard : { false, true }) {
            TestCluster c({ 1, 2, 3 }, knob(&RaftTestKnobs::readBeforeTermCommit, removeGuard));
            QVERIFY(c.campaign(1));
            // z reaches node 2 but node 2 never hears that it committed (with node 3).
            c.dropIf = [](const Message &m) {
                return m.to == 2 && (m.type != MessageType::Append || m.commit > 2);
            };
            const auto z = c.propose(1, "z");
            QVERIFY(c.raft(1).committed() >= z->index);
            QCOMPARE(c.raft(2).committed(), z->index - 1);
            c.isolate(1);
            c.dropIf
                = [](const Message &m) { return m.from == 2 && m.type == MessageType::Append; };
            QVERIFY(c.campaign(2)); // its blank entry does not commit yet
            const auto read = c.raft(2).readIndex("r");
            c.deliverAll();
            QCOMPARE(read.has_value(), removeGuard);
            const bool stale = !c.node(2).reads.empty() && c.node(2).reads.back().index < z->index;
            QCOMPARE(stale, removeGuard);
        }
    }

    void bug11_wipedNodeCannotVoteAgainUnderOldIdentity()
    {
        for (bool removeGuard : { false, true }) {
            TestCluster c({ 1, 2, 3 }, [removeGuard](Config &cfg) {
                cfg.preVote = false;
                cfg.knobs.wipedNodeVotes = removeGuard;
            });
            c.isolate(2);
            c.dropIf
                = [](const Message &m) { return m.type == MessageType::VoteResp && m.to == 1; };
            QVERIFY(!c.campaign(1)); // node 3 votes for 1 in term 2; the answer is lost
            QVERIFY(c.raft(3).vote() == 1);
            const Term t = c.raft(3).term();
            c.wipe(3, 333);
            c.dropIf = {};
            c.heal();
            c.isolate(1);
            auto v = msg(MessageType::Vote, 2, 3, t);
            v.index = 1;
            v.logTerm = 1;
            c.raft(3).step(v);
            c.flush(3);
            QCOMPARE(c.raft(3).vote() == 2, removeGuard); // a second vote in term t
        }
    }

    void bug12_voteIsPersistedWithTheAnswer()
    {
        for (bool removeGuard : { false, true }) {
            SoloNode n(3, { 1, 2, 3 }, {}, knob(&RaftTestKnobs::forgetPersistVote, removeGuard), 4);
            auto v = msg(MessageType::Vote, 1, 3, 5);
            v.index = 1;
            v.logTerm = 1;
            auto out = n.exchange(v);
            QVERIFY(!out.back().reject);
            QCOMPARE(n.storage().hardState().vote == 1, !removeGuard);
            n.restart(); // crash after answering
            v.from = 2;
            out = n.exchange(v);
            QCOMPARE(!out.back().reject, removeGuard); // granted twice in term 5
        }
    }
};

QTEST_GUILESS_MAIN(TestRegressions)
#include "TestRegressions.moc"
