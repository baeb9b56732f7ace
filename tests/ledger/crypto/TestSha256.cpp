#include "ledger/crypto/Sha256.h"

#include <QTest>

using ledger::crypto::Digest;
using ledger::crypto::Sha256;

class TestSha256 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // FIPS 180-2 / NIST CSRC example vectors for SHA-256.
    void nistVectors_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QString>("digest");
        QTest::newRow("empty")
            << QByteArray()
            << QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc")
            << QByteArray("abc")
            << QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("448 bits")
            << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << QStringLiteral("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QTest::newRow("896 bits")
            << QByteArray("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn"
                          "hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu")
            << QStringLiteral("cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
        QTest::newRow("million a")
            << QByteArray(1000000, 'a')
            << QStringLiteral("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }
    void nistVectors()
    {
        QFETCH(QByteArray, message);
        QFETCH(QString, digest);
        QCOMPARE(Sha256::hash(message).toHex(), digest);
        // The same bytes fed in uneven pieces (1, 2, 3, ... bytes).
        Sha256 h;
        qsizetype pos = 0;
        for (qsizetype step = 1; pos < message.size(); ++step) {
            h.update(QByteArrayView(message).sliced(pos, qMin(step, message.size() - pos)));
            pos += step;
        }
        QCOMPARE(h.finish().toHex(), digest);
    }

    void millionA_inThousandByteChunks()
    {
        const QByteArray chunk(1000, 'a');
        Sha256 h;
        for (int i = 0; i < 1000; ++i)
            h.update(chunk);
        QCOMPARE(
            h.finish().toHex(),
            QStringLiteral("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
    }

    void incremental_equalsOneShot_atEverySplit()
    {
        QByteArray message(300, Qt::Uninitialized);
        for (qsizetype i = 0; i < message.size(); ++i)
            message[i] = char(i * 37 + 11);
        const Digest expected = Sha256::hash(message);
        Sha256 h;
        for (qsizetype split = 0; split <= message.size(); ++split) {
            h.update(message.left(split));
            h.update(QByteArrayView()); // an empty update changes nothing
            h.update(reinterpret_cast<const std::uint8_t *>(message.constData()) + split,
                     std::size_t(message.size() - split));
            QCOMPARE(h.finish(), expected); // finish() also resets for the next round
        }
    }

    void finish_resetsState()
    {
        Sha256 h;
        h.update(QByteArray("abc"));
        const Digest first = h.finish();
        QCOMPARE(h.finish(), Sha256::hash(QByteArray()));
        h.update(QByteArray("abc"));
        QCOMPARE(h.finish(), first);
    }

    void hash3_equalsConcatenation()
    {
        const QByteArray a("left"), b("right-hand side");
        QCOMPARE(Sha256::hash3(0x01, a, b),
                 Sha256::hash(QByteArray(QByteArray(1, '\x01') + a + b)));
        QCOMPARE(Sha256::hash3(0x00, a), Sha256::hash(QByteArray(QByteArray(1, '\x00') + a)));
        QCOMPARE(Sha256::hash3(0x00, {}), Sha256::hash(QByteArray(1, '\x00')));
        QVERIFY(Sha256::hash3(0x00, a, b) != Sha256::hash3(0x01, a, b));
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "TestSha256.moc"
