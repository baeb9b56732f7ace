#include "ledger/chain/Transaction.h"
#include "ledger/crypto/Sha256.h"
#include "tests/ledger/chain/AllocationWatch.h"
#include "tests/ledger/chain/CodecChecks.h"
#include "tests/support/ChainBuilder.h"
#include "tests/support/TestVectors.h"

#include <QFile>
#include <QJsonObject>
#include <QTest>

using namespace ledger;
using namespace tests::chain;
using chain::Transaction;
using chain::TxBody;
using chain::TxType;

namespace {
const QString VectorFile = QStringLiteral(GONGZHI_TEST_DATA_DIR "/chain/transaction.json");

QByteArray counting(int n, int from)
{
    QByteArray b(n, Qt::Uninitialized);
    for (int i = 0; i < n; ++i)
        b[i] = char(from + i);
    return b;
}

// The fixed-seed transaction of the checked-in vector.
crypto::KeyPair vectorKey()
{
    return crypto::KeyPair::fromSeed(*crypto::SecretSeed::fromBytes(counting(32, 0)));
}

TxBody vectorBody()
{
    TxBody b;
    b.type = TxType::RecordSubmitted;
    b.consortium = *chain::ConsortiumId::fromBytes(counting(16, 0x40));
    b.sequence = 7;
    b.timestampMs = 1772323200123;
    b.payload = QStringLiteral("幸福里社区 3号楼电梯维修 ¥12,800.00").toUtf8();
    return b;
}

std::optional<ErrorCode> decodeError(const QByteArray &b)
{
    auto tx = Transaction::decode(b);
    return tx ? std::nullopt : std::optional(tx.error().code);
}

ErrorCode err(const QByteArray &b)
{
    return decodeError(b).value_or(Accepted);
}

std::optional<QByteArray> reencode(const QByteArray &b)
{
    auto tx = Transaction::decode(b);
    return tx ? std::optional(encodeFields(*tx)) : std::nullopt;
}

// Offsets in the documented layout.
constexpr qsizetype VersionAt = 4, TypeAt = 5, PayloadLengthAt = 71;
} // namespace

class TestTransaction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void signedTransaction_roundTripsThroughDecode()
    {
        tests::ChainBuilder builder(7);
        for (int i = 0; i < 200; ++i) {
            const Transaction tx = builder.nextTransaction();
            QVERIFY(tx.verifySignature());
            QCOMPARE(tx.id(), crypto::Sha256::hash(tx.encoded()));
            QCOMPARE(tx.signedBytes(), QByteArrayView(tx.encoded()).chopped(64));
            QCOMPARE(encodeFields(tx), tx.encoded());
            auto back = Transaction::decode(tx.encoded());
            QVERIFY(back.has_value());
            QCOMPARE(back->encoded(), tx.encoded());
            QCOMPARE(back->id(), tx.id());
            QCOMPARE(back->signature(), tx.signature());
            QCOMPARE(back->author(), tx.author());
            QCOMPARE(back->sequence(), tx.sequence());
            QCOMPARE(back->type(), tx.type());
            QCOMPARE(back->body().timestampMs, tx.body().timestampMs);
            QCOMPARE(back->body().consortium, tx.body().consortium);
            QCOMPARE(back->payload(), tx.payload());
            QVERIFY(back->verifySignature());
        }
    }

    void builderTransactions_areAbout300Bytes()
    {
        tests::ChainBuilder builder(8);
        for (int i = 0; i < 100; ++i) {
            const auto size = builder.nextTransaction().encoded().size();
            QVERIFY2(size >= 280 && size <= 320, qPrintable(QString::number(size)));
        }
    }

    void fixedSeedTransaction_matchesCheckedInBytes()
    {
        const Transaction tx = Transaction::sign(vectorBody(), vectorKey());
        QJsonObject v;
        v[QStringLiteral("author_seed")] = QString::fromLatin1(counting(32, 0).toHex());
        v[QStringLiteral("author_key")] = tx.author().toHex();
        v[QStringLiteral("consortium")] = tx.body().consortium.toHex();
        v[QStringLiteral("type")] = int(tx.type());
        v[QStringLiteral("sequence")] = qint64(tx.sequence());
        v[QStringLiteral("timestamp_ms")] = qint64(tx.body().timestampMs);
        v[QStringLiteral("payload")] = QString::fromLatin1(tx.payload().toHex());
        v[QStringLiteral("signature")] = tx.signature().toHex();
        v[QStringLiteral("encoded")] = QString::fromLatin1(tx.encoded().toHex());
        v[QStringLiteral("id")] = tx.id().toHex();
        if (qEnvironmentVariableIsSet("GONGZHI_REWRITE")) {
            QFile f(VectorFile);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QJsonDocument(v).toJson());
        }
        const QJsonObject stored = tests::readJson(VectorFile).object();
        QCOMPARE(stored.keys(), v.keys());
        for (const QString &key : v.keys())
            QCOMPARE(stored[key], v[key]);
        // The stored bytes decode to exactly the fixed inputs.
        auto decoded = Transaction::decode(
            QByteArray::fromHex(stored[QStringLiteral("encoded")].toString().toLatin1()));
        QVERIFY(decoded.has_value());
        const TxBody body = vectorBody();
        QCOMPARE(decoded->type(), body.type);
        QCOMPARE(decoded->body().consortium, body.consortium);
        QCOMPARE(decoded->author(), vectorKey().publicKey());
        QCOMPARE(decoded->sequence(), body.sequence);
        QCOMPARE(decoded->body().timestampMs, body.timestampMs);
        QCOMPARE(decoded->payload(), body.payload);
        QVERIFY(decoded->verifySignature());
        QCOMPARE(decoded->encoded().size(), Transaction::MinSize + body.payload.size());
    }

    void everyTruncation_isRejected()
    {
        tests::ChainBuilder builder(9);
        checkTruncations(builder.nextTransaction().encoded(), decodeError);
    }

    void everySingleByteChange_isRejectedOrCanonical()
    {
        tests::ChainBuilder builder(10);
        const QByteArray good = builder.nextTransaction().encoded();
        int accepted = 0;
        checkFlips(good, reencode, &accepted);
        // Changes to sequence, timestamp, payload and signature bytes decode:
        // the structure does not protect them, the signature does.
        QVERIFY(accepted > 0);
        for (qsizetype i = 0; i < good.size(); ++i) {
            auto tx = Transaction::decode(withByte(good, i, 0x01));
            if (tx)
                QVERIFY2(!tx->verifySignature(), qPrintable(QString::number(i)));
        }
    }

    void trailingGarbage_isRejected()
    {
        tests::ChainBuilder builder(11);
        const QByteArray good = builder.nextTransaction().encoded();
        for (int extra : { 1, 2, 63, 64, 1000 }) {
            QCOMPARE(err(good + QByteArray(extra, '\0')), ErrorCode::TrailingBytes);
            QCOMPARE(err(good + good.first(extra % good.size() + 1)), ErrorCode::TrailingBytes);
        }
    }

    void unknownMagicVersionOrType_isRejectedWithItsCode()
    {
        tests::ChainBuilder builder(12);
        const QByteArray good = builder.nextTransaction().encoded();
        for (qsizetype i = 0; i < 4; ++i)
            QCOMPARE(err(withByte(good, i, 0x20)), ErrorCode::BadType);
        QCOMPARE(err(QByteArray("GZBH") + good.sliced(4)), ErrorCode::BadType);
        for (std::uint8_t v : { 0, 2, 255 })
            QCOMPARE(err(good.first(VersionAt) + char(v) + good.sliced(VersionAt + 1)),
                     ErrorCode::BadVersion);
        for (std::uint16_t t : { 0, 2, 99, 200, 999, 65535 }) {
            QByteArray bad = good;
            bad[TypeAt] = char(t >> 8);
            bad[TypeAt + 1] = char(t & 0xff);
            QCOMPARE(err(bad), ErrorCode::BadType);
        }
    }

    void oversizedLengthPrefix_isRejectedWithoutAllocating()
    {
        tests::ChainBuilder builder(13);
        const QByteArray good = builder.nextTransaction().encoded();
        tests::AllocationWatch watch;
        QCOMPARE(err(withU32(good, PayloadLengthAt, 0xffffffffu)), ErrorCode::TooLarge);
        QCOMPARE(err(withU32(good, PayloadLengthAt, Transaction::MaxPayload + 1)),
                 ErrorCode::TooLarge);
        QCOMPARE(err(withU32(good, PayloadLengthAt, Transaction::MaxPayload)),
                 ErrorCode::Truncated);
        // The header and a length prefix alone, claiming the maximum.
        QCOMPARE(err(withU32(good, PayloadLengthAt, 0xffffffffu).first(PayloadLengthAt + 4)),
                 ErrorCode::TooLarge);
        QVERIFY2(watch.largest() < 64 * 1024, qPrintable(QString::number(watch.largest())));
    }

    void inputLargerThanAnyTransaction_isTooLarge()
    {
        QCOMPARE(err(QByteArray(Transaction::MaxSize + 1, 'G')), ErrorCode::TooLarge);
    }

    void randomBytes_areRejectedOrCanonical()
    {
        QRandomGenerator rng(14);
        tests::ChainBuilder builder(14);
        const QByteArray good = builder.nextTransaction().encoded();
        tests::AllocationWatch watch;
        for (int i = 0; i < 3000; ++i) {
            QByteArray junk(qsizetype(rng.bounded(700u)), Qt::Uninitialized);
            for (auto &c : junk)
                c = char(rng.bounded(256u));
            QVERIFY(!Transaction::decode(junk).has_value());
            // With a valid prefix, so that the later fields are reached.
            const QByteArray tail = junk.left(qsizetype(rng.bounded(quint32(junk.size()) + 1)));
            const QByteArray mixed
                = good.first(qsizetype(rng.bounded(quint32(good.size())))) + tail;
            if (auto again = reencode(mixed))
                QCOMPARE(*again, mixed);
        }
        QVERIFY(watch.largest() < 64 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "TestTransaction.moc"
