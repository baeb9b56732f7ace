#include "ledger/net/Frame.h"

#include <QRandomGenerator>
#include <QTest>

#include <vector>

using namespace ledger::net;
using ledger::core::ErrorCode;

namespace {
QByteArray dataFrame(quint8 channel, const QByteArray &payload)
{
    return dataFramePrefix(channel, payload.size()) + payload;
}

QByteArray randomBytes(QRandomGenerator &rng, qsizetype n)
{
    QByteArray out(n, Qt::Uninitialized);
    for (auto &c : out)
        c = char(rng.bounded(256));
    return out;
}

// Feeds `stream` in chunks of random size and collects frames until the end
// or the first error.
struct Decoded {
    std::vector<Frame> frames;
    std::optional<ErrorCode> error;
};

Decoded decodeChunked(FrameDecoder &decoder, const QByteArray &stream, QRandomGenerator &rng)
{
    Decoded out;
    qsizetype pos = 0;
    while (pos < stream.size() && !out.error) {
        const qsizetype n = std::min<qsizetype>(1 + rng.bounded(200), stream.size() - pos);
        decoder.feed(QByteArrayView(stream).sliced(pos, n));
        pos += n;
        for (;;) {
            auto next = decoder.next();
            if (!next) {
                out.error = next.error().code;
                break;
            }
            if (!*next)
                break;
            out.frames.push_back(std::move(**next));
        }
    }
    return out;
}
} // namespace

class TestFrameDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dataFrame_roundTripsAcrossChunkBoundaries()
    {
        QRandomGenerator rng(7);
        QByteArray stream;
        std::vector<QByteArray> payloads;
        for (int i = 0; i < 50; ++i) {
            payloads.push_back(randomBytes(rng, rng.bounded(3000)));
            stream += dataFrame(quint8(i), payloads.back());
            stream += encodeFrame(FrameType::Ping);
        }
        FrameDecoder decoder;
        Decoded d = decodeChunked(decoder, stream, rng);
        QVERIFY(!d.error);
        QCOMPARE(d.frames.size(), 100u);
        for (int i = 0; i < 50; ++i) {
            const Frame &f = d.frames[std::size_t(2 * i)];
            QCOMPARE(f.type, FrameType::Data);
            QCOMPARE(quint8(f.body.at(0)), quint8(i));
            QCOMPARE(f.body.mid(1), payloads[std::size_t(i)]);
            QCOMPARE(d.frames[std::size_t(2 * i + 1)].type, FrameType::Ping);
        }
        QCOMPARE(decoder.buffered(), 0);
    }

    void oversizeLength_failsFromTheLengthAloneWithoutBuffering()
    {
        FrameDecoder decoder(1000);
        QByteArray header = frameHeader(FrameType::Data, 999); // length 1001
        decoder.feed(QByteArrayView(header).first(4));
        auto next = decoder.next();
        QVERIFY(!next);
        QCOMPARE(next.error().code, ErrorCode::TooLarge);
        QCOMPARE(decoder.buffered(), 0);
        // Failed for good: later bytes are neither buffered nor decoded.
        decoder.feed(QByteArray(10'000, 'x'));
        QCOMPARE(decoder.buffered(), 0);
        QVERIFY(!decoder.next());
    }

    void maximumLength_isAcceptedAndOneMoreIsNot()
    {
        FrameDecoder decoder(1000);
        decoder.feed(dataFrame(1, QByteArray(maxPayloadFor(1000), 'a')));
        auto ok = decoder.next();
        QVERIFY(ok && *ok);
        QCOMPARE((*ok)->body.size(), 998);
        decoder.feed(dataFrame(1, QByteArray(maxPayloadFor(1000) + 1, 'a')));
        QCOMPARE(decoder.next().error().code, ErrorCode::TooLarge);
    }

    void hugeLength_rejectedEvenWithDefaultLimit()
    {
        FrameDecoder decoder;
        decoder.feed(QByteArray::fromHex("ffffffff0105"));
        QCOMPARE(decoder.next().error().code, ErrorCode::TooLarge);
    }

    void malformedHeaders_areRejected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        QTest::newRow("length 0") << QByteArray::fromHex("00000000") << int(ErrorCode::Truncated);
        QTest::newRow("length 1") << QByteArray::fromHex("0000000101") << int(ErrorCode::Truncated);
        QTest::newRow("version 0")
            << QByteArray::fromHex("000000020003") << int(ErrorCode::BadVersion);
        QTest::newRow("version 2")
            << QByteArray::fromHex("000000020203") << int(ErrorCode::BadVersion);
        QTest::newRow("type 0") << QByteArray::fromHex("000000020100") << int(ErrorCode::BadType);
        QTest::newRow("type 6") << QByteArray::fromHex("000000020106") << int(ErrorCode::BadType);
        QTest::newRow("ping with body")
            << QByteArray::fromHex("00000003010300") << int(ErrorCode::Invalid);
        QTest::newRow("data without channel")
            << QByteArray::fromHex("000000020105") << int(ErrorCode::Truncated);
    }
    void malformedHeaders_areRejected()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        FrameDecoder decoder;
        decoder.feed(bytes);
        auto next = decoder.next();
        QVERIFY(!next);
        QCOMPARE(int(next.error().code), code);
    }

    void badVersion_detectedBeforeTheBodyArrives()
    {
        FrameDecoder decoder;
        decoder.feed(QByteArray::fromHex("0000100002")); // 4 KiB announced, version 2
        decoder.feed(QByteArray::fromHex("05"));
        QCOMPARE(decoder.next().error().code, ErrorCode::BadVersion);
    }

    void partialFrame_waitsForMoreBytes()
    {
        FrameDecoder decoder;
        const QByteArray frame = dataFrame(3, "hello");
        decoder.feed(QByteArrayView(frame).chopped(1));
        auto next = decoder.next();
        QVERIFY(next && !*next);
        decoder.feed(QByteArrayView(frame).last(1));
        next = decoder.next();
        QVERIFY(next && *next);
        QCOMPARE((*next)->body, QByteArray("\x03hello"));
    }

    // Random bytes: the decoder must never crash, never return a frame that
    // breaks its own rules, and never buffer more than one frame plus a chunk.
    void randomBytes_neverCrashOrBreakInvariants()
    {
        QRandomGenerator rng(2024);
        constexpr std::uint32_t kMax = 4096;
        for (int round = 0; round < 3000; ++round) {
            FrameDecoder decoder(kMax);
            const QByteArray stream = randomBytes(rng, rng.bounded(1, 600));
            Decoded d = decodeChunked(decoder, stream, rng);
            for (const Frame &f : d.frames) {
                QVERIFY(f.body.size() + 2 <= qsizetype(kMax));
                QVERIFY(f.type >= FrameType::Hello && f.type <= FrameType::Data);
                if (f.type == FrameType::Data)
                    QVERIFY(!f.body.isEmpty());
            }
            QVERIFY(decoder.buffered() <= qsizetype(kMax) + FrameLengthSize + 200);
        }
    }

    // Valid streams with one byte flipped: decoded or refused, never a crash,
    // and the frames before the flipped byte are intact.
    void mutatedStreams_keepEveryFrameBeforeTheDamage()
    {
        QRandomGenerator rng(99);
        for (int round = 0; round < 2000; ++round) {
            QByteArray stream;
            std::vector<QByteArray> payloads;
            std::vector<qsizetype> ends;
            for (int i = 0; i < 4; ++i) {
                payloads.push_back(randomBytes(rng, rng.bounded(40)));
                stream += dataFrame(quint8(i), payloads.back());
                ends.push_back(stream.size());
            }
            const qsizetype damaged = rng.bounded(stream.size());
            stream[damaged] = char(stream.at(damaged) ^ char(1 + rng.bounded(255)));
            FrameDecoder decoder(1024);
            Decoded d = decodeChunked(decoder, stream, rng);
            for (std::size_t i = 0; i < 4 && ends[i] <= damaged; ++i) {
                QVERIFY(i < d.frames.size());
                QCOMPARE(d.frames[i].body.mid(1), payloads[i]);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestFrameDecoder)
#include "TestFrameDecoder.moc"
