#include "ledger/core/ByteReader.h"
#include "ledger/core/ByteWriter.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ledger::core;

class TestByteCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void integers_areBigEndianFixedWidth()
    {
        ByteWriter w;
        w.u8(0x01).u16(0x0203).u32(0x04050607).u64(0x08090a0b0c0d0e0fULL).i64(-2);
        QCOMPARE(w.data().toHex(), QByteArray("0102030405060708090a0b0c0d0e0ffffffffffffffffe"));
        ByteReader r(w.data());
        QCOMPARE(*r.u8("a"), 0x01);
        QCOMPARE(*r.u16("b"), 0x0203);
        QCOMPARE(*r.u32("c"), 0x04050607u);
        QCOMPARE(*r.u64("d"), 0x08090a0b0c0d0e0fULL);
        QCOMPARE(*r.i64("e"), -2);
        QVERIFY(r.expectEnd());
    }

    void string_roundTripsChinese()
    {
        const QString text = QStringLiteral("社区党委·居务公开 2026");
        ByteWriter w;
        w.string(text);
        ByteReader r(w.data());
        QCOMPARE(*r.string(1000, "s"), text);
        QVERIFY(r.expectEnd());
    }

    void string_rejectsMalformedUtf8_data()
    {
        QTest::addColumn<QByteArray>("utf8");
        QTest::newRow("overlong slash") << QByteArray("\xc0\xaf", 2);
        QTest::newRow("lone continuation") << QByteArray("\x80", 1);
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80", 3);
        QTest::newRow("truncated sequence") << QByteArray("\xe7\xa4", 2);
        QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf"
                                                       "a",
                                                       4);
        QTest::newRow("nul") << QByteArray("a\0b", 3);
        QTest::newRow("beyond unicode") << QByteArray("\xf4\x90\x80\x80", 4);
    }
    void string_rejectsMalformedUtf8()
    {
        QFETCH(QByteArray, utf8);
        ByteWriter w;
        w.bytes(utf8);
        ByteReader r(w.data());
        auto s = r.string(100, "text");
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::BadEncoding);
        QCOMPARE(s.error().field, QStringLiteral("text"));
    }

    void hostileLength_isRejectedWithoutAllocating()
    {
        ByteWriter w;
        w.u32(0xffffffffu).raw("abc");
        ByteReader r(w.data());
        auto b = r.bytes(0xffffffffu, "payload");
        QVERIFY(!b);
        QCOMPARE(b.error().code, ErrorCode::Truncated);
        ByteReader r2(w.data());
        QCOMPARE(r2.bytes(16, "payload").error().code, ErrorCode::TooLarge);
    }

    void hostileCount_cannotExceedRemainingBytes()
    {
        ByteWriter w;
        w.u32(1000).raw("0123456789");
        ByteReader r(w.data());
        auto n = r.count(100000, 32, "items");
        QVERIFY(!n);
        QCOMPARE(n.error().code, ErrorCode::Truncated);
    }

    void boolean_acceptsOnlyZeroAndOne()
    {
        ByteReader r(QByteArrayView("\x00\x01\x02", 3));
        QCOMPARE(*r.boolean("a"), false);
        QCOMPARE(*r.boolean("b"), true);
        QCOMPARE(r.boolean("c").error().code, ErrorCode::BadEncoding);
    }

    void trailingBytes_areReported()
    {
        ByteReader r(QByteArrayView("\x00\x01", 2));
        QVERIFY(r.u8("a"));
        QCOMPARE(r.expectEnd().error().code, ErrorCode::TrailingBytes);
    }

    void randomBytes_neverCrash()
    {
        QRandomGenerator rng(42);
        for (int i = 0; i < 2000; ++i) {
            QByteArray junk(int(rng.bounded(64)), Qt::Uninitialized);
            for (auto &c : junk)
                c = char(rng.bounded(256));
            ByteReader r(junk);
            (void)r.string(1 << 20, "s");
            (void)r.bytes(1 << 20, "b");
            (void)r.count(1 << 20, 8, "c");
            (void)r.u64("u");
        }
    }
};

QTEST_GUILESS_MAIN(TestByteCodec)
#include "TestByteCodec.moc"
