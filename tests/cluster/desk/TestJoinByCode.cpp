// Joining with a code read out on the phone (docs/transport.md §Invitation
// desk), across real gongzhi-node processes: invite on node 1; a wrong code is
// refused; a desk connection that sends a Raft frame is dropped unanswered;
// `join --code --from` fetches the invitation and delivers the join request
// into node 1's join-requests/; admit + approve; the new node catches up; the
// spent code is then refused as already used.
#include "ledger/core/Hex.h"
#include "ledger/crypto/Ed25519.h"
#include "ledger/net/Frame.h"
#include "ledger/net/Handshake.h"
#include "ledger/net/TlsIdentity.h"
#include "tests/cluster/ClusterProcesses.h"
#include "tests/support/DataDirs.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>

using namespace tests;

namespace {

constexpr int WaitMs = 30000;

QString txIdIn(const QString &out)
{
    const auto m = QRegularExpression(QStringLiteral("tx ([0-9a-f]{64})")).match(out);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString listenOf(const QString &dataDir)
{
    QFile f(dataDir + QStringLiteral("/node.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("listen")).toString();
}

// Speaks the desk Hello by hand and then a Raft frame (Data on the node's
// channel 1) instead of a desk request. Returns the bytes the node sent back
// before it closed the connection, or "timeout" if it did not close.
QByteArray raftFrameOverDesk(const QString &host, quint16 port)
{
    using namespace ledger;
    auto tls = net::TlsIdentity::generate();
    if (!tls)
        return "no tls";
    QSslSocket socket;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_3OrLater);
    config.setLocalCertificate(tls->certificate());
    config.setPrivateKey(tls->privateKey());
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket.setSslConfiguration(config);
    socket.connectToHostEncrypted(host, port, net::TlsIdentity::commonName());
    if (!socket.waitForEncrypted(10000))
        return "no tls session: " + socket.errorString().toUtf8();
    net::Hello hello; // consortium and genesis all zero: the desk
    hello.nodeKey = crypto::KeyPair::generate().publicKey();
    socket.write(net::encodeFrame(net::FrameType::Hello, net::encodeHello(hello)));
    socket.write(net::encodeFrame(net::FrameType::Data, QByteArray("\x01raft append", 12)));
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 10000) {
        socket.waitForReadyRead(200);
        received += socket.readAll();
    }
    received += socket.readAll();
    return socket.state() == QAbstractSocket::ConnectedState ? QByteArray("timeout") : received;
}

} // namespace

class TestJoinByCode : public QObject
{
    Q_OBJECT
private slots:
    void codeJoin_fetchDeliverAdmitCatchUp()
    {
        ClusterProcesses c(3);
        QVERIFY(c.init());
        for (int i = 0; i < 3; ++i)
            QVERIFY(c.start(i));
        QVERIFY(ClusterProcesses::waitFor([&] { return c.agreedLeader() >= 0; }, WaitMs));
        const QString node1 = c.dataDir(0);
        const QString from = listenOf(node1);
        QVERIFY(!from.isEmpty());

        CliRun r = c.cli({ QStringLiteral("invite"), QStringLiteral("--data-dir"), node1,
                           QStringLiteral("--org-name"), QStringLiteral("幸福里志愿服务队"),
                           QStringLiteral("--org-kind"), QStringLiteral("social_organization"),
                           QStringLiteral("--out"), c.file(QStringLiteral("inv.json")) });
        const auto m
            = QRegularExpression(QStringLiteral("code: ([A-Z0-9]{4}-[A-Z0-9]{4})")).match(r.out);
        QVERIFY2(r.exitCode == 0 && m.hasMatch(), qPrintable(r.out + r.err));
        const QString code = m.captured(1);
        const QString wrongCode = code.startsWith(QLatin1Char('A')) ? QStringLiteral("BBBB-BBBB")
                                                                    : QStringLiteral("AAAA-AAAA");
        const auto ports = freePorts(2);
        const QString listen = QStringLiteral("127.0.0.1:%1").arg(ports[0]);

        // A wrong code: refused with the reason, nothing prepared.
        const QString wrongDir = c.file(QStringLiteral("wrong"));
        r = c.cli({ QStringLiteral("join"), QStringLiteral("--code"), wrongCode,
                    QStringLiteral("--from"), from, QStringLiteral("--data-dir"), wrongDir,
                    QStringLiteral("--listen"), listen });
        QVERIFY2(r.exitCode != 0
                     && QString(r.err + r.out).contains(QStringLiteral("no such invitation")),
                 qPrintable(r.out + r.err));
        QVERIFY(!QFile::exists(wrongDir + QStringLiteral("/node.json")));

        // A desk connection never reaches Raft: a Data frame on the node channel
        // closes it without a byte in answer (the desk reveals nothing).
        const qsizetype colon = from.lastIndexOf(QLatin1Char(':'));
        const QByteArray answer
            = raftFrameOverDesk(from.left(colon), from.mid(colon + 1).toUShort());
        QVERIFY2(answer.isEmpty(), answer.constData());
        QVERIFY(ClusterProcesses::waitFor(
            [&] { return c.nodeLog(0).contains(QStringLiteral("desk connection sent frame")); },
            WaitMs));

        // The real code: fetched, prepared, delivered.
        const QString newDir = c.file(QStringLiteral("node4"));
        r = c.cli({ QStringLiteral("join"), QStringLiteral("--code"), code.toLower(),
                    QStringLiteral("--from"), from, QStringLiteral("--data-dir"), newDir,
                    QStringLiteral("--listen"), listen });
        QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("delivered")),
                 qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("fingerprint")));
        const QString request
            = node1 + QStringLiteral("/join-requests/") + code + QStringLiteral(".json");
        QVERIFY(QFile::exists(request));

        QProcess joiner;
        joiner.setProgram(QStringLiteral(GONGZHI_NODE));
        joiner.setArguments({ QStringLiteral("--data-dir"), newDir });
        joiner.setStandardErrorFile(newDir + QStringLiteral(".log"));
        joiner.start();
        QVERIFY(joiner.waitForStarted(10000));
        auto cleanup = qScopeGuard([&] {
            joiner.kill();
            joiner.waitForFinished(10000);
        });

        r = c.cli({ QStringLiteral("admit"), QStringLiteral("--data-dir"), node1,
                    QStringLiteral("--request"), request, QStringLiteral("--key"),
                    node1 + QStringLiteral("/keys/admin.key") });
        const QString held = txIdIn(r.out);
        QVERIFY2(r.exitCode == 0 && !held.isEmpty(), qPrintable(r.out + r.err));
        r = c.cli({ QStringLiteral("approve"), QStringLiteral("--data-dir"), node1,
                    QStringLiteral("--tx"), held, QStringLiteral("--key"),
                    node1 + QStringLiteral("/keys/secretary.key") });
        QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("applied")),
                 qPrintable(r.out + r.err));
        QVERIFY(c.startLoadRound(0, 50));
        QVERIFY(c.stopLoad(60000));
        auto joinerHead = [&] {
            return c.cli({ QStringLiteral("head"), QStringLiteral("--data-dir"), newDir })
                .out.trimmed();
        };
        QVERIFY2(ClusterProcesses::waitFor([&] { return joinerHead() == c.head(0); }, WaitMs),
                 qPrintable(joinerHead() + QLatin1Char(' ') + c.head(0)));

        // Spent: the same code is now refused as used.
        r = c.cli({ QStringLiteral("join"), QStringLiteral("--code"), code,
                    QStringLiteral("--from"), from, QStringLiteral("--data-dir"),
                    c.file(QStringLiteral("again")), QStringLiteral("--listen"),
                    QStringLiteral("127.0.0.1:%1").arg(ports[1]) });
        QVERIFY2(r.exitCode != 0 && QString(r.err + r.out).contains(QStringLiteral("already used")),
                 qPrintable(r.out + r.err));
    }
};

QTEST_GUILESS_MAIN(TestJoinByCode)
#include "TestJoinByCode.moc"
