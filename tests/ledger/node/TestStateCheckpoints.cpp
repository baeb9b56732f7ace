// The checkpoint frame codec (strict, bounded) and the vote counting of the
// divergence check (ledger/node/StateCheckpoints.h).
#include "ledger/node/StateCheckpoints.h"

#include <QTest>

using namespace ledger;
using node::Checkpoint;
using node::CheckpointVotes;
using Kind = CheckpointVotes::Verdict::Kind;

namespace {

crypto::Digest digestOf(char fill)
{
    return *crypto::Digest::fromBytes(QByteArray(32, fill));
}

Checkpoint cp(std::uint64_t height, char head = 'h', char state = 's')
{
    return Checkpoint { height, digestOf(head), digestOf(state) };
}

std::vector<Checkpoint> three()
{
    return { cp(10, 'a', 'b'), cp(20, 'c', 'd'), cp(30, 'e', 'f') };
}

} // namespace

class TestStateCheckpoints : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void codec_roundTrips()
    {
        const QByteArray bytes = node::CheckpointCodec::encode(three());
        QCOMPARE(bytes.size(), 5 + 3 * 72);
        auto back = node::CheckpointCodec::decode(bytes);
        QVERIFY(back.has_value());
        QVERIFY(*back == three());
        auto empty = node::CheckpointCodec::decode(node::CheckpointCodec::encode({}));
        QVERIFY(empty.has_value());
        QVERIFY(empty->empty());
    }

    void codec_everyTruncation_isRejected()
    {
        const QByteArray bytes = node::CheckpointCodec::encode(three());
        for (qsizetype n = 0; n < bytes.size(); ++n)
            QVERIFY2(!node::CheckpointCodec::decode(bytes.first(n)).has_value(),
                     qPrintable(QString::number(n)));
    }

    void codec_trailingBytes_areRejected()
    {
        const QByteArray bytes = node::CheckpointCodec::encode(three()) + QByteArray("x");
        QVERIFY(!node::CheckpointCodec::decode(bytes).has_value());
    }

    void codec_oversizeCount_isRejected()
    {
        std::vector<Checkpoint> many;
        for (std::uint32_t i = 0; i <= node::CheckpointCodec::MaxCheckpoints; ++i)
            many.push_back(cp(i + 1));
        QVERIFY(!node::CheckpointCodec::decode(node::CheckpointCodec::encode(many)).has_value());
        // A huge count with few bytes behind it is refused before anything is allocated.
        QByteArray lying("\x01\xff\xff\xff\xff", 5);
        QVERIFY(!node::CheckpointCodec::decode(lying).has_value());
        lying = QByteArray("\x01\x00\x00\x00\x02", 5)
            + node::CheckpointCodec::encode({ cp(1) }).sliced(5);
        QVERIFY(!node::CheckpointCodec::decode(lying).has_value()); // says 2, holds 1
    }

    void codec_badVersionAndOrder_areRejected()
    {
        QByteArray bytes = node::CheckpointCodec::encode(three());
        bytes[0] = 2;
        QVERIFY(!node::CheckpointCodec::decode(bytes).has_value());
        QVERIFY(!node::CheckpointCodec::decode(node::CheckpointCodec::encode({ cp(20), cp(10) }))
                     .has_value());
        QVERIFY(!node::CheckpointCodec::decode(node::CheckpointCodec::encode({ cp(10), cp(10) }))
                     .has_value());
    }

    void codec_garbage_isRejectedWithoutCrashing()
    {
        // Deterministic pseudo-random garbage of every small length.
        quint32 x = 12345;
        for (int len = 0; len < 400; ++len) {
            QByteArray g(len, '\0');
            for (auto &c : g) {
                x = x * 1103515245u + 12345u;
                c = char(x >> 24);
            }
            if (len > 0)
                g[0] = 1; // the right version, so the rest is actually parsed
            auto r = node::CheckpointCodec::decode(g);
            if (r) // only the rare exact-size, increasing, well-formed frame decodes
                QCOMPARE(qsizetype(5 + 72 * r->size()), g.size());
        }
    }

    void votes_allAgree()
    {
        CheckpointVotes v;
        v.recordOwn(cp(10));
        QCOMPARE(v.evaluate(10, { 1, 2, 3 }, 1).kind, Kind::Unknown); // nobody else yet
        v.recordPeer(2, { cp(10) });
        v.recordPeer(3, { cp(10) });
        const auto verdict = v.evaluate(10, { 1, 2, 3 }, 1);
        QCOMPARE(verdict.kind, Kind::Agreed);
        QCOMPARE(verdict.agreeing, (std::vector<raft::NodeId> { 2, 3 }));
        QVERIFY(verdict.differing.empty());
    }

    void votes_selfInTheMinority_isDiverged()
    {
        CheckpointVotes v;
        v.recordOwn(cp(10, 'h', 'X')); // the altered state
        v.recordPeer(2, { cp(10) });
        QCOMPARE(v.evaluate(10, { 1, 2, 3 }, 1).kind, Kind::NoMajority); // 1 against 1
        v.recordPeer(3, { cp(10) });
        const auto verdict = v.evaluate(10, { 1, 2, 3 }, 1);
        QCOMPARE(verdict.kind, Kind::SelfDiverged);
        QVERIFY(verdict.majority == cp(10));
        QCOMPARE(verdict.majorityPeers, (std::vector<raft::NodeId> { 2, 3 }));
        QVERIFY(!verdict.fork);
    }

    void votes_headMismatch_isAFork()
    {
        CheckpointVotes v;
        v.recordOwn(cp(10, 'F', 's'));
        v.recordPeer(2, { cp(10) });
        v.recordPeer(3, { cp(10) });
        const auto verdict = v.evaluate(10, { 1, 2, 3 }, 1);
        QCOMPARE(verdict.kind, Kind::SelfDiverged);
        QVERIFY(verdict.fork);
    }

    void votes_peerInTheMinority_isNamed()
    {
        CheckpointVotes v;
        v.recordOwn(cp(10));
        v.recordPeer(2, { cp(10) });
        v.recordPeer(3, { cp(10, 'h', 'X') });
        const auto verdict = v.evaluate(10, { 1, 2, 3 }, 1);
        QCOMPARE(verdict.kind, Kind::PeersDiverged);
        QCOMPARE(verdict.differing, (std::vector<raft::NodeId> { 3 }));
        QCOMPARE(verdict.agreeing, (std::vector<raft::NodeId> { 2 }));
    }

    void votes_onlyVotersCount_andOnlyTheSameHeight()
    {
        CheckpointVotes v;
        v.recordOwn(cp(10, 'h', 'X'));
        v.recordPeer(2, { cp(10) });
        v.recordPeer(4, { cp(10) }); // a learner: not a voter
        v.recordPeer(3, { cp(11) }); // another height
        QCOMPARE(v.evaluate(10, { 1, 2, 3 }, 1).kind, Kind::NoMajority);
        // Three different states among three voters: nobody has a majority.
        v.recordPeer(3, { cp(10, 'h', 'Y') });
        QCOMPARE(v.evaluate(10, { 1, 2, 3 }, 1).kind, Kind::NoMajority);
    }

    void votes_keepOnlyTheLatest()
    {
        CheckpointVotes v;
        for (std::uint64_t h = 1; h <= 20; ++h)
            v.recordOwn(cp(h));
        QVERIFY(!v.hasOwn(12));
        QVERIFY(v.hasOwn(13));
        const auto latest = v.latestOwn(4);
        QCOMPARE(latest.size(), std::size_t(4));
        QCOMPARE(latest.front().height, std::uint64_t(17));
        QCOMPARE(latest.back().height, std::uint64_t(20));
        for (std::uint64_t h = 1; h <= 20; ++h)
            v.recordPeer(2, { cp(h, 'h', 'X') });
        v.forgetPeersExcept({ 1, 3 }); // peer 2 was removed: its reports go too
        QCOMPARE(v.evaluate(20, { 1, 2, 3 }, 1).kind, Kind::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestStateCheckpoints)
#include "TestStateCheckpoints.moc"
