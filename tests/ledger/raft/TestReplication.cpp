// Raft §5.3 log replication, plus batching, pipelining, fast back-tracking and catch-up
// of a far-behind follower (dissertation §10.2.1, §5.3 "optimization").
#include "tests/ledger/raft/TestCluster.h"

#include <QTest>

using namespace ledger::raft;
using namespace ledger::raft::testing;

class TestReplication : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void leader_replicatesAndCommitsOnMajority()
    {
        TestCluster c({ 1, 2, 3 });
        QVERIFY(c.campaign(1));
        c.isolate(3);
        const auto p = c.propose(1, "a");
        QVERIFY(p.has_value());
        QCOMPARE(c.raft(1).committed(), p->index);
        c.heal();
        c.tickAll(2);
        for (NodeId id : c.ids()) {
            QCOMPARE(c.raft(id).committed(), p->index);
            QCOMPARE(c.node(id).applied.back().data, QByteArray("a"));
        }
        QCOMPARE(c.safetyViolation(), QString());
    }

    void proposeAtFollower_rejectedWithLeaderHint()
    {
        TestCluster c({ 1, 2, 3 });
        QVERIFY(c.campaign(1));
        const auto p = c.raft(2).propose("a");
        QVERIFY(!p.has_value());
        QCOMPARE(p.error().reason, Rejection::NotLeader);
        QCOMPARE(p.error().leaderHint, NodeId(1));
    }

    void follower_rejectsAppendWhenPrevEntryDiffers()
    {
        SoloNode f(2, { 1, 2, 3 }, { 1, 1 }, {}, 2);
        auto a = msg(MessageType::Append, 1, 2, 2);
        a.index = 3;
        a.logTerm = 2;
        a.entries = { Entry { 2, 4, EntryType::Normal, "x" } };
        const auto out = f.exchange(a);
        QVERIFY(out.back().reject);
        QCOMPARE(out.back().index, Index(3));
        QCOMPARE(out.back().rejectHint, Index(3)); // its entry 3 has term 1 <= 2
        QCOMPARE(out.back().logTerm, Term(1));
        QCOMPARE(f.raft().lastIndex(), Index(3));
    }

    void follower_truncatesOnlyFromFirstConflict()
    {
        SoloNode f(2, { 1, 2, 3 }, { 1, 1, 1, 1 }, {}, 3);
        auto a = msg(MessageType::Append, 1, 2, 3);
        a.index = 2;
        a.logTerm = 1;
        a.entries = { Entry { 1, 3, EntryType::Normal, payload(3) },
                      Entry { 3, 4, EntryType::Normal, "new" } };
        a.commit = 4;
        const auto out = f.exchange(a);
        QVERIFY(!out.back().reject);
        QCOMPARE(f.raft().lastIndex(), Index(4));
        QCOMPARE(*f.raft().log().term(4), Term(3));
        QCOMPARE(f.storage().log().size(), size_t(4)); // the stale entry 5 is gone on disk too
        QCOMPARE(f.raft().committed(), Index(4));
    }

    void duplicateAppend_isIdempotent()
    {
        SoloNode f(2, { 1, 2, 3 }, {}, {}, 2);
        auto a = msg(MessageType::Append, 1, 2, 2);
        a.index = 1;
        a.logTerm = 1;
        a.entries
            = { Entry { 2, 2, EntryType::Normal, "a" }, Entry { 2, 3, EntryType::Normal, "b" } };
        f.exchange(a);
        f.exchange(a);
        QCOMPARE(f.raft().lastIndex(), Index(3));
        QCOMPARE(f.storage().log().size(), size_t(3));
    }

    void fastBacktracking_skipsWholeTerms()
    {
        // Follower 3 holds 60 stale term-1 entries the leader never had.
        TestCluster c({ 1, 2, 3 }, [](Config &cfg) { cfg.maxMsgEntries = 1000; });
        QVERIFY(c.campaign(1));
        c.isolate(1);
        for (int i = 0; i < 60; ++i)
            c.raft(1).propose(payload(i));
        c.deliverAll();
        c.crash(1);
        c.heal();
        QVERIFY(c.campaign(2));
        for (int i = 0; i < 5; ++i)
            c.propose(2, payload(100 + i));
        c.restart(1);
        const std::size_t before = c.sent().size();
        c.tickAll(3);
        int rejects = 0;
        for (std::size_t i = before; i < c.sent().size(); ++i)
            rejects += (c.sent()[i].from == 1 && c.sent()[i].reject) ? 1 : 0;
        QVERIFY2(rejects <= 2, qPrintable(QString::number(rejects)));
        QCOMPARE(c.raft(1).lastIndex(), c.raft(2).lastIndex());
        QCOMPARE(c.safetyViolation(), QString());
    }

    void batching_respectsEntryAndByteLimits()
    {
        TestCluster c({ 1, 2 }, [](Config &cfg) {
            cfg.maxMsgEntries = 4;
            cfg.maxMsgBytes = 300;
        });
        QVERIFY(c.campaign(1));
        c.isolate(2);
        for (int i = 0; i < 30; ++i)
            c.raft(1).propose(QByteArray(100, 'x'));
        c.deliverAll();
        c.heal();
        const std::size_t before = c.sent().size();
        c.tickAll(5);
        std::size_t maxEntries = 0;
        for (std::size_t i = before; i < c.sent().size(); ++i) {
            const Message &m = c.sent()[i];
            if (m.type == MessageType::Append)
                maxEntries = std::max(maxEntries, m.entries.size());
        }
        QCOMPARE(maxEntries, size_t(2)); // 2 x (100 + 24) bytes fit in 300, 3 do not
        QCOMPARE(c.raft(2).lastIndex(), c.raft(1).lastIndex());
    }

    void pipelining_boundsInflightAppends()
    {
        TestCluster c({ 1, 2 }, [](Config &cfg) {
            cfg.maxMsgEntries = 1;
            cfg.maxInflight = 3;
        });
        QVERIFY(c.campaign(1));
        QCOMPARE(c.raft(1).progress(2)->state(), Progress::State::Replicate);
        c.dropIf = [](const Message &m) { return m.type == MessageType::AppendResp; };
        const std::size_t before = c.sent().size();
        for (int i = 0; i < 10; ++i)
            c.propose(1, payload(i));
        std::size_t appends = 0;
        for (std::size_t i = before; i < c.sent().size(); ++i)
            appends += c.sent()[i].type == MessageType::Append ? 1 : 0;
        QCOMPARE(appends, size_t(3));
        QCOMPARE(c.raft(1).progress(2)->inflight(), size_t(3));
        c.dropIf = {};
        c.tickAll(6); // heartbeats are answered; lost windows are re-probed
        QCOMPARE(c.raft(2).lastIndex(), c.raft(1).lastIndex());
    }

    void farBehindFollower_catchesUpWithoutStallingOthers()
    {
        // 100,000 entries behind: streamed in bounded batches with a bounded window,
        // while the other follower keeps committing new proposals promptly.
        TestCluster c({ 1, 2, 3 }, [](Config &cfg) {
            cfg.maxMsgEntries = 512;
            cfg.maxInflight = 4;
        });
        QVERIFY(c.campaign(1));
        c.crash(3);
        for (int i = 0; i < 100000; ++i)
            c.raft(1).propose(QByteArray(8, 'b'));
        c.deliverAll();
        QCOMPARE(c.raft(2).committed(), Index(100002));
        c.restart(3);
        std::size_t maxBatch = 0;
        for (int round = 0; round < 400 && c.raft(3).lastIndex() < c.raft(1).lastIndex(); ++round) {
            const auto p = c.raft(1).propose("fresh");
            const std::size_t before = c.sent().size();
            c.tick(1);
            // The fresh proposal commits in the same round (with node 2) despite catch-up.
            QCOMPARE(c.raft(1).committed(), p->index);
            for (std::size_t i = before; i < c.sent().size(); ++i) {
                if (c.sent()[i].to == 3)
                    maxBatch = std::max(maxBatch, c.sent()[i].entries.size());
            }
        }
        QCOMPARE(c.raft(3).lastIndex(), c.raft(1).lastIndex());
        QVERIFY(maxBatch <= 512);
        QCOMPARE(c.safetyViolation(), QString());
    }
};

QTEST_GUILESS_MAIN(TestReplication)
#include "TestReplication.moc"
