// Hostile peers against a live cluster of real gongzhi-node processes (issue 5,
// docs/raft.md "Hostile peers"). cluster-init makes three members; node1 and
// node2 run (quorum 2 of 3) under `gongzhi-cli load`, and the test itself
// speaks as node3 over the real mutual-TLS transport with node3's key: huge
// terms, replays, a second leader, forged blocks, garbage frames and messages
// claiming another sender. Afterwards every acknowledged transaction is on both
// nodes, the heads are equal, `verify` passes and no node halted.
// Two more dial the running cluster with a key nobody knows and with the key
// of a member the secretary removed (NodeRemoved).
#include "ledger/chain/Block.h"
#include "ledger/node/LedgerNode.h"
#include "ledger/node/MessageCodec.h"
#include "tests/cluster/ClusterProcesses.h"
#include "tests/cluster/HostilePeer.h"

#include <QFile>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTest>

using namespace tests;
using namespace ledger;
using raft::MessageType;

namespace {

constexpr int LivenessMs = 60000;
constexpr raft::Term Huge63 = raft::Term(1) << 63;
constexpr raft::Term Max64 = ~raft::Term(0);
constexpr quint8 Raft = node::LedgerNode::RaftFrame;

raft::Message message(MessageType type, raft::NodeId from, raft::NodeId to, raft::Term term)
{
    raft::Message m;
    m.type = type;
    m.from = from;
    m.to = to;
    m.term = term;
    return m;
}

QByteArray randomBytes(qsizetype n)
{
    QByteArray b(n, Qt::Uninitialized);
    for (char &c : b)
        c = char(QRandomGenerator::global()->bounded(256));
    return b;
}

// The lines of node i's whole log that contain `needle`.
QStringList linesInLog(const ClusterProcesses &c, int i, const QString &needle)
{
    QFile f(c.file(QStringLiteral("node%1.log").arg(i + 1)));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n')).filter(needle);
}

int countInLog(const ClusterProcesses &c, int i, const QString &needle)
{
    return int(linesInLog(c, i, needle).size());
}

qint64 statusInt(const ClusterProcesses &c, int i, const char *key)
{
    return c.status(i).value(QLatin1String(key)).toInteger(-1);
}

raft::NodeId nodeId(const ClusterProcesses &c, int i)
{
    return c.status(i).value(QStringLiteral("id")).toString().toULongLong();
}

// Every message type with `term`, as if from `from`.
void sendEveryType(HostilePeer &peer, raft::NodeId from, raft::NodeId to, raft::Term term)
{
    for (int t = 0; t <= int(MessageType::TimeoutNow); ++t) {
        auto m = message(MessageType(t), from, to, term);
        m.index = 1'000'000'000;
        m.logTerm = term;
        m.commit = 1'000'000'000;
        peer.sendRaft(m);
    }
}

// A block from `base` that a member could send but no honest node would:
// the proposer's signature, a transaction's signature, the Merkle root or the
// link to the previous block is wrong. Signed with `key` (a member's) where the
// flaw is not the signature itself.
QByteArray forge(const chain::Block &base, const QString &flaw, const crypto::KeyPair &key)
{
    if (flaw == QLatin1String("proposer signature")) {
        QByteArray bytes = base.encode();
        bytes[chain::BlockHeader::Size + 3] = char(bytes[chain::BlockHeader::Size + 3] ^ 1);
        return bytes;
    }
    std::vector<chain::Transaction> txs = base.transactions();
    chain::BlockHeader header = base.header();
    if (flaw == QLatin1String("transaction signature")) {
        QByteArray tx = txs.front().encoded();
        tx[tx.size() - 1] = char(tx[tx.size() - 1] ^ 1);
        txs.front() = *chain::Transaction::decode(tx);
    }
    if (flaw == QLatin1String("link")) // the wrong block before it (the height is off too)
        header.prevHash = *chain::BlockHash::fromBytes(randomBytes(32));
    QByteArray bytes = chain::Block::seal(header, txs, key).encode();
    if (flaw == QLatin1String("Merkle root")) {
        constexpr qsizetype merkleAt = 4 + 1 + 16 + 8 + 32;
        bytes[merkleAt] = char(bytes[merkleAt] ^ 1);
        const auto signature = key.sign(QByteArrayView(bytes).first(chain::BlockHeader::Size));
        bytes.replace(chain::BlockHeader::Size, 64, signature.toByteArray());
    }
    return bytes;
}

// Two real nodes (1 and 2) and the test speaking as node 3's member key,
// connected to both; a leader agreed.
struct Arena {
    ClusterProcesses c { 3 };
    std::unique_ptr<HostilePeer> peer;
    raft::NodeId me = 0;
    int leader = -1;
    raft::NodeId ids[2] = {};
};

// Fills `a`; the caller checks QTest::currentTestFailed().
void startArena(Arena &a)
{
    QVERIFY(a.c.init());
    QVERIFY(a.c.start(0));
    QVERIFY(a.c.start(1));
    a.peer = HostilePeer::asMember(a.c.dataDir(2));
    QString error;
    QVERIFY2(a.peer->start(&error), qPrintable(error));
    a.me = a.peer->id();
    QTRY_VERIFY_WITH_TIMEOUT((a.leader = a.c.agreedLeader()) >= 0, LivenessMs);
    a.ids[0] = nodeId(a.c, 0);
    a.ids[1] = nodeId(a.c, 1);
    QVERIFY(a.ids[0] && a.ids[1]);
    QTRY_VERIFY_WITH_TIMEOUT(a.peer->isConnected(a.ids[0]) && a.peer->isConnected(a.ids[1]),
                             LivenessMs);
}

} // namespace

class TestHostilePeers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The hostile side's own transport redials a lot; its debug lines drown the rest.
        QLoggingCategory::setFilterRules(QStringLiteral("gongzhi.net.debug=false"));
    }

    void memberKey_hostileMessages_clusterKeepsCommitting()
    {
        Arena arena;
        startArena(arena);
        if (QTest::currentTestFailed())
            return;
        ClusterProcesses &c = arena.c;
        HostilePeer *peer = arena.peer.get();
        const raft::NodeId me = arena.me;
        const int leader = arena.leader;
        const int follower = 1 - leader;
        const raft::NodeId(&ids)[2] = arena.ids;
        const raft::NodeId followerId = ids[follower];

        auto keepLoading = [&] {
            if (!c.loadRunning())
                c.startLoadRound(0, 3000);
        };
        // True once node1's chain is past `height`; restarts finished load rounds.
        auto growsPast = [&](qint64 height) {
            keepLoading();
            return c.headHeight(0) > height;
        };
        keepLoading();
        // Real blocks, sent to "node3" by the leader (it answers heartbeats).
        QTRY_VERIFY_WITH_TIMEOUT(peer->lastAppendWithBlocks(), LivenessMs);
        const raft::Term term = raft::Term(statusInt(c, leader, "term"));
        QVERIFY(term > 0);

        // 1. Huge terms, as every message type, while the leader is alive.
        for (const raft::NodeId to : ids) {
            for (const raft::Term t : { Huge63, Max64, term + raft::MaxTermJump + 1 })
                sendEveryType(*peer, me, to, t);
        }
        // 2. A "transfer" vote nobody asked for, a TimeoutNow from a non-leader.
        auto transfer = message(MessageType::Vote, me, followerId, term + 1000);
        transfer.index = transfer.logTerm = 1'000'000'000;
        transfer.context = "transfer";
        peer->sendRaft(transfer);
        peer->sendRaft(message(MessageType::TimeoutNow, me, followerId, term));
        // 3. Replays: everything the leader sent us, to the follower, as ours (a
        //    second leader in the term); and old terms that contradict committed
        //    entries. (Sent unchanged, with the leader's `from`, they cost us the
        //    connection: impostorMessages_disconnected below.)
        const std::vector<raft::Message> captured = peer->received();
        for (raft::Message m : captured) {
            m.to = followerId;
            m.from = me;
            peer->sendRaft(m);
        }
        for (const raft::Term old : { raft::Term(1), term - 1 }) {
            auto a = message(MessageType::Append, me, followerId, old);
            a.index = 1;
            a.logTerm = 1;
            a.entries = { raft::Entry { old, 2, raft::EntryType::Normal, randomBytes(300) } };
            a.commit = 2;
            peer->sendRaft(a);
            auto v = message(MessageType::Vote, me, followerId, old);
            v.index = v.logTerm = 1'000'000'000;
            peer->sendRaft(v);
        }
        // 4. Messages claiming another sender: impostorMessages_disconnected below.

        // 5. Garbage inside the authenticated connection.
        const QByteArray real = node::MessageCodec::encode(*peer->lastAppendWithBlocks());
        for (const raft::NodeId to : ids) {
            peer->sendFrame(to, Raft, {});
            for (int kind = 0; kind < 256; ++kind) {
                if (kind != Raft)
                    peer->sendFrame(to, quint8(kind), randomBytes(kind % 64));
            }
            for (qsizetype n = 0; n < real.size(); n += std::max<qsizetype>(1, real.size() / 97))
                peer->sendFrame(to, Raft, real.first(n));
            peer->sendFrame(to, Raft, real.chopped(1));
            peer->sendFrame(to, Raft, real + "x");
            QByteArray badVersion = real, badType = real, manyEntries = real;
            badVersion[0] = char(7);
            badType[1] = char(200);
            const qsizetype countAt
                = 2 + 7 * 8 + 1 + 4 + peer->lastAppendWithBlocks()->context.size();
            manyEntries.replace(countAt, 4, QByteArray::fromHex("ffffffff"));
            for (const auto &bad : { badVersion, badType, manyEntries })
                peer->sendFrame(to, Raft, bad);
            peer->sendFrame(to, Raft, randomBytes(4 * 1024 * 1024));
            peer->sendFrame(to, node::LedgerNode::ForwardFrame, {});
            peer->sendFrame(to, node::LedgerNode::ForwardFrame, randomBytes(500));
            peer->sendFrame(to, node::LedgerNode::ForwardFrame, real.sliced(200, 300));
            peer->sendFrame(to, node::LedgerNode::RefuseFrame, randomBytes(31));
            peer->sendFrame(to, node::LedgerNode::RefuseFrame, randomBytes(32 + 100000));
            peer->sendFrame(to, node::LedgerNode::CheckpointFrame, randomBytes(100));
        }
        keepLoading();

        // Nothing of it took: the nodes run, terms stayed small, the cluster commits.
        const qint64 heightAfterAttack = c.headHeight(0);
        QTRY_VERIFY_WITH_TIMEOUT(growsPast(heightAfterAttack + 5), LivenessMs);
        for (int i : { 0, 1 }) {
            QVERIFY2(c.isRunning(i), qPrintable(c.nodeLog(i)));
            const qint64 t = statusInt(c, i, "term");
            QVERIFY2(t > 0 && raft::Term(t) < term + 10, qPrintable(c.nodeLog(i)));
            QVERIFY(countInLog(c, i, QStringLiteral("claiming term")) > 0);
            QVERIFY(countInLog(c, i, QStringLiteral("undecodable Raft message")) > 0);
            QVERIFY(countInLog(c, i, QStringLiteral("unknown frame kind")) > 0);
        }

        // 6. No live leader (frozen): the follower is out of its lease, so only the
        //    term bound protects it; its pre-votes tell us the end of its log.
        const std::size_t seen = peer->received().size();
        c.pause(leader);
        auto preVoteSince = [&](std::size_t from) -> const raft::Message * {
            const auto &r = peer->received();
            for (std::size_t i = r.size(); i > from; --i) {
                if (r[i - 1].type == MessageType::PreVote && r[i - 1].from == followerId)
                    return &r[i - 1];
            }
            return nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT(preVoteSince(seen), LivenessMs);
        const raft::Message tip = *preVoteSince(seen);
        for (const raft::Term t : { Huge63, Max64, tip.term + raft::MaxTermJump })
            sendEveryType(*peer, me, followerId, t);
        // It keeps pre-voting at its own next term, not at a wrapped or huge one.
        const std::size_t afterHugeTerms = peer->received().size();
        QTRY_VERIFY_WITH_TIMEOUT(preVoteSince(afterHugeTerms), LivenessMs);
        QCOMPARE(preVoteSince(afterHugeTerms)->term, tip.term);
        QCOMPARE(statusInt(c, follower, "last_index"), qint64(tip.index));

        // 7. Forged blocks right after the follower's last entry, from node3's key
        //    (a member's): refused before Raft sees them, with the reason logged.
        chain::Block base;
        for (const auto &e : peer->lastAppendWithBlocks()->entries) {
            auto b = chain::Block::decode(e.data);
            if (b && !b->transactions().empty())
                base = *b;
        }
        QVERIFY(!base.transactions().empty());
        const QString refusal = QStringLiteral("refusing an Append from %1").arg(me);
        const int refusedBefore = countInLog(c, follower, refusal);
        const QStringList flaws { QStringLiteral("proposer signature"),
                                  QStringLiteral("transaction signature"),
                                  QStringLiteral("Merkle root"), QStringLiteral("link") };
        for (const QString &flaw : flaws) {
            auto a = message(MessageType::Append, me, followerId, tip.term - 1);
            a.index = tip.index;
            a.logTerm = tip.logTerm;
            a.entries = { raft::Entry { tip.term - 1, tip.index + 1, raft::EntryType::Normal,
                                        forge(base, flaw, peer->key()) } };
            QVERIFY(peer->sendRaft(a));
        }
        QTRY_VERIFY2_WITH_TIMEOUT(countInLog(c, follower, refusal) >= refusedBefore + 4,
                                  qPrintable(c.nodeLog(follower)), LivenessMs);
        QCOMPARE(statusInt(c, follower, "last_index"), qint64(tip.index));
        for (const QString &line : linesInLog(c, follower, refusal))
            qInfo("%s", qPrintable(line));

        // The leader returns; the cluster commits again and converges.
        c.resume(leader);
        const qint64 heightBeforeResume = c.headHeight(0);
        QTRY_VERIFY_WITH_TIMEOUT(growsPast(heightBeforeResume + 5), LivenessMs);
        peer->stop();
        QVERIFY(c.stopLoad(300000));
        qint64 acked = 0;
        const QString acks = c.mergedAcks(&acked);
        QVERIFY(acked > 0);
        const QString problem = convergenceOf(c, acks, { 0, 1 }, LivenessMs);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        qInfo("%lld acknowledged transactions on both nodes after the attack", acked);
    }

    // Issue 5: a peer whose TLS identity differs from the node id in its messages is
    // disconnected (not just ignored), before any later frame of that connection is
    // handled; it may reconnect (backoff) and is judged again; the cluster commits on.
    void impostorMessages_disconnected_clusterKeepsCommitting()
    {
        Arena arena;
        startArena(arena);
        if (QTest::currentTestFailed())
            return;
        ClusterProcesses &c = arena.c;
        HostilePeer *peer = arena.peer.get();
        const raft::NodeId me = arena.me;
        const int leader = arena.leader;
        const int follower = 1 - leader;
        const raft::NodeId(&ids)[2] = arena.ids;
        auto keepLoading = [&] {
            if (!c.loadRunning())
                c.startLoadRound(0, 2000);
        };
        auto growsPast = [&](qint64 height) {
            keepLoading();
            return c.headHeight(0) > height;
        };
        keepLoading();
        QTRY_VERIFY_WITH_TIMEOUT(peer->lastAppendWithBlocks(), LivenessMs);
        const raft::Term term = raft::Term(statusInt(c, leader, "term"));
        QVERIFY(term > 0);

        // The node's line (the transport logs the same reason when it drops the connection).
        const QString claimed = QStringLiteral("gongzhi.node: disconnecting a peer: node %1 sent a "
                                               "Raft message claiming to be from")
                                    .arg(me);
        // A Vote at a term no node accepts, as ourselves: logged as "claiming term N"
        // whenever a node handles it, so N tells which connection carried it.
        auto vote = [&](raft::NodeId to, raft::Term t) {
            auto v = message(MessageType::Vote, me, to, t);
            v.index = v.logTerm = 1'000'000'000;
            return v;
        };
        const QString firstVote = QStringLiteral("claiming term %1 ").arg(Huge63);
        const QString laterVote = QStringLiteral("claiming term %1 ").arg(Max64);
        for (const int i : { follower, leader }) {
            const raft::NodeId to = ids[i];
            const int before = countInLog(c, i, claimed);
            // To the follower, the leader's Append replayed unchanged; to the leader,
            // the follower "acknowledging" every entry (it would commit what only it
            // holds). Then, on the same connection, a Vote as ourselves.
            raft::Message impostor;
            if (i == follower) {
                impostor = *peer->lastAppendWithBlocks();
                impostor.to = to;
            } else {
                impostor = message(MessageType::AppendResp, ids[follower], to, term);
                impostor.index = 1'000'000'000;
            }
            QVERIFY(peer->sendRaft(impostor));
            QVERIFY(peer->sendRaft(vote(to, Huge63)));
            QTRY_VERIFY2_WITH_TIMEOUT(countInLog(c, i, claimed) == before + 1,
                                      qPrintable(c.nodeLog(i)), LivenessMs);
            QVERIFY(countInLog(c, i, QStringLiteral("gongzhi.net: disconnecting")) >= 1);
            // The peer comes back (its redial or the node's, with backoff) and what it
            // sends now is handled again.
            QTRY_VERIFY_WITH_TIMEOUT((peer->isConnected(to) && peer->sendRaft(vote(to, Max64)),
                                      countInLog(c, i, laterVote) > 0),
                                     LivenessMs);
            // The Vote behind the impostor message was never handled.
            QCOMPARE(countInLog(c, i, firstVote), 0);
            QVERIFY2(c.isRunning(i), qPrintable(c.nodeLog(i)));
        }
        const qint64 heightAfter = c.headHeight(0);
        QTRY_VERIFY_WITH_TIMEOUT(growsPast(heightAfter + 5), LivenessMs);
        for (const int i : { 0, 1 }) {
            const qint64 t = statusInt(c, i, "term");
            QVERIFY2(t > 0 && raft::Term(t) < term + 10, qPrintable(c.nodeLog(i)));
        }
        peer->stop();
        QVERIFY(c.stopLoad(300000));
        qint64 acked = 0;
        const QString acks = c.mergedAcks(&acked);
        QVERIFY(acked > 0);
        const QString problem = convergenceOf(c, acks, { 0, 1 }, LivenessMs);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void unknownKey_refusedByEveryNode_clusterKeepsCommitting()
    {
        ClusterProcesses c(3);
        QVERIFY(c.init());
        for (int i = 0; i < 3; ++i)
            QVERIFY(c.start(i));
        QTRY_VERIFY_WITH_TIMEOUT(c.agreedLeader() >= 0, LivenessMs);
        QVERIFY(c.startLoadRound(0, 2000));
        auto stranger = HostilePeer::withUnknownKey(c.dataDir(0));
        QString error;
        QVERIFY2(stranger->start(&error), qPrintable(error));
        // Every node refuses it, again and again as it redials.
        QTRY_VERIFY_WITH_TIMEOUT(countInLog(c, 0, QStringLiteral("refused connection")) >= 2
                                     && countInLog(c, 1, QStringLiteral("refused connection")) >= 2
                                     && countInLog(c, 2, QStringLiteral("refused connection")) >= 2,
                                 LivenessMs);
        for (const raft::NodeId id : stranger->peerIds()) {
            QVERIFY(!stranger->isConnected(id));
            QVERIFY(!stranger->sendRaft(message(MessageType::Vote, stranger->id(), id, Max64)));
        }
        stranger->stop();
        QVERIFY(c.stopLoad(300000));
        qint64 acked = 0;
        const QString acks = c.mergedAcks(&acked);
        QCOMPARE(acked, qint64(2000));
        const QString problem = c.convergenceProblem(acks, LivenessMs);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void removedMemberKey_refused_clusterKeepsCommitting()
    {
        ClusterProcesses c(3);
        QVERIFY(c.init());
        for (int i = 0; i < 3; ++i)
            QVERIFY(c.start(i));
        QTRY_VERIFY_WITH_TIMEOUT(c.agreedLeader() >= 0, LivenessMs);
        QVERIFY(c.startLoadRound(0, 2000));
        // The secretary retires node3's PC (NodeRemoved); its process is stopped,
        // and its key, still on the disk, is all an attacker has.
        auto node3 = HostilePeer::asMember(c.dataDir(2));
        const CliRun removed
            = c.cli({ QStringLiteral("remove-node"), QStringLiteral("--data-dir"), c.dataDir(0),
                      QStringLiteral("--key"), c.dataDir(0) + QStringLiteral("/keys/secretary.key"),
                      QStringLiteral("--node-key"), node3->key().publicKey().toHex(),
                      QStringLiteral("--reason"), QStringLiteral("PC retired") });
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.out + removed.err));
        c.kill(2);
        const QString notMember = QStringLiteral("is not a member");
        const int before[2] = { countInLog(c, 0, notMember), countInLog(c, 1, notMember) };
        QString error;
        QVERIFY2(node3->start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(countInLog(c, 0, notMember) >= before[0] + 2
                                     && countInLog(c, 1, notMember) >= before[1] + 2,
                                 LivenessMs);
        for (const raft::NodeId id : node3->peerIds()) {
            QVERIFY(!node3->isConnected(id));
            QVERIFY(!node3->sendRaft(message(MessageType::Vote, node3->id(), id, Max64)));
        }
        node3->stop();
        QVERIFY(c.stopLoad(300000));
        qint64 acked = 0;
        const QString acks = c.mergedAcks(&acked);
        QCOMPARE(acked, qint64(2000));
        const QString problem = convergenceOf(c, acks, { 0, 1 }, LivenessMs);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestHostilePeers)
#include "TestHostilePeers.moc"
