#include "tests/ledger/net/NetTestSupport.h"

#include <QRandomGenerator>
#include <QTest>
#include <QThread>
#include <QtEndian>

using namespace ledger::net;
using namespace tests::net;

namespace {
constexpr int kWait = 10000; // generous: the machine is shared

QByteArray indexed(quint32 i, qsizetype size)
{
    QByteArray out(size, char(i));
    qToBigEndian(i, out.data());
    return out;
}

bool received(const Node &node, const PublicKey &from, quint8 channel, const QByteArray &payload)
{
    for (const QList<QVariant> &args : *node.frames) {
        if (args.at(0).value<PublicKey>() == from && args.at(1).value<quint8>() == channel
            && args.at(2).toByteArray() == payload)
            return true;
    }
    return false;
}

void dialEachOther(std::initializer_list<Node *> nodes)
{
    for (Node *n : nodes) {
        std::map<PublicKey, PeerAddress> peers;
        for (Node *m : nodes)
            peers[m->key.publicKey()] = m->address();
        n->transport->setPeers(peers);
    }
}
} // namespace

class TestPeerTransport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void twoPeers_exchangeFramesBothWays()
    {
        const Consortium c = Consortium::random();
        Node a, b;
        QVERIFY(a.start(c) && b.start(c));
        a.transport->setPeers({ { b.key.publicKey(), b.address() } });
        QTRY_VERIFY_WITH_TIMEOUT(a.transport->isConnected(b.key.publicKey()), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(b.transport->isConnected(a.key.publicKey()), kWait);
        QCOMPARE(a.connected->size(), 1);
        QCOMPARE(a.connected->at(0).at(0).value<PublicKey>(), b.key.publicKey());

        QVERIFY(a.transport->send(b.key.publicKey(), 1, "to b"));
        QVERIFY(b.transport->send(a.key.publicKey(), 2, "to a"));
        QTRY_VERIFY_WITH_TIMEOUT(received(b, a.key.publicKey(), 1, "to b"), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(received(a, b.key.publicKey(), 2, "to a"), kWait);

        // Order is kept on one connection.
        for (quint32 i = 0; i < 200; ++i)
            QVERIFY(a.transport->send(b.key.publicKey(), 3, indexed(i, 64)));
        QTRY_COMPARE_WITH_TIMEOUT(b.frames->size(), 201, kWait);
        for (quint32 i = 0; i < 200; ++i)
            QCOMPARE(b.frames->at(int(i) + 1).at(2).toByteArray(), indexed(i, 64));

        const auto stats = a.transport->stats(b.key.publicKey());
        QVERIFY(stats && stats->connected && stats->configured && stats->outbound);
        QVERIFY(stats->msSinceLastContact >= 0);
        QVERIFY(!b.transport->stats(b.key.publicKey()));
    }

    void send_toUnknownOrDisconnectedPeer_returnsFalse()
    {
        const Consortium c = Consortium::random();
        Node a;
        QVERIFY(a.start(c));
        QVERIFY(!a.transport->send(KeyPair::generate().publicKey(), 1, "x"));
    }

    // Both sides are told to dial: they end up agreeing on one connection.
    void simultaneousDial_bothKeepTheSameConnection()
    {
        const Consortium c = Consortium::random();
        Node a, b;
        QVERIFY(a.start(c) && b.start(c));
        dialEachOther({ &a, &b });
        QTRY_VERIFY_WITH_TIMEOUT(a.transport->isConnected(b.key.publicKey())
                                     && b.transport->isConnected(a.key.publicKey()),
                                 kWait);
        Node &lower = a.key.publicKey() < b.key.publicKey() ? a : b;
        Node &higher = &lower == &a ? b : a;
        // Both ends keep the same connection: outbound at one end, inbound at
        // the other. When both dials authenticate, the lower key's wins; when
        // one end connects before the other's dial timer fires, the other
        // does not dial at all (an active peer is not dialed) and keeps the
        // inbound one, which is just as consistent.
        const auto sameConnection = [&] {
            const auto l = lower.transport->stats(higher.key.publicKey());
            const auto h = higher.transport->stats(lower.key.publicKey());
            return l && h && l->outbound != h->outbound;
        };
        QTRY_VERIFY_WITH_TIMEOUT(sameConnection(), kWait);
        quint32 n = 0;
        QTRY_VERIFY_WITH_TIMEOUT((higher.transport->send(lower.key.publicKey(), 1, indexed(n++, 8)),
                                  lower.frames->size() > 0),
                                 kWait);
    }

    void threePeers_everyPairExchangesBothWays()
    {
        const Consortium c = Consortium::random();
        Node nodes[3];
        for (Node &n : nodes)
            QVERIFY(n.start(c));
        dialEachOther({ &nodes[0], &nodes[1], &nodes[2] });
        for (Node &n : nodes)
            QTRY_COMPARE_WITH_TIMEOUT(n.transport->connectedPeers().size(), 2, kWait);
        for (Node &from : nodes) {
            for (Node &to : nodes) {
                if (&from == &to)
                    continue;
                const QByteArray payload = from.key.publicKey().toByteArray();
                QTRY_VERIFY_WITH_TIMEOUT((from.transport->send(to.key.publicKey(), 7, payload),
                                          received(to, from.key.publicKey(), 7, payload)),
                                         kWait);
            }
        }
    }

    void largeFrames_arriveIntactAndOversizeSendsAreRefused()
    {
        const Consortium c = Consortium::random();
        Node a, b;
        QVERIFY(a.start(c) && b.start(c));
        a.transport->setPeers({ { b.key.publicKey(), b.address() } });
        QTRY_VERIFY_WITH_TIMEOUT(b.transport->isConnected(a.key.publicKey()), kWait);

        QByteArray big(12 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator rng(5);
        rng.fillRange(reinterpret_cast<quint32 *>(big.data()), big.size() / 4);
        const QByteArray biggest(maxPayloadFor(DefaultMaxFrameLength), 'm');
        QVERIFY(a.transport->send(b.key.publicKey(), 9, big));
        QVERIFY(a.transport->send(b.key.publicKey(), 9, biggest));
        QVERIFY(!a.transport->send(b.key.publicKey(), 9, biggest + 'x'));
        QTRY_COMPARE_WITH_TIMEOUT(b.frames->size(), 2, 30000);
        QVERIFY(b.frames->at(0).at(2).toByteArray() == big);
        QVERIFY(b.frames->at(1).at(2).toByteArray() == biggest);
        QVERIFY(a.transport->isConnected(b.key.publicKey()));
    }

    // Sends run synchronously, so the socket accepts only its first frame and
    // the bounded queue must drop the oldest of the rest.
    void burst_beyondQueueBound_dropsOldestKeepsNewest()
    {
        const Consortium c = Consortium::random();
        Node a, b;
        auto small = [](TransportConfig &config) {
            config.maxFrameLength = 1024 * 1024;
            config.maxQueuedBytes = 2 * 1024 * 1024;
        };
        QVERIFY(a.start(c, 0, true, small) && b.start(c, 0, true, small));
        a.transport->setPeers({ { b.key.publicKey(), b.address() } });
        QTRY_VERIFY_WITH_TIMEOUT(a.transport->isConnected(b.key.publicKey()), kWait);

        constexpr quint32 kFrames = 40;
        for (quint32 i = 0; i < kFrames; ++i)
            QVERIFY(a.transport->send(b.key.publicKey(), 1, indexed(i, 512 * 1024)));
        const auto stats = a.transport->stats(b.key.publicKey());
        QVERIFY(stats->droppedFrames > 0);
        QVERIFY2(stats->queuedBytes <= 3 * 1024 * 1024,
                 qPrintable(QString::number(stats->queuedBytes)));

        QTRY_VERIFY_WITH_TIMEOUT(
            received(b, a.key.publicKey(), 1, indexed(kFrames - 1, 512 * 1024)), kWait);
        QCOMPARE(quint64(b.frames->size()) + stats->droppedFrames, quint64(kFrames));
        quint32 previous = 0;
        for (int i = 0; i < b.frames->size(); ++i) {
            const quint32 index
                = qFromBigEndian<quint32>(b.frames->at(i).at(2).toByteArray().constData());
            QVERIFY(i == 0 || index > previous);
            previous = index;
        }
    }

    void idlePeers_stayConnectedThroughKeepAlives()
    {
        const Consortium c = Consortium::random();
        Node a, b;
        QVERIFY(a.start(c) && b.start(c));
        a.transport->setPeers({ { b.key.publicKey(), b.address() } });
        QTRY_VERIFY_WITH_TIMEOUT(a.transport->isConnected(b.key.publicKey()), kWait);
        // Two silence timeouts (3 s each, NetTestSupport) without application traffic.
        QTest::qWait(6000);
        QCOMPARE(a.disconnected->size(), 0);
        QCOMPARE(b.disconnected->size(), 0);
        QVERIFY(a.transport->stats(b.key.publicKey())->msSinceLastContact < 3000);
    }

    // A peer that authenticates and then never answers a ping.
    void silentPeer_isDroppedByKeepAlive()
    {
        const Consortium c = Consortium::random();
        Node s;
        QVERIFY(s.start(c));
        const KeyPair member = KeyPair::generate();
        c.members->insert(member.publicKey());
        RawPeer raw;
        QVERIFY(raw.connectTls(s.port()));
        QVERIFY(raw.handshake(member, c.id, c.genesis));
        QTRY_VERIFY_WITH_TIMEOUT(s.transport->isConnected(member.publicKey()), kWait);
        QTRY_COMPARE_WITH_TIMEOUT(s.disconnected->size(), 1, kWait);
        QVERIFY(
            s.disconnected->at(0).at(1).toString().startsWith(QStringLiteral("silence timeout")));
        QVERIFY(raw.waitClosed(kWait));
    }

    void restartedPeer_isRedialedWithBackoff()
    {
        const Consortium c = Consortium::random();
        Node a, b;
        QVERIFY(a.start(c) && b.start(c));
        const PublicKey bKey = b.key.publicKey();
        const quint16 bPort = b.port();
        a.transport->setPeers({ { bKey, b.address() } });
        QTRY_VERIFY_WITH_TIMEOUT(a.transport->isConnected(bKey), kWait);

        b.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!a.transport->isConnected(bKey), kWait);
        QCOMPARE(a.disconnected->size(), 1);
        // While b is down every dial fails and the attempts count up.
        QTRY_VERIFY_WITH_TIMEOUT(a.transport->stats(bKey)->reconnectAttempts >= 3, kWait);

        Node restarted;
        restarted.key = b.key; // same node key, new process: new TLS identity
        QVERIFY(restarted.start(c, bPort));
        QTRY_VERIFY_WITH_TIMEOUT(a.transport->isConnected(bKey), kWait);
        QCOMPARE(a.transport->stats(bKey)->reconnectAttempts, 0);
        QVERIFY(a.transport->send(bKey, 4, "after restart"));
        QTRY_VERIFY_WITH_TIMEOUT(received(restarted, a.key.publicKey(), 4, "after restart"), kWait);
    }

    // The node runs the transport on its worker thread; its signals reach
    // other threads through queued connections.
    void transportOnWorkerThread_deliversAcrossThreads()
    {
        const Consortium c = Consortium::random();
        Node local;
        QVERIFY(local.start(c));
        const KeyPair workerKey = KeyPair::generate();
        c.members->insert(workerKey.publicKey());

        QThread worker;
        auto *remote = new PeerTransport(workerKey, c.config());
        remote->moveToThread(&worker);
        connect(&worker, &QThread::finished, remote, &QObject::deleteLater);
        QList<QByteArray> got;
        QList<PublicKey> from;
        connect(remote, &PeerTransport::frameReceived, this,
                [&](const PublicKey &key, quint8, const QByteArray &payload) {
                    QCOMPARE(QThread::currentThread(), thread());
                    from.append(key);
                    got.append(payload);
                });
        worker.start();
        bool started = false;
        const PeerAddress address = local.address();
        const PublicKey localKey = local.key.publicKey();
        QMetaObject::invokeMethod(
            remote,
            [&] {
                started = bool(remote->start(QHostAddress::LocalHost, 0));
                remote->setPeers({ { localKey, address } });
            },
            Qt::BlockingQueuedConnection);
        QVERIFY(started);
        QTRY_VERIFY_WITH_TIMEOUT(local.transport->isConnected(workerKey.publicKey()), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(
            (local.transport->send(workerKey.publicKey(), 1, "cross-thread"), !got.isEmpty()),
            kWait);
        QCOMPARE(from.first(), localKey);
        QCOMPARE(got.first(), QByteArray("cross-thread"));
        QMetaObject::invokeMethod(
            remote, [&] { remote->stop(); }, Qt::BlockingQueuedConnection);
        worker.quit();
        QVERIFY(worker.wait(kWait));
        QTRY_VERIFY_WITH_TIMEOUT(!local.transport->isConnected(workerKey.publicKey()), kWait);
    }

    // The node drops a peer whose messages claim another identity.
    void disconnectPeer_dropsTheConnectionAndItComesBack()
    {
        const Consortium c = Consortium::random();
        Node a, b;
        QVERIFY(a.start(c) && b.start(c));
        a.transport->setPeers({ { b.key.publicKey(), b.address() } });
        QTRY_VERIFY_WITH_TIMEOUT(a.transport->isConnected(b.key.publicKey()), kWait);
        a.transport->disconnectPeer(b.key.publicKey(), QStringLiteral("node id mismatch"));
        QVERIFY(!a.transport->isConnected(b.key.publicKey()));
        QCOMPARE(a.disconnected->size(), 1);
        QCOMPARE(a.disconnected->at(0).at(1).toString(),
                 QStringLiteral("closed by node: node id mismatch"));
        QTRY_VERIFY_WITH_TIMEOUT(a.transport->isConnected(b.key.publicKey()), kWait);
    }
};

QTEST_GUILESS_MAIN(TestPeerTransport)
#include "TestPeerTransport.moc"
