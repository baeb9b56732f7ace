// The node's control socket, in-process on a one-node LoopCluster: status,
// pipelined submits answered by id, bad requests answered (never a crash),
// oversize lines cut off, owner-only socket, one node per data directory.
#include "ledger/node/ControlServer.h"
#include "tests/ledger/node/LoopCluster.h"
#include "tests/support/TempDir.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QSet>
#include <QTest>

using namespace ledger;
using tests::LoopCluster;

class TestControlServer : public QObject
{
    Q_OBJECT

    struct Fixture {
        LoopCluster cluster { 1 };
        tests::TempDir dir;
        std::unique_ptr<node::ControlServer> server;
        QLocalSocket socket;

        bool open()
        {
            server = std::make_unique<node::ControlServer>(
                cluster.node(0), dir.file(QStringLiteral("control.sock")));
            if (!server->start())
                return false;
            socket.connectToServer(server->socketPath());
            return socket.waitForConnected(5000);
        }
        void send(const QByteArray &line) { socket.write(line + '\n'); }
        std::optional<QJsonObject> answer()
        {
            if (!QTest::qWaitFor([this] { return socket.canReadLine(); }, 20000))
                return std::nullopt;
            return QJsonDocument::fromJson(socket.readLine()).object();
        }
    };

private Q_SLOTS:
    void status_answersNodeStatusJson()
    {
        Fixture f;
        QVERIFY(f.open());
        f.send(R"({"cmd":"status"})");
        const auto s = f.answer();
        QVERIFY(s);
        for (const char *key :
             { "role", "term", "leader", "commit_height", "applied_height", "peers" })
            QVERIFY2(s->contains(QLatin1String(key)), key);
    }

    void pipelinedSubmits_eachAnsweredCommittedById()
    {
        Fixture f;
        QVERIFY(f.open());
        QTRY_VERIFY_WITH_TIMEOUT(f.cluster.leader() == 0, 20000);
        const int count = 50;
        for (int i = 0; i < count; ++i) {
            const auto tx = f.cluster.makeTx(std::uint64_t(i + 1));
            f.send(QJsonDocument(QJsonObject { { QStringLiteral("cmd"), QStringLiteral("submit") },
                                               { QStringLiteral("id"), 1000 + i },
                                               { QStringLiteral("tx"),
                                                 QString::fromLatin1(tx.encoded().toHex()) } })
                       .toJson(QJsonDocument::Compact));
        }
        QSet<qint64> ids;
        for (int i = 0; i < count; ++i) {
            const auto a = f.answer();
            QVERIFY(a);
            QCOMPARE(a->value(QStringLiteral("result")).toString(), QStringLiteral("committed"));
            QVERIFY(a->value(QStringLiteral("height")).toInteger() >= 1);
            ids.insert(a->value(QStringLiteral("id")).toInteger());
        }
        QCOMPARE(ids.size(), count);
        QVERIFY(ids.contains(1000) && ids.contains(1000 + count - 1));
    }

    void badRequests_answeredWithError_connectionStaysUsable()
    {
        Fixture f;
        QVERIFY(f.open());
        f.send("this is not JSON");
        auto a = f.answer();
        QVERIFY(a && a->contains(QStringLiteral("error")));
        f.send(R"({"cmd":"submit","tx":"zz01","id":7})");
        a = f.answer();
        QVERIFY(a && a->contains(QStringLiteral("error")));
        QCOMPARE(a->value(QStringLiteral("id")).toInteger(), 7);
        f.send(R"({"cmd":"transfer","to":"not a number"})");
        a = f.answer();
        QVERIFY(a && a->contains(QStringLiteral("error")));
        f.send(R"({"cmd":"launch"})");
        a = f.answer();
        QVERIFY(a && a->contains(QStringLiteral("error")));
        f.send(R"({"cmd":"status"})");
        a = f.answer();
        QVERIFY(a && a->contains(QStringLiteral("role")));
    }

    void oversizeLine_closesConnection()
    {
        Fixture f;
        QVERIFY(f.open());
        f.socket.write(QByteArray(node::ControlServer::MaxLineBytes + 4096, 'x'));
        QVERIFY(QTest::qWaitFor([&] { return f.socket.state() == QLocalSocket::UnconnectedState; },
                                20000));
    }

    void socketIsOwnerOnly_andSecondServerForSameDirRefused()
    {
        Fixture f;
        QVERIFY(f.open());
        const auto perms = QFile::permissions(f.server->socketPath());
        QVERIFY(!(perms
                  & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)));
        node::ControlServer second(f.cluster.node(0), f.server->socketPath());
        const auto s = second.start();
        QVERIFY(!s);
        QVERIFY(s.error().code == core::ErrorCode::Conflict);
    }
};

QTEST_GUILESS_MAIN(TestControlServer)
#include "TestControlServer.moc"
