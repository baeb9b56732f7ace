// The transport's desk mode: a not-yet-member's one request and one answer,
// never an authenticated peer, never a frame to the node.
#include "ledger/net/DeskClient.h"
#include "tests/ledger/net/NetTestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace ledger::net;
using namespace tests::net;

namespace {
constexpr int WaitMs = 15000;

// A desk that echoes the request and reveals itself only for "good".
DeskHandler echoDesk(int *calls)
{
    return [calls](const QByteArray &request, const QString &) {
        ++*calls;
        return DeskAnswer { request == "good", "answer to " + request };
    };
}

// Opens TLS to the server and says the desk Hello (consortium and genesis all
// zero, a throw-away key), as a new PC's DeskClient does.
bool openDesk(RawPeer &raw, const Node &server)
{
    if (!raw.connectTls(server.port()))
        return false;
    Hello hello;
    hello.nodeKey = KeyPair::generate().publicKey();
    raw.write(encodeFrame(FrameType::Hello, encodeHello(hello)));
    return true;
}

ledger::core::Result<DeskResponse> ask(const Node &server, const QByteArray &request)
{
    return DeskClient::exchangeBlocking(server.address(), request, std::chrono::seconds(10));
}
} // namespace

class TestDesk : public QObject
{
    Q_OBJECT
private slots:
    void goodRequest_answerWithProvenIdentity_neverAPeer()
    {
        const Consortium c = Consortium::random();
        Node server;
        QVERIFY(server.start(c));
        int calls = 0;
        server.transport->setDeskHandler(echoDesk(&calls));
        const auto response = ask(server, "good");
        QVERIFY2(response, qPrintable(response ? QString() : response.error().toString()));
        QCOMPARE(response->body, QByteArray("answer to good"));
        QVERIFY(response->server);
        QCOMPARE(response->server->nodeKey, server.key.publicKey());
        QCOMPARE(response->server->consortiumId, c.id);
        QCOMPARE(response->server->genesisHash, c.genesis);
        QCOMPARE(calls, 1);
        QCOMPARE(server.connected->count(), 0);
        QCOMPARE(server.frames->count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(server.transport->pendingConnectionCount(), 0, WaitMs);
        QVERIFY(server.refusals().isEmpty());
    }

    void refusedRequest_answerWithoutIdentity()
    {
        const Consortium c = Consortium::random();
        Node server;
        QVERIFY(server.start(c));
        int calls = 0;
        server.transport->setDeskHandler(echoDesk(&calls));
        const auto response = ask(server, "bad");
        QVERIFY(response);
        QCOMPARE(response->body, QByteArray("answer to bad"));
        QVERIFY(!response->server);
    }

    void noDesk_refusedAsAStranger()
    {
        const Consortium c = Consortium::random();
        Node server;
        QVERIFY(server.start(c));
        const auto response = ask(server, "good");
        QVERIFY(!response);
        QTRY_VERIFY_WITH_TIMEOUT(server.refusals().contains(CloseReason::WrongConsortium), WaitMs);
    }

    void raftFrameOnDesk_closedAndNeverDelivered()
    {
        const Consortium c = Consortium::random();
        Node server;
        QVERIFY(server.start(c));
        int calls = 0;
        server.transport->setDeskHandler(echoDesk(&calls));
        RawPeer raw;
        QVERIFY(openDesk(raw, server));
        raw.write(encodeFrame(FrameType::Data, QByteArray("\x01raft", 5)));
        QVERIFY(raw.waitClosed(WaitMs));
        QTRY_VERIFY_WITH_TIMEOUT(server.refusals().contains(CloseReason::ProtocolViolation),
                                 WaitMs);
        QCOMPARE(server.frames->count(), 0);
        QCOMPARE(calls, 0);
    }

    void authOnDesk_refused()
    {
        // A desk connection cannot turn into a peer connection half-way.
        const Consortium c = Consortium::random();
        Node server;
        QVERIFY(server.start(c));
        int calls = 0;
        server.transport->setDeskHandler(echoDesk(&calls));
        RawPeer raw;
        QVERIFY(openDesk(raw, server));
        raw.write(encodeFrame(FrameType::Auth, QByteArray(64, 'x')));
        QVERIFY(raw.waitClosed(WaitMs));
        QTRY_VERIFY_WITH_TIMEOUT(server.refusals().contains(CloseReason::ProtocolViolation),
                                 WaitMs);
        QCOMPARE(server.connected->count(), 0);
    }

    void oversizeDeskRequest_closed()
    {
        const Consortium c = Consortium::random();
        Node server;
        QVERIFY(server.start(c));
        int calls = 0;
        server.transport->setDeskHandler(echoDesk(&calls));
        RawPeer raw;
        QVERIFY(openDesk(raw, server));
        raw.write(dataFramePrefix(DeskChannel, DeskMaxFrameLength)); // length beyond the limit
        QVERIFY(raw.waitClosed(WaitMs));
        QTRY_VERIFY_WITH_TIMEOUT(server.refusals().contains(CloseReason::FrameTooLarge), WaitMs);
        QCOMPARE(calls, 0);
    }

    void silentDeskClient_closedByTimeout()
    {
        const Consortium c = Consortium::random();
        Node server;
        QVERIFY(server.start(c, 0, true, [](TransportConfig &config) {
            config.handshakeTimeout = std::chrono::milliseconds(500);
        }));
        int calls = 0;
        server.transport->setDeskHandler(echoDesk(&calls));
        RawPeer raw;
        QVERIFY(openDesk(raw, server));
        QVERIFY(raw.waitClosed(WaitMs));
        QTRY_VERIFY_WITH_TIMEOUT(server.refusals().contains(CloseReason::HandshakeTimeout), WaitMs);
    }

    void unreachableDesk_failsBounded()
    {
        Node server;
        const Consortium c = Consortium::random();
        QVERIFY(server.start(c));
        const PeerAddress gone = server.address();
        server.stop();
        const auto response
            = DeskClient::exchangeBlocking(gone, "good", std::chrono::milliseconds(3000));
        QVERIFY(!response);
        QCOMPARE(response.error().code, ledger::core::ErrorCode::Unavailable);
    }
};

QTEST_GUILESS_MAIN(TestDesk)
#include "TestDesk.moc"
