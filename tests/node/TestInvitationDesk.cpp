// The invitation desk without a network: its strict codecs (malformed,
// truncated, oversize), and the server's answers: unknown, expired and spent
// codes, the wrong-code throttle, join requests that match or do not.
#include "ledger/core/ByteWriter.h"
#include "ledger/node/DeskProtocol.h"
#include "ledger/node/InvitationDesk.h"
#include "tests/support/ChainBuilder.h"
#include "tests/support/TempDir.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace ledger;
using namespace ledger::node;

namespace {

class TestClock final : public core::Clock
{
public:
    std::int64_t nowMs() const override { return now; }
    std::int64_t now = 1'780'000'000'000;
};

constexpr const char *Code = "ABCD-EFGH";

struct Fixture {
    tests::TempDir dir;
    tests::ChainBuilder chain { 7 };
    std::shared_ptr<TestClock> clock = std::make_shared<TestClock>();
    InvitationDesk desk { dir.path(), clock };
    Invitation invitation;

    Fixture()
    {
        const chain::Block &genesis = chain.blocks().front();
        invitation.community = QStringLiteral("幸福里社区");
        invitation.consortium = chain.consortium();
        invitation.genesisHash = genesis.hash();
        invitation.genesisBlock = genesis.encode();
        invitation.orgName = QStringLiteral("幸福里志愿服务队");
        invitation.code = QString::fromLatin1(Code);
        invitation.token = QByteArray(16, '\x5a');
        invitation.inviterOrg = 1;
        invitation.peers.push_back({ chain.node().publicKey(), QStringLiteral("127.0.0.1"), 7400 });
        invitation.createdMs = clock->now;
        QDir(dir.path()).mkpath(QStringLiteral("invitations"));
        writeJsonFile(keptPath(), invitation.toJson());
    }
    QString keptPath() const { return dir.file(QStringLiteral("invitations/ABCD-EFGH.json")); }
    QString requestPath() const { return dir.file(QStringLiteral("join-requests/ABCD-EFGH.json")); }

    JoinRequest request(const crypto::KeyPair &key) const
    {
        JoinRequest r;
        r.consortium = invitation.consortium;
        r.orgName = invitation.orgName;
        r.orgKind = invitation.orgKind;
        r.nodeKey = key.publicKey();
        r.code = invitation.code;
        r.address = QStringLiteral("127.0.0.1:7500");
        r.incarnation = 42;
        r.token = invitation.token;
        r.sign(key);
        return r;
    }
    DeskReply fetch(const QString &code = QString::fromLatin1(Code))
    {
        return desk.handle({ DeskKind::FetchInvitation, code, {} }, QStringLiteral("test:1"));
    }
    DeskReply deliver(const JoinRequest &r)
    {
        return desk.handle({ DeskKind::DeliverJoinRequest, QString::fromLatin1(Code),
                             QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact) },
                           QStringLiteral("test:1"));
    }
};

net::DeskServer serverOf(const Fixture &f)
{
    return { f.invitation.consortium, f.invitation.genesisHash, f.chain.node().publicKey() };
}

} // namespace

class TestInvitationDesk : public QObject
{
    Q_OBJECT
private slots:
    void codecs_roundTrip()
    {
        const DeskRequest fetch { DeskKind::FetchInvitation, QString::fromLatin1(Code), {} };
        QCOMPARE(*decodeDeskRequest(encodeDeskRequest(fetch)), fetch);
        const DeskRequest deliver { DeskKind::DeliverJoinRequest, QString::fromLatin1(Code),
                                    "{\"a\":1}" };
        QCOMPARE(*decodeDeskRequest(encodeDeskRequest(deliver)), deliver);
        const DeskReply reply { DeskStatus::Expired, "expired" };
        QCOMPARE(*decodeDeskReply(encodeDeskReply(reply)), reply);
    }

    void codecs_everyTruncationAndTrailingByteRefused()
    {
        const QByteArray request = encodeDeskRequest(
            { DeskKind::DeliverJoinRequest, QString::fromLatin1(Code), "{\"x\":2}" });
        const QByteArray reply = encodeDeskReply({ DeskStatus::Ok, "invitation" });
        for (qsizetype n = 0; n < request.size(); ++n)
            QVERIFY2(!decodeDeskRequest(request.left(n)), qPrintable(QString::number(n)));
        for (qsizetype n = 0; n < reply.size(); ++n)
            QVERIFY2(!decodeDeskReply(reply.left(n)), qPrintable(QString::number(n)));
        QCOMPARE(decodeDeskRequest(QByteArray(request + 'x')).error().code,
                 core::ErrorCode::TrailingBytes);
        QCOMPARE(decodeDeskReply(QByteArray(reply + 'x')).error().code,
                 core::ErrorCode::TrailingBytes);
        // A fetch carries no join request: its bytes are trailing.
        QVERIFY(!decodeDeskRequest(QByteArray(
            encodeDeskRequest({ DeskKind::FetchInvitation, QString::fromLatin1(Code), {} })
            + QByteArray(4, '\0'))));
    }

    void codecs_malformedRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        const QByteArray code(Code);
        QTest::newRow("version 2")
            << (QByteArray("\x02\x01") + code) << int(core::ErrorCode::BadVersion);
        QTest::newRow("kind 0") << (QByteArray("\x01\x00", 2) + code)
                                << int(core::ErrorCode::BadType);
        QTest::newRow("kind 3") << (QByteArray("\x01\x03") + code) << int(core::ErrorCode::BadType);
        QTest::newRow("lower case") << QByteArray("\x01\x01"
                                                  "abcd-efgh")
                                    << int(core::ErrorCode::BadValue);
        QTest::newRow("look-alike 0") << QByteArray("\x01\x01"
                                                    "ABC0-EFGH")
                                      << int(core::ErrorCode::BadValue);
        QTest::newRow("no dash") << QByteArray("\x01\x01"
                                               "ABCDEEFGH")
                                 << int(core::ErrorCode::BadValue);
        core::ByteWriter huge;
        huge.u8(1).u8(2).raw(code).u32(MaxJoinRequestBytes + 1);
        QTest::newRow("oversize join request") << huge.take() << int(core::ErrorCode::TooLarge);
    }
    void codecs_malformedRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        const auto decoded = decodeDeskRequest(bytes);
        QVERIFY(!decoded);
        QCOMPARE(int(decoded.error().code), code);
    }

    void replyCodec_unknownStatusAndOversizeRefused()
    {
        QCOMPARE(decodeDeskReply(QByteArray("\x01\x07\0\0\0\0", 6)).error().code,
                 core::ErrorCode::BadType);
        core::ByteWriter huge;
        huge.u8(1).u8(0).u32(MaxAnswerBytes + 1);
        QCOMPARE(decodeDeskReply(huge.take()).error().code, core::ErrorCode::TooLarge);
    }

    void typedCodes_normalized()
    {
        QCOMPARE(*normalizeInvitationCode(QStringLiteral(" abcd efgh ")),
                 QStringLiteral("ABCD-EFGH"));
        QCOMPARE(*normalizeInvitationCode(QStringLiteral("abcdefgh")), QStringLiteral("ABCD-EFGH"));
        QVERIFY(!normalizeInvitationCode(QStringLiteral("ABCD-EFG")));
        QVERIFY(!normalizeInvitationCode(QStringLiteral("ABCD-EFG1"))); // 1 is not in the alphabet
        QVERIFY(!normalizeInvitationCode(QStringLiteral("社区社区社区社区")));
    }

    void fetch_goodCode_invitationThatPassesTheRequesterChecks()
    {
        Fixture f;
        const DeskReply reply = f.fetch();
        QCOMPARE(reply.status, DeskStatus::Ok);
        const auto inv = checkFetchedInvitation(reply, serverOf(f), QString::fromLatin1(Code));
        QVERIFY2(inv, qPrintable(inv ? QString() : inv.error().toString()));
        QCOMPARE(inv->token, f.invitation.token);
        // The answer reveals the node only for a good code.
        QVERIFY(f.desk
                    .answer(encodeDeskRequest(
                                { DeskKind::FetchInvitation, QString::fromLatin1(Code), {} }),
                            QStringLiteral("test:1"))
                    .revealIdentity);
        QVERIFY(!f.desk
                     .answer(encodeDeskRequest(
                                 { DeskKind::FetchInvitation, QStringLiteral("ZZZZ-ZZZZ"), {} }),
                             QStringLiteral("test:1"))
                     .revealIdentity);
    }

    void requesterChecks_refuseAnUnprovenOrForeignDesk()
    {
        Fixture f;
        const DeskReply reply = f.fetch();
        QCOMPARE(
            checkFetchedInvitation(reply, std::nullopt, QString::fromLatin1(Code)).error().code,
            core::ErrorCode::BadSignature);
        net::DeskServer stranger = serverOf(f);
        stranger.nodeKey = f.chain.freshKey().publicKey();
        QCOMPARE(checkFetchedInvitation(reply, stranger, QString::fromLatin1(Code)).error().code,
                 core::ErrorCode::Conflict);
        net::DeskServer otherGenesis = serverOf(f);
        otherGenesis.genesisHash = chain::BlockHash();
        QCOMPARE(
            checkFetchedInvitation(reply, otherGenesis, QString::fromLatin1(Code)).error().code,
            core::ErrorCode::Conflict);
        QVERIFY(!checkFetchedInvitation(reply, serverOf(f), QStringLiteral("ZZZZ-ZZZZ")));
    }

    void fetch_unknownExpiredSpent()
    {
        Fixture f;
        QCOMPARE(f.fetch(QStringLiteral("ZZZZ-ZZZZ")).status, DeskStatus::NoSuchInvitation);
        f.clock->now += InvitationDesk::InvitationLifetimeMs - 1;
        QCOMPARE(f.fetch().status, DeskStatus::Ok);
        f.clock->now += 2;
        QCOMPARE(f.fetch().status, DeskStatus::Expired);
        f.clock->now -= 2;
        QVERIFY(QFile::rename(f.keptPath(), f.keptPath() + QStringLiteral(".used")));
        QCOMPARE(f.fetch().status, DeskStatus::AlreadyUsed);
    }

    void throttle_tenWrongCodesCloseTheDeskForTenMinutes()
    {
        Fixture f;
        for (int i = 0; i < InvitationDesk::WrongCodeLimit; ++i) {
            QCOMPARE(f.fetch(QStringLiteral("ZZZZ-ZZZZ")).status, DeskStatus::NoSuchInvitation);
            f.clock->now += 1000;
        }
        // Even the right code is refused now, and refusals do not extend it.
        QCOMPARE(f.fetch().status, DeskStatus::TooManyWrongCodes);
        QCOMPARE(f.desk.answer("garbage", QStringLiteral("test:1")).body,
                 encodeDeskReply({ DeskStatus::TooManyWrongCodes, "too many wrong codes" }));
        // Once the first wrong code is ten minutes old, one more try is allowed.
        f.clock->now += InvitationDesk::WrongCodeWindowMs - InvitationDesk::WrongCodeLimit * 1000;
        QCOMPARE(f.fetch().status, DeskStatus::Ok);
        QCOMPARE(f.fetch(QStringLiteral("ZZZZ-ZZZZ")).status, DeskStatus::NoSuchInvitation);
        QCOMPARE(f.fetch().status, DeskStatus::TooManyWrongCodes);
    }

    void throttle_malformedRequestsCountAsWrongCodes()
    {
        Fixture f;
        for (int i = 0; i < InvitationDesk::WrongCodeLimit; ++i)
            f.desk.answer("garbage", QStringLiteral("test:1"));
        QCOMPARE(f.fetch().status, DeskStatus::TooManyWrongCodes);
    }

    void deliver_storedOnce_sameAgainFine_differentRefused()
    {
        Fixture f;
        const auto key = f.chain.freshKey();
        QCOMPARE(f.deliver(f.request(key)).status, DeskStatus::Ok);
        QVERIFY(QFile::exists(f.requestPath()));
        const auto stored = readJsonFile(f.requestPath());
        QVERIFY(stored);
        QCOMPARE(JoinRequest::fromJson(*stored)->nodeKey, key.publicKey());
        QCOMPARE(f.deliver(f.request(key)).status, DeskStatus::Ok); // a retry
        const auto other = f.chain.freshKey();
        QCOMPARE(f.deliver(f.request(other)).status, DeskStatus::RequestRefused);
        QCOMPARE(JoinRequest::fromJson(*readJsonFile(f.requestPath()))->nodeKey, key.publicKey());
    }

    void deliver_mismatchingOrForgedRequestRefused()
    {
        Fixture f;
        const auto key = f.chain.freshKey();
        JoinRequest wrongToken = f.request(key);
        wrongToken.token = QByteArray(16, '\x01');
        wrongToken.sign(key);
        QCOMPARE(f.deliver(wrongToken).status, DeskStatus::RequestRefused);
        JoinRequest learner = f.request(key);
        learner.learner = true;
        learner.sign(key);
        QCOMPARE(f.deliver(learner).status, DeskStatus::RequestRefused);
        JoinRequest forged = f.request(key);
        forged.address = QStringLiteral("10.0.0.9:7500"); // changed after signing
        QCOMPARE(f.deliver(forged).status, DeskStatus::BadRequest);
        QVERIFY(!QFile::exists(f.requestPath()));
    }

    void deliver_expiredOrSpentRefused()
    {
        Fixture f;
        const auto key = f.chain.freshKey();
        f.clock->now += InvitationDesk::InvitationLifetimeMs + 1;
        QCOMPARE(f.deliver(f.request(key)).status, DeskStatus::Expired);
        f.clock->now -= InvitationDesk::InvitationLifetimeMs + 1;
        QVERIFY(QFile::rename(f.keptPath(), f.keptPath() + QStringLiteral(".used")));
        QCOMPARE(f.deliver(f.request(key)).status, DeskStatus::AlreadyUsed);
        QVERIFY(!QFile::exists(f.requestPath()));
    }

    void fingerprint_firstEightHexDigitsGrouped()
    {
        const auto hash = chain::BlockHash::fromHex(
            QString(QStringLiteral("3fa291c0") + QString(56, QLatin1Char('0'))));
        QVERIFY(hash);
        QCOMPARE(consortiumFingerprint(*hash), QStringLiteral("3FA2 91C0"));
    }
};

QTEST_GUILESS_MAIN(TestInvitationDesk)
#include "TestInvitationDesk.moc"
