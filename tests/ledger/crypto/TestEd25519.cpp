#include "ledger/crypto/Ed25519.h"
#include "tests/support/TestVectors.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace ledger::crypto;

namespace {
// RFC 8032 §7.1, "TEST 1024": 1023 bytes of message.
const char kMessage1023[]
    = "08b8b2b733424243760fe426a4b54908632110a66c2f6591eabd3345e3e4eb98fa6e264bf09efe12"
      "ee50f8f54e9f77b1e355f6c50544e23fb1433ddf73be84d879de7c0046dc4996d9e773f4bc9efe57"
      "38829adb26c81b37c93a1b270b20329d658675fc6ea534e0810a4432826bf58c941efb65d57a338b"
      "bd2e26640f89ffbc1a858efcb8550ee3a5e1998bd177e93a7363c344fe6b199ee5d02e82d522c4fe"
      "ba15452f80288a821a579116ec6dad2b3b310da903401aa62100ab5d1a36553e06203b33890cc9b8"
      "32f79ef80560ccb9a39ce767967ed628c6ad573cb116dbefefd75499da96bd68a8a97b928a8bbc10"
      "3b6621fcde2beca1231d206be6cd9ec7aff6f6c94fcd7204ed3455c68c83f4a41da4af2b74ef5c53"
      "f1d8ac70bdcb7ed185ce81bd84359d44254d95629e9855a94a7c1958d1f8ada5d0532ed8a5aa3fb2"
      "d17ba70eb6248e594e1a2297acbbb39d502f1a8c6eb6f1ce22b3de1a1f40cc24554119a831a9aad6"
      "079cad88425de6bde1a9187ebb6092cf67bf2b13fd65f27088d78b7e883c8759d2c4f5c65adb7553"
      "878ad575f9fad878e80a0c9ba63bcbcc2732e69485bbc9c90bfbd62481d9089beccf80cfe2df16a2"
      "cf65bd92dd597b0707e0917af48bbb75fed413d238f5555a7a569d80c3414a8d0859dc65a46128ba"
      "b27af87a71314f318c782b23ebfe808b82b0ce26401d2e22f04d83d1255dc51addd3b75a2b1ae078"
      "4504df543af8969be3ea7082ff7fc9888c144da2af58429ec96031dbcad3dad9af0dcbaaaf268cb8"
      "fcffead94f3c7ca495e056a9b47acdb751fb73e666c6c655ade8297297d07ad1ba5e43f1bca32301"
      "651339e22904cc8c42f58c30c04aafdb038dda0847dd988dcda6f3bfd15c4b4c4525004aa06eeff8"
      "ca61783aacec57fb3d1f92b0fe2fd1a85f6724517b65e614ad6808d6f6ee34dff7310fdc82aebfd9"
      "04b01e1dc54b2927094b2db68d6f903b68401adebf5a7e08d78ff4ef5d63653a65040cf9bfd4aca7"
      "984a74d37145986780fc0b16ac451649de6188a7dbdf191f64b5fc5e2ab47b57f7f7276cd419c17a"
      "3ca8e1b939ae49e488acba6b965610b5480109c8b17b80e1b7b750dfc7598d5d5011fd2dcc5600a3"
      "2ef5b52a1ecc820e308aa342721aac0943bf6686b64b2579376504ccc493d97e6aed3fb0f9cd71a4"
      "3dd497f01f17c0e2cb3797aa2a2f256656168e6c496afc5fb93246f6b1116398a346f1a641f3b041"
      "e989f7914f90cc2c7fff357876e506b50d334ba77c225bc307ba537152f3f1610e4eafe595f6d9d9"
      "0d11faa933a15ef1369546868a7f3a45a96768d40fd9d03412c091c6315cf4fde7cb68606937380d"
      "b2eaaa707b4c4185c32eddcdd306705e4dc1ffc872eeee475a64dfac86aba41c0618983f8741c5ef"
      "68d3a101e8a3b8cac60c905c15fc910840b94c00a0b9d0";

QByteArray hex(const char *s)
{
    return QByteArray::fromHex(QByteArray(s));
}
} // namespace

class TestEd25519 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rfc8032Section7_1_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QByteArray>("publicKey");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("signature");
        QTest::newRow("TEST 1")
            << hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
            << hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
            << QByteArray()
            << hex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                   "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
        QTest::newRow("TEST 2")
            << hex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
            << hex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c") << hex("72")
            << hex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                   "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
        QTest::newRow("TEST 3")
            << hex("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7")
            << hex("fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025")
            << hex("af82")
            << hex("6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac"
                   "18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a");
        QTest::newRow("TEST 1024")
            << hex("f5e5767cf153319517630f226876b86c8160cc583bc013744c6bf255f5cc0ee5")
            << hex("278117fc144c72340f67d0f2316e8386ceffbf2b2428c9c51fef7c597f1d426e")
            << hex(kMessage1023)
            << hex("0aab4c900501b3e24d7cdf4663326a3a87df5e4843b2cbdb67cbf6e460fec350"
                   "aa5371b1508f9f4528ecea23c436d94b5e8fcd4f681e30a6ac00a9704a188a03");
        QTest::newRow("TEST SHA(abc)")
            << hex("833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42")
            << hex("ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf")
            << hex("ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
                   "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f")
            << hex("dc2a4459e7369633a52b1bf277839a00201009a3efbf3ecb69bea2186c26b589"
                   "09351fc9ac90b3ecfdfbc7c66431e0303dca179c138ac17ad9bef1177331a704");
    }
    void rfc8032Section7_1()
    {
        QFETCH(QByteArray, secret);
        QFETCH(QByteArray, publicKey);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, signature);
        if (QByteArrayView(QTest::currentDataTag()) == "TEST 1024")
            QCOMPARE(message.size(), 1023);
        const auto seed = SecretSeed::fromBytes(secret);
        QVERIFY(seed);
        const KeyPair kp = KeyPair::fromSeed(*seed);
        QCOMPARE(kp.publicKey().toByteArray().toHex(), publicKey.toHex());
        const Signature sig = kp.sign(message);
        QCOMPARE(sig.toByteArray().toHex(), signature.toHex()); // Ed25519 is deterministic
        QVERIFY(verify(kp.publicKey(), message, sig));

        QByteArray otherMessage = message;
        otherMessage.append('\0');
        QVERIFY(!verify(kp.publicKey(), otherMessage, sig));
        for (std::size_t i :
             { std::size_t(0), std::size_t(31), std::size_t(32), std::size_t(63) }) {
            Signature bad = sig;
            bad.data()[i] ^= 0x01;
            QVERIFY(!verify(kp.publicKey(), message, bad));
        }
        PublicKey otherKey = kp.publicKey();
        otherKey.data()[0] ^= 0x01;
        QVERIFY(!verify(otherKey, message, sig));
    }

    // Every test of Project Wycheproof's ed25519_test.json must get exactly its
    // verdict. Keys and signatures of the wrong length cannot be represented
    // as PublicKey/Signature, so they are rejected where they would be parsed:
    // that is the "invalid" verdict. The file has no "acceptable" results
    // today; should one appear, either verdict is correct for it.
    void wycheproof_data()
    {
        QTest::addColumn<QByteArray>("publicKey");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("signature");
        QTest::addColumn<QString>("result");
        const QJsonObject doc
            = tests::readJson(tests::sharedTestData(QStringLiteral("wycheproof/ed25519_test.json")))
                  .object();
        int rows = 0;
        for (const QJsonValue &group : doc.value(QStringLiteral("testGroups")).toArray()) {
            const QJsonObject key = group[QStringLiteral("publicKey")].toObject();
            const QByteArray pk
                = QByteArray::fromHex(key.value(QStringLiteral("pk")).toString().toLatin1());
            for (const QJsonValue &t : group[QStringLiteral("tests")].toArray()) {
                const QJsonObject test = t.toObject();
                QTest::addRow("tcId %d %s", test.value(QStringLiteral("tcId")).toInt(),
                              qPrintable(test.value(QStringLiteral("comment")).toString()))
                    << pk
                    << QByteArray::fromHex(test.value(QStringLiteral("msg")).toString().toLatin1())
                    << QByteArray::fromHex(test.value(QStringLiteral("sig")).toString().toLatin1())
                    << test.value(QStringLiteral("result")).toString();
                ++rows;
            }
        }
        QCOMPARE(rows, doc.value(QStringLiteral("numberOfTests")).toInt());
    }
    void wycheproof()
    {
        QFETCH(QByteArray, publicKey);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, signature);
        QFETCH(QString, result);
        QVERIFY(result == QLatin1String("valid") || result == QLatin1String("invalid")
                || result == QLatin1String("acceptable"));
        const auto key = PublicKey::fromBytes(publicKey);
        const auto sig = Signature::fromBytes(signature);
        const bool accepted = key && sig && verify(*key, message, *sig);
        if (result != QLatin1String("acceptable"))
            QCOMPARE(accepted, result == QLatin1String("valid"));
    }

    void generatedKeys_signAndVerify()
    {
        const KeyPair a = KeyPair::generate(), b = KeyPair::generate();
        QVERIFY(a.publicKey() != b.publicKey());
        const QByteArray message("社区议事会 2026 年第 3 次会议纪要");
        const Signature sig = a.sign(message);
        QVERIFY(verify(a.publicKey(), message, sig));
        QVERIFY(!verify(b.publicKey(), message, sig));
        const KeyPair again = KeyPair::fromSeed(a.seed());
        QCOMPARE(again.publicKey(), a.publicKey());
        QCOMPARE(again.sign(message), sig);
    }

    void seed_rejectsWrongLength()
    {
        QVERIFY(!SecretSeed::fromBytes(QByteArray(31, 'x')));
        QVERIFY(!SecretSeed::fromBytes(QByteArray(33, 'x')));
        QVERIFY(!SecretSeed::fromBytes(QByteArray()));
        QCOMPARE(SecretSeed::fromBytes(QByteArray(32, 'x'))->toByteArray(), QByteArray(32, 'x'));
    }

    void allZeroKeyAndSignature_rejected()
    {
        // A small-order public key and an all-zero signature: libsodium refuses
        // both, so no signature verifies against an unset key.
        QVERIFY(!verify(PublicKey(), QByteArray("x"), Signature()));
        const KeyPair kp = KeyPair::generate();
        QVERIFY(!verify(kp.publicKey(), QByteArray("x"), Signature()));
    }
};

QTEST_GUILESS_MAIN(TestEd25519)
#include "TestEd25519.moc"
