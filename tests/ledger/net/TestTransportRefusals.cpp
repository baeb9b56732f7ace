#include "tests/ledger/net/NetTestSupport.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

using namespace ledger::net;
using namespace tests::net;

namespace {
constexpr int kWait = 10000; // generous: the machine is shared

QByteArray garbage(qsizetype n)
{
    QByteArray out(n, Qt::Uninitialized);
    for (auto &c : out)
        c = char(QRandomGenerator::global()->bounded(256));
    return out;
}

QByteArray dataFrame(quint8 channel, const QByteArray &payload)
{
    return dataFramePrefix(channel, payload.size()) + payload;
}
} // namespace

// Every refusal must happen before any application frame is delivered: each
// test ends by checking that the server delivered no frame and connected
// no peer.
class TestTransportRefusals : public QObject
{
    Q_OBJECT

    Consortium m_consortium;
    std::unique_ptr<Node> m_server;

    bool refusedWith(CloseReason reason) const { return m_server->refusals().contains(reason); }
    void expectNothingDelivered() const
    {
        QCOMPARE(m_server->frames->size(), 0);
        QCOMPARE(m_server->connected->size(), 0);
        QVERIFY(m_server->transport->connectedPeers().isEmpty());
    }

private Q_SLOTS:
    void init()
    {
        m_consortium = Consortium::random();
        m_server = std::make_unique<Node>();
        QVERIFY(m_server->start(m_consortium, 0, true, [](TransportConfig &c) {
            c.handshakeTimeout = std::chrono::milliseconds(3000);
        }));
    }
    void cleanup() { m_server.reset(); }

    void unknownKey_refusedAsServer()
    {
        const KeyPair stranger = KeyPair::generate();
        // The refusal is logged with its reason (QTest fails if it is not).
        QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(QStringLiteral("^refused connection .* - not a member: "
                                              "key .* \\(")
                               + stranger.publicKey().toHex()
                               + QStringLiteral("\\) is not a member$")));
        RawPeer raw;
        QVERIFY(raw.connectTls(m_server->port()));
        // Hello followed at once by a data frame: the data must never surface.
        QVERIFY(!raw.handshake(stranger, m_consortium.id, m_consortium.genesis, {}, 2000));
        raw.write(dataFrame(1, "smuggled"));
        QTRY_VERIFY_WITH_TIMEOUT(refusedWith(CloseReason::NotMember), kWait);
        QVERIFY(raw.waitClosed(kWait));
        QVERIFY(!m_server->transport->send(stranger.publicKey(), 1, "x"));
        expectNothingDelivered();
    }

    // We dial an address that answers with a key isMember refuses.
    void unknownKey_refusedAsClient()
    {
        Consortium theirView = m_consortium;
        theirView.members = std::make_shared<QSet<PublicKey>>(*m_consortium.members);
        Node stranger;
        QVERIFY(stranger.start(theirView)); // a member only in its own view
        m_server->transport->setPeers({ { stranger.key.publicKey(), stranger.address() } });
        QTRY_VERIFY_WITH_TIMEOUT(refusedWith(CloseReason::NotMember), kWait);
        stranger.transport->send(m_server->key.publicKey(), 1, "x");
        expectNothingDelivered();
    }

    // A removed member: its live connection is dropped and its redials refused.
    void removedMember_isDroppedAndCannotReconnect()
    {
        Node member;
        QVERIFY(member.start(m_consortium));
        member.transport->setPeers({ { m_server->key.publicKey(), m_server->address() } });
        QTRY_VERIFY_WITH_TIMEOUT(m_server->transport->isConnected(member.key.publicKey()), kWait);
        QVERIFY(member.transport->send(m_server->key.publicKey(), 1, "while a member"));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->frames->size(), 1, kWait);

        m_consortium.members->remove(member.key.publicKey());
        m_server->transport->recheckMembership();
        QVERIFY(!m_server->transport->isConnected(member.key.publicKey()));
        QCOMPARE(m_server->disconnected->size(), 1);
        QVERIFY(m_server->disconnected->at(0).at(1).toString().startsWith(
            QStringLiteral("no longer a member")));
        // The member redials (backoff) and is refused at the handshake.
        QTRY_VERIFY_WITH_TIMEOUT(refusedWith(CloseReason::NotMember), kWait);
        QVERIFY(!member.transport->send(m_server->key.publicKey(), 1, "after removal"));
        QCOMPARE(m_server->frames->size(), 1);
        QVERIFY(!m_server->transport->isConnected(member.key.publicKey()));
    }

    void otherConsortium_refused()
    {
        Consortium other = m_consortium;
        other.id = Consortium::random().id;
        Node foreign;
        QVERIFY(foreign.start(other));
        foreign.transport->setPeers({ { m_server->key.publicKey(), m_server->address() } });
        QTRY_VERIFY_WITH_TIMEOUT(refusedWith(CloseReason::WrongConsortium), kWait);
        QVERIFY(!foreign.transport->isConnected(m_server->key.publicKey()));
        expectNothingDelivered();
    }

    void otherGenesis_refused()
    {
        Consortium other = m_consortium;
        other.genesis = Consortium::random().genesis;
        Node forked;
        QVERIFY(forked.start(other));
        forked.transport->setPeers({ { m_server->key.publicKey(), m_server->address() } });
        QTRY_VERIFY_WITH_TIMEOUT(refusedWith(CloseReason::WrongGenesis), kWait);
        QVERIFY(!forked.transport->isConnected(m_server->key.publicKey()));
        expectNothingDelivered();
    }

    void noClientCertificate_refused()
    {
        const KeyPair member = KeyPair::generate();
        m_consortium.members->insert(member.publicKey());
        RawPeer raw(RawPeer::Options { false, QSsl::TlsV1_3OrLater });
        // TLS 1.3 clients finish before the server has judged their
        // certificate, so the client may briefly believe it is connected.
        (void)raw.connectTls(m_server->port(), 3000);
        if (raw.isConnected())
            (void)raw.handshake(member, m_consortium.id, m_consortium.genesis, {}, 1000);
        // Qt reports it as the verification error NoPeerCertificate.
        QTRY_VERIFY_WITH_TIMEOUT(refusedWith(CloseReason::CertificateRejected), kWait);
        QVERIFY(raw.waitClosed(kWait));
        expectNothingDelivered();
    }

    void tls12Client_refused()
    {
        RawPeer raw(RawPeer::Options { true, QSsl::TlsV1_2 });
        QVERIFY(!raw.connectTls(m_server->port(), 3000));
        QTRY_VERIFY_WITH_TIMEOUT(refusedWith(CloseReason::TlsFailed), kWait);
        QVERIFY(raw.waitClosed(kWait));
        expectNothingDelivered();
    }

    void plainTcpGarbage_refused()
    {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
        QVERIFY(socket.waitForConnected(kWait));
        socket.write(garbage(4096));
        QTRY_VERIFY_WITH_TIMEOUT(refusedWith(CloseReason::TlsFailed), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState, kWait);
        expectNothingDelivered();
    }

    void tlsWithoutHandshake_timesOut()
    {
        RawPeer raw;
        QVERIFY(raw.connectTls(m_server->port()));
        QTRY_VERIFY_WITH_TIMEOUT(refusedWith(CloseReason::HandshakeTimeout), kWait);
        QVERIFY(raw.waitClosed(kWait));
        QCOMPARE(m_server->transport->pendingConnectionCount(), 0);
        expectNothingDelivered();
    }

    // A man in the middle relays a member's binding, which names the
    // certificate the member saw (the MITM's), not the one the MITM shows us.
    void bindingOverAnotherCertificate_refused()
    {
        const KeyPair member = KeyPair::generate();
        m_consortium.members->insert(member.publicKey());
        const auto otherCertificate = TlsIdentity::generate()->certificateDigest();
        RawPeer raw;
        QVERIFY(raw.connectTls(m_server->port()));
        QVERIFY(raw.handshake(member, m_consortium.id, m_consortium.genesis, otherCertificate));
        raw.write(dataFrame(1, "relayed"));
        QTRY_VERIFY_WITH_TIMEOUT(refusedWith(CloseReason::BadSignature), kWait);
        QVERIFY(raw.waitClosed(kWait));
        expectNothingDelivered();
    }

    // A complete, genuine handshake recorded on one connection and replayed
    // on another: the server's fresh nonce and the new certificates differ.
    void replayedHandshakeFromAnotherConnection_refused()
    {
        const KeyPair member = KeyPair::generate();
        m_consortium.members->insert(member.publicKey());
        RawPeer first;
        QVERIFY(first.connectTls(m_server->port()));
        QVERIFY(first.handshake(member, m_consortium.id, m_consortium.genesis));
        QTRY_VERIFY_WITH_TIMEOUT(m_server->transport->isConnected(member.publicKey()), kWait);
        const int connectedBefore = m_server->connected->size();

        RawPeer replay;
        QVERIFY(replay.connectTls(m_server->port()));
        replay.write(first.sentHello());
        QVERIFY(replay.readFrame(kWait)); // the server's Hello
        QVERIFY(replay.readFrame(kWait)); // and its Auth
        replay.write(first.sentAuth());
        replay.write(dataFrame(1, "replayed"));
        QTRY_VERIFY_WITH_TIMEOUT(refusedWith(CloseReason::BadSignature), kWait);
        QVERIFY(replay.waitClosed(kWait));
        QCOMPARE(m_server->connected->size(), connectedBefore);
        QCOMPARE(m_server->frames->size(), 0);
    }

    void otherProtocolVersion_refused()
    {
        const KeyPair member = KeyPair::generate();
        m_consortium.members->insert(member.publicKey());
        Hello hello;
        hello.version = ProtocolVersion + 1;
        hello.consortiumId = m_consortium.id;
        hello.genesisHash = m_consortium.genesis;
        hello.nodeKey = member.publicKey();
        RawPeer raw;
        QVERIFY(raw.connectTls(m_server->port()));
        raw.write(encodeFrame(FrameType::Hello, encodeHello(hello)));
        QTRY_VERIFY_WITH_TIMEOUT(refusedWith(CloseReason::WrongVersion), kWait);
        QVERIFY(raw.waitClosed(kWait));
        expectNothingDelivered();
    }

    // The same member with its real binding is accepted: the refusal above
    // is about the certificate, not the key.
    void genuineBinding_accepted()
    {
        const KeyPair member = KeyPair::generate();
        m_consortium.members->insert(member.publicKey());
        RawPeer raw;
        QVERIFY(raw.connectTls(m_server->port()));
        QVERIFY(raw.handshake(member, m_consortium.id, m_consortium.genesis));
        raw.write(dataFrame(6, "genuine"));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->frames->size(), 1, kWait);
        QCOMPARE(m_server->frames->at(0).at(0).value<PublicKey>(), member.publicKey());
        QCOMPARE(m_server->frames->at(0).at(2).toByteArray(), QByteArray("genuine"));
    }

    void dataBeforeHandshake_refused()
    {
        RawPeer raw;
        QVERIFY(raw.connectTls(m_server->port()));
        raw.write(dataFrame(1, "too early"));
        QTRY_VERIFY_WITH_TIMEOUT(refusedWith(CloseReason::ProtocolViolation), kWait);
        QVERIFY(raw.waitClosed(kWait));
        expectNothingDelivered();
    }

    void oversizeLengthBeforeHandshake_refused()
    {
        RawPeer raw;
        QVERIFY(raw.connectTls(m_server->port()));
        raw.write(QByteArray::fromHex("7fffffff0105"));
        QTRY_VERIFY_WITH_TIMEOUT(refusedWith(CloseReason::FrameTooLarge), kWait);
        QVERIFY(raw.waitClosed(kWait));
        expectNothingDelivered();
    }

    void oversizeLengthAfterHandshake_disconnects()
    {
        const KeyPair member = KeyPair::generate();
        m_consortium.members->insert(member.publicKey());
        RawPeer raw;
        QVERIFY(raw.connectTls(m_server->port()));
        QVERIFY(raw.handshake(member, m_consortium.id, m_consortium.genesis));
        QTRY_VERIFY_WITH_TIMEOUT(m_server->transport->isConnected(member.publicKey()), kWait);
        raw.write(frameHeader(FrameType::Data, DefaultMaxFrameLength));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->disconnected->size(), 1, kWait);
        QVERIFY(m_server->disconnected->at(0).at(1).toString().startsWith(
            QStringLiteral("frame too large")));
        QVERIFY(raw.waitClosed(kWait));
        QCOMPARE(m_server->frames->size(), 0);
    }

    void truncatedFrameThenSilence_disconnectsWithoutDelivery()
    {
        const KeyPair member = KeyPair::generate();
        m_consortium.members->insert(member.publicKey());
        RawPeer raw;
        QVERIFY(raw.connectTls(m_server->port()));
        QVERIFY(raw.handshake(member, m_consortium.id, m_consortium.genesis));
        QTRY_VERIFY_WITH_TIMEOUT(m_server->transport->isConnected(member.publicKey()), kWait);
        raw.write(dataFrame(1, QByteArray(1000, 'z')).left(100));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->disconnected->size(), 1, kWait);
        QVERIFY(m_server->disconnected->at(0).at(1).toString().startsWith(
            QStringLiteral("silence timeout")));
        QCOMPARE(m_server->frames->size(), 0);
    }

    // Silent TCP connections fill the unauthenticated slots; a member still
    // gets in because a new connection evicts the oldest silent one.
    void halfOpenFlood_doesNotLockOutAMember()
    {
        m_server.reset();
        m_server = std::make_unique<Node>();
        QVERIFY(m_server->start(m_consortium, 0, true, [](TransportConfig &c) {
            c.maxPendingConnections = 4;
            c.handshakeTimeout = std::chrono::seconds(60); // eviction, not timeouts, must help
        }));
        std::vector<std::unique_ptr<QTcpSocket>> flood;
        for (int i = 0; i < 40; ++i) {
            flood.push_back(std::make_unique<QTcpSocket>());
            flood.back()->connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(flood.begin(), flood.end(),
                        [](const auto &s) {
                            return s->state() != QAbstractSocket::ConnectingState
                                && s->state() != QAbstractSocket::HostLookupState;
                        }),
            kWait);
        QTRY_VERIFY_WITH_TIMEOUT(m_server->refusals().count(CloseReason::TooManyPending) >= 36,
                                 kWait);
        QVERIFY(m_server->transport->pendingConnectionCount() <= 4);

        Node member;
        QVERIFY(member.start(m_consortium));
        member.transport->setPeers({ { m_server->key.publicKey(), m_server->address() } });
        QTRY_VERIFY_WITH_TIMEOUT(m_server->transport->isConnected(member.key.publicKey()), kWait);
        QVERIFY(member.transport->send(m_server->key.publicKey(), 2, "made it"));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->frames->size(), 1, kWait);
    }
};

QTEST_GUILESS_MAIN(TestTransportRefusals)
#include "TestTransportRefusals.moc"
