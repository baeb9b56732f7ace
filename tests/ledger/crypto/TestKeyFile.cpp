#include "ledger/crypto/KeyFile.h"
#include "tests/support/TempDir.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace ledger::crypto;
using ledger::core::ErrorCode;

namespace {
const QString kPassphrase = QStringLiteral("居委会 correct horse 2026");

QJsonObject objectOf(const QByteArray &doc)
{
    return QJsonDocument::fromJson(doc).object();
}

QByteArray withField(const QByteArray &doc, const char *field, const QJsonValue &value)
{
    QJsonObject o = objectOf(doc);
    if (value.isUndefined())
        o.remove(QLatin1String(field));
    else
        o.insert(QLatin1String(field), value);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The hex field with one bit of byte `index` flipped.
QString flippedHex(const QByteArray &doc, const char *field, int index)
{
    QByteArray bytes
        = QByteArray::fromHex(objectOf(doc).value(QLatin1String(field)).toString().toLatin1());
    bytes[index] = char(bytes[index] ^ 0x01);
    return QString::fromLatin1(bytes.toHex());
}
} // namespace

class TestKeyFile : public QObject
{
    Q_OBJECT
    KeyPair m_key = KeyPair::generate();
    QByteArray m_plain;
    QByteArray m_encrypted; // Argon2id with the "moderate" limits: made once

private Q_SLOTS:
    void initTestCase()
    {
        m_plain = KeyFile::encode(m_key, QString());
        m_encrypted = KeyFile::encode(m_key, kPassphrase);
    }

    void plain_roundTrips()
    {
        const QJsonObject o = objectOf(m_plain);
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("gongzhi-key-v1"));
        QCOMPARE(o.value(QStringLiteral("protection")).toString(), QStringLiteral("none"));
        QCOMPARE(o.value(QStringLiteral("public_key")).toString(), m_key.publicKey().toHex());
        QVERIFY(!KeyFile::isEncrypted(m_plain));
        const auto decoded = KeyFile::decode(m_plain, QString());
        QVERIFY(decoded);
        QCOMPARE(decoded->publicKey(), m_key.publicKey());
        QCOMPARE(decoded->seed().toByteArray(), m_key.seed().toByteArray());
    }

    void passphrase_roundTripsAndHidesSeed()
    {
        QVERIFY(KeyFile::isEncrypted(m_encrypted));
        QVERIFY(!m_encrypted.contains(m_key.seed().toByteArray().toHex()));
        QVERIFY(!objectOf(m_encrypted).contains(QStringLiteral("seed")));
        const auto decoded = KeyFile::decode(m_encrypted, kPassphrase);
        QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().toString()));
        QCOMPARE(decoded->publicKey(), m_key.publicKey());
        QCOMPARE(decoded->seed().toByteArray(), m_key.seed().toByteArray());
    }

    void wrongOrMissingPassphrase_isBadKey()
    {
        auto r = KeyFile::decode(m_encrypted, QStringLiteral("居委会 correct horse 2027"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::BadKey);
        r = KeyFile::decode(m_encrypted, QString());
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::BadKey);
    }

    void tampered_rejected_data()
    {
        QTest::addColumn<QByteArray>("doc");
        QTest::addColumn<int>("code");
        const QString otherKey = KeyPair::generate().publicKey().toHex();
        const QByteArray &e = m_encrypted;
        QTest::newRow("ciphertext first byte")
            << withField(e, "ciphertext", flippedHex(e, "ciphertext", 0)) << int(ErrorCode::BadKey);
        QTest::newRow("ciphertext last byte")
            << withField(e, "ciphertext", flippedHex(e, "ciphertext", 47))
            << int(ErrorCode::BadKey);
        QTest::newRow("nonce") << withField(e, "nonce", flippedHex(e, "nonce", 3))
                               << int(ErrorCode::BadKey);
        QTest::newRow("salt") << withField(e, "salt", flippedHex(e, "salt", 5))
                              << int(ErrorCode::BadKey);
        QTest::newRow("encrypted, other public key")
            << withField(e, "public_key", otherKey) << int(ErrorCode::BadKey);
        QTest::newRow("plain, other public key")
            << withField(m_plain, "public_key", otherKey) << int(ErrorCode::BadKey);
        QTest::newRow("plain, seed flipped")
            << withField(m_plain, "seed", flippedHex(m_plain, "seed", 9)) << int(ErrorCode::BadKey);
    }
    void tampered_rejected()
    {
        QFETCH(QByteArray, doc);
        QFETCH(int, code);
        const auto r = KeyFile::decode(doc, kPassphrase);
        QVERIFY(!r);
        QCOMPARE(int(r.error().code), code);
    }

    void hostile_rejectedWithoutCrash_data()
    {
        QTest::addColumn<QByteArray>("doc");
        QTest::addColumn<int>("code");
        const QByteArray &e = m_encrypted;
        const int enc = int(ErrorCode::BadEncoding), value = int(ErrorCode::BadValue);
        QTest::newRow("empty") << QByteArray() << enc;
        QTest::newRow("not JSON") << QByteArray("gongzhi-key-v1") << enc;
        QTest::newRow("array") << QByteArray("[1,2,3]") << enc;
        QTest::newRow("string") << QByteArray("\"gongzhi-key-v1\"") << enc;
        QTest::newRow("number") << QByteArray("42") << enc;
        QTest::newRow("null") << QByteArray("null") << enc;
        QTest::newRow("nested 8000 deep") << QByteArray(8000, '[') + QByteArray(8000, ']') << enc;
        QTest::newRow("1 MB") << QByteArray(QByteArray("{\"format\":\"") + QByteArray(1 << 20, 'a')
                                            + "\"}")
                              << int(ErrorCode::TooLarge);
        QTest::newRow("16 KiB + 1") << QByteArray(16 * 1024 + 1, ' ') << int(ErrorCode::TooLarge);
        QTest::newRow("other format")
            << withField(m_plain, "format", QStringLiteral("gongzhi-key-v2"))
            << int(ErrorCode::BadVersion);
        QTest::newRow("no public key") << withField(m_plain, "public_key", QJsonValue()) << enc;
        QTest::newRow("public key 31 bytes")
            << withField(m_plain, "public_key", QString(62, QLatin1Char('a'))) << enc;
        QTest::newRow("public key not hex")
            << withField(m_plain, "public_key", QString(64, QLatin1Char('g'))) << enc;
        QTest::newRow("public key a number") << withField(m_plain, "public_key", 7) << enc;
        QTest::newRow("seed 33 bytes")
            << withField(m_plain, "seed", QString(66, QLatin1Char('0'))) << enc;
        QTest::newRow("no seed") << withField(m_plain, "seed", QJsonValue()) << enc;
        QTest::newRow("unknown protection")
            << withField(m_plain, "protection", QStringLiteral("rot13")) << value;
        QTest::newRow("opslimit 1e18") << withField(e, "opslimit", 1e18) << value;
        QTest::newRow("opslimit 17") << withField(e, "opslimit", 17) << value;
        QTest::newRow("opslimit 0") << withField(e, "opslimit", 0) << value;
        QTest::newRow("opslimit negative") << withField(e, "opslimit", -3) << value;
        QTest::newRow("opslimit a string")
            << withField(e, "opslimit", QStringLiteral("3")) << value;
        QTest::newRow("opslimit missing") << withField(e, "opslimit", QJsonValue()) << value;
        QTest::newRow("memlimit 1e18") << withField(e, "memlimit", 1e18) << value;
        QTest::newRow("memlimit 1 GiB + 1")
            << withField(e, "memlimit", 1024.0 * 1024 * 1024 + 1) << value;
        QTest::newRow("memlimit 1 KiB") << withField(e, "memlimit", 1024) << value;
        QTest::newRow("salt 15 bytes")
            << withField(e, "salt", QString(30, QLatin1Char('1'))) << enc;
        QTest::newRow("nonce 25 bytes")
            << withField(e, "nonce", QString(50, QLatin1Char('1'))) << enc;
        QTest::newRow("ciphertext 47 bytes")
            << withField(e, "ciphertext", QString(94, QLatin1Char('1'))) << enc;
        QTest::newRow("ciphertext 49 bytes")
            << withField(e, "ciphertext", QString(98, QLatin1Char('1'))) << enc;
    }
    void hostile_rejectedWithoutCrash()
    {
        QFETCH(QByteArray, doc);
        QFETCH(int, code);
        const auto r = KeyFile::decode(doc, kPassphrase);
        QVERIFY(!r);
        QCOMPARE(int(r.error().code), code);
    }

    void saveAndLoad_useOwnerOnlyFile()
    {
        tests::TempDir dir;
        const QString path = dir.file(QStringLiteral("node.key"));
        QVERIFY(KeyFile::save(path, m_key, QString()));
        QCOMPARE(QFile::permissions(path) & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);
        const auto loaded = KeyFile::load(path, QString());
        QVERIFY(loaded);
        QCOMPARE(loaded->publicKey(), m_key.publicKey());

        const auto missing = KeyFile::load(dir.file(QStringLiteral("absent.key")), QString());
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(missing.error().file.endsWith(QStringLiteral("absent.key")));

        QFile big(dir.file(QStringLiteral("big.key")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(QByteArray(1 << 20, '{'));
        big.close();
        const auto tooLarge = KeyFile::load(big.fileName(), QString());
        QVERIFY(!tooLarge);
        QCOMPARE(tooLarge.error().code, ErrorCode::TooLarge);
        QCOMPARE(tooLarge.error().file, big.fileName());
    }

    void fingerprint_isFourGroupsOfSha256()
    {
        // RFC 8032 TEST 1 public key; SHA-256 of it starts 21fe31dfa154a261.
        const auto key = PublicKey::fromHex(
            QStringLiteral("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
        QVERIFY(key);
        QCOMPARE(fingerprint(*key), QStringLiteral("21fe-31df-a154-a261"));
        const QRegularExpression shape(QStringLiteral("^[0-9a-f]{4}(-[0-9a-f]{4}){3}$"));
        const QString a = fingerprint(m_key.publicKey());
        QVERIFY(shape.match(a).hasMatch());
        QVERIFY(a != fingerprint(KeyPair::generate().publicKey()));
    }
};

QTEST_GUILESS_MAIN(TestKeyFile)
#include "TestKeyFile.moc"
