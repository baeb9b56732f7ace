// Frames a hostile member may send to a LedgerNode inside an authenticated
// connection (docs/raft.md "Hostile peers"), in process on a LoopCluster: the
// sender is always the id the transport authenticated, and what it sends is
// checked before it has any effect.
#include "ledger/node/MessageCodec.h"
#include "tests/ledger/node/LoopCluster.h"

#include <QTest>

using namespace ledger;
using tests::LoopCluster;

namespace {

QByteArray frame(node::LedgerNode::FrameKind kind, const QByteArray &payload)
{
    return QByteArray(1, char(kind)) + payload;
}

} // namespace

class TestHostileFrames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusalFromANodeThatIsNotTheLeader_isIgnored()
    {
        LoopCluster c(3);
        QTRY_VERIFY_WITH_TIMEOUT(c.leader() >= 0, 10000);
        const int follower = (c.leader() + 1) % 3;
        const int other = (c.leader() + 2) % 3;
        const auto tx = c.makeTx(1);
        std::optional<node::SubmitOutcome> outcome;
        c.node(follower)->submit(tx, [&](const node::SubmitOutcome &o) { outcome = o; });
        // The other follower saw the transaction in a block (or guessed its id) and
        // "refuses" it in the leader's place: the submitter must not be told so.
        c.node(follower)->receive(c.node(other)->id(),
                                  frame(node::LedgerNode::RefuseFrame,
                                        tx.id().toByteArray() + QByteArray("forged refusal")));
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
        QCOMPARE(int(outcome->kind), int(node::SubmitOutcome::Kind::Committed));
    }

    void messageClaimingAnotherSender_isIgnored()
    {
        LoopCluster c(3);
        QTRY_VERIFY_WITH_TIMEOUT(c.leader() >= 0, 10000);
        const int leader = c.leader();
        const int follower = (leader + 1) % 3;
        const int other = (leader + 2) % 3;
        // As the follower sees it now (the receive below runs no event loop).
        const raft::Term term = c.node(follower)->raft().term();
        const raft::NodeId followed = c.node(follower)->raft().leader();
        // "From the leader", a higher term's heartbeat, sent on the other node's link.
        raft::Message m;
        m.type = raft::MessageType::Heartbeat;
        m.from = c.node(leader)->id();
        m.to = c.node(follower)->id();
        m.term = term + 1;
        c.node(follower)->receive(
            c.node(other)->id(), frame(node::LedgerNode::RaftFrame, node::MessageCodec::encode(m)));
        QCOMPARE(c.node(follower)->raft().term(), term);
        QCOMPARE(c.node(follower)->raft().leader(), followed);
    }

    void garbageFrames_areDropped_theClusterCommits()
    {
        LoopCluster c(3);
        QTRY_VERIFY_WITH_TIMEOUT(c.leader() >= 0, 10000);
        const int leader = c.leader();
        const int follower = (leader + 1) % 3;
        const raft::NodeId from = c.node((leader + 2) % 3)->id();
        raft::Message append;
        append.type = raft::MessageType::Append;
        append.from = from;
        append.to = c.node(follower)->id();
        append.term = c.node(leader)->raft().term();
        append.entries
            = { raft::Entry { append.term, 1, raft::EntryType::Normal, QByteArray(500, 'x') } };
        const QByteArray real = node::MessageCodec::encode(append);
        for (int i : { leader, follower }) {
            auto *n = c.node(i);
            n->receive(from, {});
            for (int kind = 0; kind < 256; ++kind)
                n->receive(from, QByteArray(1, char(kind)) + QByteArray(kind % 40, char(kind)));
            for (qsizetype len = 0; len < real.size(); len += 13)
                n->receive(from, frame(node::LedgerNode::RaftFrame, real.first(len)));
            n->receive(from, frame(node::LedgerNode::ForwardFrame, QByteArray(300, '\x7f')));
            n->receive(from, frame(node::LedgerNode::RefuseFrame, QByteArray(5, 'r')));
        }
        std::optional<node::SubmitOutcome> outcome;
        c.node(follower)->submit(c.makeTx(1), [&](const node::SubmitOutcome &o) { outcome = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
        QCOMPARE(int(outcome->kind), int(node::SubmitOutcome::Kind::Committed));
    }
};

QTEST_GUILESS_MAIN(TestHostileFrames)
#include "TestHostileFrames.moc"
