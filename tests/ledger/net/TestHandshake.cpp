#include "ledger/crypto/Ed25519.h"
#include "ledger/crypto/Sha256.h"
#include "ledger/net/Backoff.h"
#include "ledger/net/Handshake.h"
#include "ledger/net/TlsIdentity.h"

#include <QSslKey>
#include <QTest>

#include <set>

using namespace ledger::net;
using ledger::crypto::KeyPair;

namespace {
template<class Fixed>
Fixed filled(std::uint8_t v)
{
    std::array<std::uint8_t, Fixed::Size> bytes {};
    bytes.fill(v);
    return Fixed(bytes);
}

Transcript sampleTranscript()
{
    Transcript t;
    t.consortiumId = filled<ledger::chain::ConsortiumId>(1);
    t.genesisHash = filled<ledger::chain::BlockHash>(2);
    t.clientCertificate = filled<ledger::crypto::Digest>(3);
    t.serverCertificate = filled<ledger::crypto::Digest>(4);
    t.clientKey = filled<ledger::crypto::PublicKey>(5);
    t.serverKey = filled<ledger::crypto::PublicKey>(6);
    t.clientNonce = filled<Nonce>(7);
    t.serverNonce = filled<Nonce>(8);
    return t;
}
} // namespace

class TestHandshake : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hello_roundTripsAndIsExactlySized()
    {
        Hello h;
        h.consortiumId = filled<ledger::chain::ConsortiumId>(0xab);
        h.genesisHash = filled<ledger::chain::BlockHash>(0xcd);
        h.nodeKey = KeyPair::generate().publicKey();
        h.nonce = filled<Nonce>(0x11);
        const QByteArray bytes = encodeHello(h);
        QCOMPARE(bytes.size(), HelloSize);
        QCOMPARE(bytes.left(2), QByteArray::fromHex("0001"));
        auto back = decodeHello(bytes);
        QVERIFY(back);
        QVERIFY(*back == h);
        QVERIFY(!decodeHello(bytes.chopped(1)));
        QVERIFY(!decodeHello(QByteArray(bytes + '\0')));
        QVERIFY(!decodeHello({}));
    }

    void auth_acceptsOnlySixtyFourBytes()
    {
        QVERIFY(decodeAuth(QByteArray(64, 'x')));
        QVERIFY(!decodeAuth(QByteArray(63, 'x')));
        QVERIFY(!decodeAuth(QByteArray(65, 'x')));
    }

    // Every field and the signer's role change the signed bytes: a signature
    // is good for one role, on one connection, between two certificates.
    void transcript_dependsOnEveryField()
    {
        const Transcript base = sampleTranscript();
        std::set<QByteArray> seen;
        seen.insert(transcriptBytes(base, Role::Client));
        seen.insert(transcriptBytes(base, Role::Server));
        auto vary = [&](auto mutate) {
            Transcript t = base;
            mutate(t);
            return seen.insert(transcriptBytes(t, Role::Client)).second;
        };
        QVERIFY(
            vary([](Transcript &t) { t.consortiumId = filled<ledger::chain::ConsortiumId>(9); }));
        QVERIFY(vary([](Transcript &t) { t.genesisHash = filled<ledger::chain::BlockHash>(9); }));
        QVERIFY(
            vary([](Transcript &t) { t.clientCertificate = filled<ledger::crypto::Digest>(9); }));
        QVERIFY(
            vary([](Transcript &t) { t.serverCertificate = filled<ledger::crypto::Digest>(9); }));
        QVERIFY(vary([](Transcript &t) { std::swap(t.clientCertificate, t.serverCertificate); }));
        QVERIFY(vary([](Transcript &t) { t.clientKey = filled<ledger::crypto::PublicKey>(9); }));
        QVERIFY(vary([](Transcript &t) { t.serverKey = filled<ledger::crypto::PublicKey>(9); }));
        QVERIFY(vary([](Transcript &t) { t.clientNonce = filled<Nonce>(9); }));
        QVERIFY(vary([](Transcript &t) { t.serverNonce = filled<Nonce>(9); }));
        QCOMPARE(seen.size(), std::size_t(11));
        QVERIFY(transcriptBytes(base, Role::Client).startsWith("gongzhi/net/handshake/v1"));
    }

    void signature_overOneTranscriptFailsOnAnother()
    {
        const KeyPair key = KeyPair::generate();
        Transcript t = sampleTranscript();
        const auto sig = key.sign(transcriptBytes(t, Role::Client));
        QVERIFY(ledger::crypto::verify(key.publicKey(), transcriptBytes(t, Role::Client), sig));
        QVERIFY(!ledger::crypto::verify(key.publicKey(), transcriptBytes(t, Role::Server), sig));
        t.serverCertificate = filled<ledger::crypto::Digest>(0x42);
        QVERIFY(!ledger::crypto::verify(key.publicKey(), transcriptBytes(t, Role::Client), sig));
    }

    void tlsIdentity_isFreshSelfSignedP256()
    {
        auto a = TlsIdentity::generate();
        auto b = TlsIdentity::generate();
        QVERIFY(a && b);
        QVERIFY(!a->certificate().isNull());
        QCOMPARE(a->privateKey().algorithm(), QSsl::Ec);
        QCOMPARE(a->privateKey().length(), 256);
        QVERIFY(a->certificate().isSelfSigned());
        QCOMPARE(a->certificate().subjectInfo(QSslCertificate::CommonName),
                 QStringList { TlsIdentity::commonName() });
        QVERIFY(a->certificate().publicKey() != b->certificate().publicKey());
        QVERIFY(a->certificateDigest() != b->certificateDigest());
        QCOMPARE(a->certificateDigest(), ledger::crypto::Sha256::hash(a->certificate().toDer()));
        QVERIFY(a->certificate().effectiveDate() < QDateTime::currentDateTimeUtc());
        QVERIFY(a->certificate().expiryDate() > QDateTime::currentDateTimeUtc().addYears(10));
    }

    void backoff_growsCapsAndJitters()
    {
        using std::chrono::milliseconds;
        const milliseconds base(100), max(5000);
        QCOMPARE(reconnectDelay(0, base, max, 0.0), milliseconds(50));
        QCOMPARE(reconnectDelay(0, base, max, 0.999), milliseconds(99));
        QCOMPARE(reconnectDelay(3, base, max, 0.0), milliseconds(400));
        QCOMPARE(reconnectDelay(3, base, max, 1.0), milliseconds(800));
        QCOMPARE(reconnectDelay(10, base, max, 1.0), milliseconds(5000));
        QCOMPARE(reconnectDelay(1000, base, max, 0.0), milliseconds(2500));
        QCOMPARE(reconnectDelay(-5, base, max, 1.0), milliseconds(100));
    }
};

QTEST_GUILESS_MAIN(TestHandshake)
#include "TestHandshake.moc"
