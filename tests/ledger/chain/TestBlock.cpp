#include "ledger/chain/Block.h"
#include "ledger/crypto/Sha256.h"
#include "ledger/merkle/TreeHash.h"
#include "tests/ledger/chain/AllocationWatch.h"
#include "tests/ledger/chain/CodecChecks.h"
#include "tests/support/ChainBuilder.h"
#include "tests/support/TestVectors.h"

#include <QFile>
#include <QJsonObject>
#include <QTest>

using namespace ledger;
using namespace tests::chain;
using chain::Block;
using chain::BlockHeader;
using chain::Transaction;

namespace {
const QString VectorFile = QStringLiteral(GONGZHI_TEST_DATA_DIR "/chain/block.json");

QByteArray counting(int n, int from)
{
    QByteArray b(n, Qt::Uninitialized);
    for (int i = 0; i < n; ++i)
        b[i] = char(from + i);
    return b;
}

crypto::Digest digestOf(int from)
{
    return *crypto::Digest::fromBytes(counting(32, from));
}

// The fixed header of the checked-in vector: every field distinct and non-zero.
BlockHeader vectorHeader()
{
    BlockHeader h;
    h.consortium = *chain::ConsortiumId::fromBytes(counting(16, 0x40));
    h.height = 0x0102030405060708ull;
    h.prevHash = digestOf(0x60);
    h.merkleRoot = digestOf(0x80);
    h.txCount = 500;
    h.historyRoot = digestOf(0xa0);
    h.timestampMs = 1772323205000;
    h.proposer = *crypto::PublicKey::fromBytes(counting(32, 0xc0));
    h.raftTerm = 3;
    h.raftIndex = 0x1122334455667788ull;
    return h;
}

crypto::KeyPair vectorProposer()
{
    return crypto::KeyPair::fromSeed(*crypto::SecretSeed::fromBytes(counting(32, 0x20)));
}

crypto::KeyPair vectorAuthor()
{
    return crypto::KeyPair::fromSeed(*crypto::SecretSeed::fromBytes(counting(32, 0)));
}

// A small sealed block of fixed content (two transactions).
Block vectorBlock()
{
    std::vector<Transaction> txs;
    for (std::uint64_t seq : { 1, 2 }) {
        chain::TxBody b;
        b.type = chain::TxType::FeedbackSubmitted;
        b.consortium = *chain::ConsortiumId::fromBytes(counting(16, 0x40));
        b.sequence = seq;
        b.timestampMs = 1772323204000 + qint64(seq);
        b.payload = QStringLiteral("东门路灯不亮 #%1").arg(seq).toUtf8();
        txs.push_back(Transaction::sign(std::move(b), vectorAuthor()));
    }
    BlockHeader h = vectorHeader();
    h.height = 12;
    return Block::seal(h, std::move(txs), vectorProposer());
}

std::optional<ErrorCode> headerError(const QByteArray &b)
{
    auto h = BlockHeader::decode(b);
    return h ? std::nullopt : std::optional(h.error().code);
}

std::optional<ErrorCode> blockError(const QByteArray &b)
{
    auto block = Block::decode(b);
    return block ? std::nullopt : std::optional(block.error().code);
}

ErrorCode headerErr(const QByteArray &b)
{
    return headerError(b).value_or(Accepted);
}

ErrorCode blockErr(const QByteArray &b)
{
    return blockError(b).value_or(Accepted);
}

std::optional<QByteArray> reencodeHeader(const QByteArray &b)
{
    auto h = BlockHeader::decode(b);
    return h ? std::optional(h->encode()) : std::nullopt;
}

std::optional<QByteArray> reencodeBlock(const QByteArray &b)
{
    auto block = Block::decode(b);
    if (!block)
        return std::nullopt;
    // The decoded parts must agree with each other, too.
    if (block->header().encode() != block->headerBytes()
        || block->hash() != crypto::Sha256::hash(block->headerBytes())
        || block->header().txCount != block->transactions().size())
        return QByteArray("inconsistent decode");
    return encodeFields(*block);
}

// Offsets in the documented layouts.
constexpr qsizetype HeaderVersionAt = 4, TxCountAt = 4 + 1 + 16 + 8 + 32 + 32;
constexpr qsizetype FirstTxAt = BlockHeader::Size + 64;
} // namespace

class TestBlock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void header_roundTripsAndHashesItsBytes()
    {
        const BlockHeader h = vectorHeader();
        const QByteArray bytes = h.encode();
        QCOMPARE(bytes.size(), BlockHeader::Size);
        QCOMPARE(bytes.size(), 185); // a format change must be deliberate
        auto back = BlockHeader::decode(bytes);
        QVERIFY(back.has_value());
        QVERIFY(*back == h);
        QCOMPARE(back->encode(), bytes);
        QCOMPARE(h.hash(), crypto::Sha256::hash(bytes));
    }

    void fixedHeaderAndBlock_matchCheckedInBytes()
    {
        const BlockHeader h = vectorHeader();
        const Block block = vectorBlock();
        QJsonObject v;
        v[QStringLiteral("header_encoded")] = QString::fromLatin1(h.encode().toHex());
        v[QStringLiteral("header_hash")] = h.hash().toHex();
        v[QStringLiteral("proposer_seed")] = QString::fromLatin1(counting(32, 0x20).toHex());
        v[QStringLiteral("block_encoded")] = QString::fromLatin1(block.encode().toHex());
        v[QStringLiteral("block_hash")] = block.hash().toHex();
        v[QStringLiteral("block_merkle_root")] = block.header().merkleRoot.toHex();
        v[QStringLiteral("block_signature")] = block.signature().toHex();
        if (qEnvironmentVariableIsSet("GONGZHI_REWRITE")) {
            QFile f(VectorFile);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QJsonDocument(v).toJson());
        }
        const QJsonObject stored = tests::readJson(VectorFile).object();
        QCOMPARE(stored.keys(), v.keys());
        for (const QString &key : v.keys())
            QCOMPARE(stored[key], v[key]);
        auto hex = [&](const char *key) {
            return QByteArray::fromHex(stored[QLatin1String(key)].toString().toLatin1());
        };
        auto header = BlockHeader::decode(hex("header_encoded"));
        QVERIFY(header.has_value());
        QVERIFY(*header == vectorHeader());
        auto decoded = Block::decode(hex("block_encoded"));
        QVERIFY(decoded.has_value());
        QVERIFY(decoded->verifySignature());
        QCOMPARE(decoded->hash().toByteArray(), hex("block_hash"));
        QCOMPARE(decoded->transactions().size(), std::size_t(2));
        QCOMPARE(decoded->header().merkleRoot, Block::merkleRootOf(decoded->transactions()));
    }

    void sealedBlock_roundTripsThroughDecode()
    {
        tests::ChainBuilder builder(21);
        for (int n : { 0, 1, 2, 3, 7, 64, 100 }) {
            const Block &b = builder.addBlock(n);
            QVERIFY(b.verifySignature());
            QCOMPARE(b.header().txCount, std::uint32_t(n));
            QCOMPARE(b.headerBytes(), b.header().encode());
            QCOMPARE(b.hash(), b.header().hash());
            const QByteArray bytes = b.encode();
            QCOMPARE(encodeFields(b), bytes);
            auto back = Block::decode(bytes);
            QVERIFY(back.has_value());
            QVERIFY(back->header() == b.header());
            QCOMPARE(back->hash(), b.hash());
            QCOMPARE(back->signature(), b.signature());
            QCOMPARE(back->transactions().size(), b.transactions().size());
            for (std::size_t i = 0; i < b.transactions().size(); ++i)
                QVERIFY(back->transactions()[i] == b.transactions()[i]);
            QCOMPARE(back->encode(), bytes);
            QVERIFY(back->verifySignature());
        }
    }

    void merkleRoot_isRfc9162OverTransactionEncodings()
    {
        tests::ChainBuilder builder(22);
        QCOMPARE(Block::merkleRootOf({}), merkle::emptyRoot());
        const auto txs = builder.nextTransactions(5);
        std::vector<crypto::Digest> leaves;
        for (const auto &tx : txs)
            leaves.push_back(crypto::Sha256::hash(QByteArray(QByteArray(1, 0) + tx.encoded())));
        QCOMPARE(Block::merkleRootOf(txs), merkle::rootOf(leaves));
        const Block &b = builder.addBlock(txs);
        QCOMPARE(b.header().merkleRoot, merkle::rootOf(leaves));
    }

    void headerTruncationsAndTrailingBytes_areRejected()
    {
        const QByteArray good = vectorHeader().encode();
        checkTruncations(good, headerError);
        for (int extra : { 1, 4, 204 })
            QCOMPARE(headerErr(good + QByteArray(extra, '\x01')), ErrorCode::TrailingBytes);
    }

    void headerSingleByteChanges_areRejectedOrCanonical()
    {
        int accepted = 0;
        checkFlips(vectorHeader().encode(), reencodeHeader, &accepted);
        QVERIFY(accepted > 0);
    }

    void headerUnknownMagicVersionOrHugeCount_isRejectedWithItsCode()
    {
        const QByteArray good = vectorHeader().encode();
        for (qsizetype i = 0; i < 4; ++i)
            QCOMPARE(headerErr(withByte(good, i, 0x40)), ErrorCode::BadType);
        QCOMPARE(headerErr(QByteArray("GZTX") + good.sliced(4)), ErrorCode::BadType);
        for (std::uint8_t v : { 0, 2, 255 })
            QCOMPARE(
                headerErr(good.first(HeaderVersionAt) + char(v) + good.sliced(HeaderVersionAt + 1)),
                ErrorCode::BadVersion);
        QCOMPARE(headerErr(withU32(good, TxCountAt, Block::MaxTransactions)), Accepted);
        QCOMPARE(headerErr(withU32(good, TxCountAt, Block::MaxTransactions + 1)),
                 ErrorCode::TooLarge);
        QCOMPARE(headerErr(withU32(good, TxCountAt, 0xffffffffu)), ErrorCode::TooLarge);
    }

    void blockTruncationsAndTrailingBytes_areRejected()
    {
        const QByteArray good = vectorBlock().encode();
        checkTruncations(good, blockError);
        for (int extra : { 1, 3, 4, 300 })
            QCOMPARE(blockErr(good + QByteArray(extra, '\0')), ErrorCode::TrailingBytes);
        // A whole extra transaction that the header does not count.
        QCOMPARE(blockErr(good + good.sliced(FirstTxAt)), ErrorCode::TrailingBytes);
    }

    void blockSingleByteChanges_areRejectedOrCanonical()
    {
        int accepted = 0;
        checkFlips(vectorBlock().encode(), reencodeBlock, &accepted);
        QVERIFY(accepted > 0);
    }

    void blockHostileCountsAndLengths_areRejectedWithoutAllocating()
    {
        const QByteArray good = vectorBlock().encode();
        tests::AllocationWatch watch;
        // A header claiming far more transactions than the bytes can hold.
        QByteArray many = good;
        many.replace(0, BlockHeader::Size,
                     withU32(good.first(BlockHeader::Size), TxCountAt, Block::MaxTransactions));
        QCOMPARE(blockErr(many), ErrorCode::Truncated);
        many.replace(0, BlockHeader::Size,
                     withU32(good.first(BlockHeader::Size), TxCountAt, 0xffffffffu));
        QCOMPARE(blockErr(many), ErrorCode::TooLarge);
        // A transaction length prefix of 2^32-1 and of just over the maximum.
        QCOMPARE(blockErr(withU32(good, FirstTxAt, 0xffffffffu)), ErrorCode::TooLarge);
        QCOMPARE(blockErr(withU32(good, FirstTxAt, std::uint32_t(Transaction::MaxSize) + 1)),
                 ErrorCode::TooLarge);
        QCOMPARE(blockErr(withU32(good, FirstTxAt, std::uint32_t(Transaction::MaxSize))),
                 ErrorCode::Truncated);
        // 20 bytes past the signature claiming 2^32-1 bytes: the count check
        // (two transactions cannot fit in 20 bytes) comes first.
        QCOMPARE(blockErr(withU32(good, FirstTxAt, 0xffffffffu).first(FirstTxAt + 20)),
                 ErrorCode::Truncated);
        QVERIFY2(watch.largest() < 64 * 1024, qPrintable(QString::number(watch.largest())));
    }

    void blockWithBadTransaction_namesItsIndex()
    {
        const Block b = vectorBlock();
        QByteArray bad = b.encode();
        const qsizetype secondTx = FirstTxAt + 4 + b.transactions()[0].encoded().size();
        bad[secondTx + 4 + 5] = char(0x7f); // high byte of the second transaction's type
        auto decoded = Block::decode(bad);
        QVERIFY(!decoded.has_value());
        QCOMPARE(decoded.error().code, ErrorCode::BadType);
        QVERIFY2(decoded.error().field.contains(QLatin1String("transactions[1]")),
                 qPrintable(decoded.error().field));
    }

    void blockLargerThanTheMaximum_isTooLarge()
    {
        QCOMPARE(blockErr(QByteArray(Block::MaxEncodedSize + 1, '\0')), ErrorCode::TooLarge);
    }

    void randomBytes_areRejectedOrCanonical()
    {
        QRandomGenerator rng(23);
        const QByteArray good = vectorBlock().encode();
        tests::AllocationWatch watch;
        for (int i = 0; i < 2000; ++i) {
            QByteArray junk(qsizetype(rng.bounded(1500u)), Qt::Uninitialized);
            for (auto &c : junk)
                c = char(rng.bounded(256u));
            QVERIFY(!Block::decode(junk).has_value());
            QVERIFY(!BlockHeader::decode(junk.left(BlockHeader::Size)).has_value());
            const QByteArray mixed
                = good.first(qsizetype(rng.bounded(quint32(good.size())))) + junk;
            if (auto again = reencodeBlock(mixed))
                QCOMPARE(*again, mixed);
        }
        QVERIFY(watch.largest() < 256 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestBlock)
#include "TestBlock.moc"
