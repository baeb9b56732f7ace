#include "ledger/chain/ChainVerifier.h"
#include "ledger/crypto/Sha256.h"
#include "ledger/merkle/TreeHash.h"
#include "tests/support/ChainBuilder.h"

#include <QTest>

#include <functional>

using namespace ledger;
using chain::Block;
using chain::BlockHeader;
using chain::RawBlock;
using chain::Transaction;
using core::ErrorCode;
using tests::ChainBuilder;
using tests::MemoryBlockSource;

namespace {
constexpr std::uint64_t Broken = 5; // the height each single-break fixture breaks
constexpr int Blocks = 9;
constexpr int TxPerBlock = 4;

Transaction withBadSignature(const Transaction &tx)
{
    QByteArray bytes = tx.encoded();
    bytes[bytes.size() - 1] = char(bytes[bytes.size() - 1] ^ 0x01);
    return *Transaction::decode(bytes);
}

// Re-signs an edited header the way a dishonest proposer would, so that only
// the edited rule is broken.
void editHeader(RawBlock &raw, const crypto::KeyPair &signer,
                const std::function<void(BlockHeader &)> &edit)
{
    BlockHeader h = *BlockHeader::decode(raw.header);
    edit(h);
    raw.header = h.encode();
    raw.hash = crypto::Sha256::hash(raw.header).toByteArray();
    raw.signature = signer.sign(raw.header).toByteArray();
}

enum class Break {
    None,
    BadLink,
    BadMerkleRoot,
    BadHistoryRoot,
    BadBlockSignature,
    BadTxSignature,
    DuplicateTx,
    ReusedSequence,
    MissingBlock,
    TimestampBackwards,
    ProposerNotMember,
    GenesisTxLater,
    TypeColumn,
    AuthorColumn,
    SequenceColumn,
    IdColumn,
    TxCountColumn,
    HashColumn,
    MissingTxRow,
    UndecodableTx,
    OtherConsortiumTx,
    RemovedAfterWitness,
};

// A chain of Blocks blocks after genesis with one break at height Broken.
MemoryBlockSource fixture(Break kind, ChainBuilder &b)
{
    for (std::uint64_t h = 1; h <= Blocks; ++h) {
        if (h != Broken) {
            b.addBlock(TxPerBlock);
            continue;
        }
        std::vector<Transaction> txs = b.nextTransactions(TxPerBlock);
        switch (kind) {
        case Break::BadTxSignature: txs[2] = withBadSignature(txs[2]); break;
        case Break::DuplicateTx: txs[1] = b.blocks()[2].transactions()[3]; break;
        case Break::ReusedSequence: txs[3] = b.transaction(b.author(0), 1); break;
        case Break::GenesisTxLater:
            txs[0] = b.transaction(b.founder(), 99, chain::TxType::Genesis);
            break;
        case Break::OtherConsortiumTx: {
            ChainBuilder other(b.blocks().size() + 1000);
            txs[1] = other.transaction(b.author(1), 1000);
            break;
        }
        default: break;
        }
        if (kind == Break::ProposerNotMember)
            b.addSealed(Block::seal(b.nextHeader(), std::move(txs), b.freshKey()));
        else
            b.addBlock(std::move(txs));
    }
    MemoryBlockSource s(b.rawBlocks());
    RawBlock &raw = s.blocks[Broken];
    auto edit = [&](const std::function<void(BlockHeader &)> &f) { editHeader(raw, b.node(), f); };
    switch (kind) {
    case Break::BadLink:
        edit([](BlockHeader &h) { h.prevHash = merkle::leafHash("elsewhere"); });
        break;
    case Break::BadMerkleRoot:
        edit([](BlockHeader &h) { h.merkleRoot = merkle::emptyRoot(); });
        break;
    case Break::BadHistoryRoot:
        edit([](BlockHeader &h) { h.historyRoot = merkle::emptyRoot(); });
        break;
    case Break::TimestampBackwards:
        edit([&](BlockHeader &h) {
            h.timestampMs = b.blocks()[Broken - 1].header().timestampMs - 1;
        });
        break;
    case Break::BadBlockSignature: raw.signature[10] = char(raw.signature[10] ^ 0x04); break;
    case Break::MissingBlock: s.blocks.erase(s.blocks.begin() + Broken); break;
    case Break::TypeColumn: raw.transactions[1].type = int(chain::TxType::FeedbackSubmitted); break;
    case Break::AuthorColumn:
        raw.transactions[1].author = b.author(5).publicKey().toByteArray();
        break;
    case Break::SequenceColumn: raw.transactions[1].sequence += 1; break;
    case Break::IdColumn: raw.transactions[1].id[0] = char(raw.transactions[1].id[0] ^ 0x01); break;
    case Break::TxCountColumn: raw.txCount += 1; break;
    case Break::HashColumn: raw.hash[31] = char(raw.hash[31] ^ 0x80); break;
    case Break::MissingTxRow: raw.transactions.pop_back(); break;
    case Break::UndecodableTx: raw.transactions[2].data.chop(1); break;
    case Break::RemovedAfterWitness: s.witness = Blocks + 3; break;
    default: break;
    }
    return s;
}

// Builds blocks with many transactions (several parallel slices each) and
// breaks the transaction signatures at the given (height, index) positions.
MemoryBlockSource bigChain(ChainBuilder &b, int blocks, int perBlock,
                           std::vector<std::pair<std::uint64_t, int>> badTx,
                           std::vector<std::uint64_t> badBlockSig = {})
{
    for (int h = 1; h <= blocks; ++h) {
        auto txs = b.nextTransactions(perBlock);
        for (auto [height, index] : badTx) {
            if (height == std::uint64_t(h))
                txs[std::size_t(index)] = withBadSignature(txs[std::size_t(index)]);
        }
        b.addBlock(std::move(txs));
    }
    MemoryBlockSource s(b.rawBlocks());
    for (auto h : badBlockSig)
        s.blocks[h].signature[0] = char(s.blocks[h].signature[0] ^ 0x01);
    return s;
}
} // namespace

Q_DECLARE_METATYPE(Break)
Q_DECLARE_METATYPE(ledger::core::ErrorCode)

class TestChainVerifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goodChain_passesAndReportsHeadAndCount()
    {
        for (int threads : { 1, 2, 4 }) {
            ChainBuilder b(41);
            MemoryBlockSource s = fixture(Break::None, b);
            chain::VerifyOptions o;
            o.threads = threads;
            auto report = chain::verifyChain(s, o);
            QVERIFY2(report.has_value(), report ? "" : qPrintable(report.error().toString()));
            QCOMPARE(report->height, std::uint64_t(Blocks));
            QCOMPARE(report->transactions, std::uint64_t(1 + Blocks * TxPerBlock));
            QCOMPARE(report->headHash, b.tip().hash());
        }
    }

    void goodChainAtItsWitnessedHead_passes()
    {
        ChainBuilder b(42);
        MemoryBlockSource s = fixture(Break::None, b);
        s.witness = Blocks;
        QVERIFY(chain::verifyChain(s).has_value());
    }

    void emptySource_isNotFoundAtZero()
    {
        MemoryBlockSource s;
        auto report = chain::verifyChain(s);
        QVERIFY(!report.has_value());
        QCOMPARE(report.error().code, ErrorCode::NotFound);
        QCOMPARE(report.error().height, std::optional<std::int64_t>(0));
    }

    void everyBreak_isNamedWithItsHeight_data()
    {
        QTest::addColumn<Break>("kind");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("namesTx");
        auto row = [](const char *name, Break k, ErrorCode c, const char *why, bool tx) {
            QTest::newRow(name) << k << c << QString::fromLatin1(why) << tx;
        };
        row("bad link", Break::BadLink, ErrorCode::BadHash, "previous hash", false);
        row("bad Merkle root", Break::BadMerkleRoot, ErrorCode::BadHash, "Merkle root", false);
        row("bad history root", Break::BadHistoryRoot, ErrorCode::BadHash, "history root", false);
        row("bad block signature", Break::BadBlockSignature, ErrorCode::BadSignature,
            "proposer's signature", false);
        row("bad tx signature", Break::BadTxSignature, ErrorCode::BadSignature,
            "author's signature", true);
        row("duplicated tx", Break::DuplicateTx, ErrorCode::Conflict, "twice", true);
        row("reused author sequence", Break::ReusedSequence, ErrorCode::Conflict,
            "sequence number 1", true);
        row("missing block", Break::MissingBlock, ErrorCode::NotFound, "missing", false);
        row("timestamp backwards", Break::TimestampBackwards, ErrorCode::Invalid, "timestamp",
            false);
        row("proposer not a member", Break::ProposerNotMember, ErrorCode::Invalid, "not a member",
            false);
        row("genesis tx after block 0", Break::GenesisTxLater, ErrorCode::Invalid,
            "genesis transaction", true);
        row("type column", Break::TypeColumn, ErrorCode::Corrupt, "stored type", true);
        row("author column", Break::AuthorColumn, ErrorCode::Corrupt, "stored type, author", true);
        row("sequence column", Break::SequenceColumn, ErrorCode::Corrupt, "sequence differs", true);
        row("id column", Break::IdColumn, ErrorCode::BadHash, "stored id", true);
        row("tx_count column", Break::TxCountColumn, ErrorCode::Corrupt, "counts", false);
        row("hash column", Break::HashColumn, ErrorCode::BadHash, "stored hash", false);
        row("missing tx row", Break::MissingTxRow, ErrorCode::Corrupt, "counts", false);
        row("undecodable tx", Break::UndecodableTx, ErrorCode::BadHash, "Merkle root", false);
        row("tx of another consortium", Break::OtherConsortiumTx, ErrorCode::Invalid,
            "another consortium", true);
    }

    void everyBreak_isNamedWithItsHeight()
    {
        QFETCH(Break, kind);
        QFETCH(ErrorCode, code);
        QFETCH(QString, reason);
        QFETCH(bool, namesTx);
        for (int threads : { 1, 3 }) {
            ChainBuilder b(43);
            MemoryBlockSource s = fixture(kind, b);
            chain::VerifyOptions o;
            o.threads = threads;
            auto report = chain::verifyChain(s, o);
            QVERIFY(!report.has_value());
            const core::Error &e = report.error();
            QCOMPARE(e.height, std::optional<std::int64_t>(Broken));
            QVERIFY2(e.code == code, qPrintable(e.toString()));
            QVERIFY2(e.detail.contains(reason), qPrintable(e.toString()));
            QCOMPARE(e.txId.size() == 32, namesTx);
        }
    }

    void blocksRemovedBelowTheWitness_areNamed()
    {
        ChainBuilder b(44);
        MemoryBlockSource s = fixture(Break::RemovedAfterWitness, b);
        auto report = chain::verifyChain(s);
        QVERIFY(!report.has_value());
        QCOMPARE(report.error().code, ErrorCode::NotFound);
        QCOMPARE(report.error().height, std::optional<std::int64_t>(Blocks + 1));
        QVERIFY(report.error().detail.contains(QLatin1String("removed")));
    }

    void badTransactionSignature_namesTheTransaction()
    {
        ChainBuilder b(45);
        MemoryBlockSource s = fixture(Break::BadTxSignature, b);
        auto report = chain::verifyChain(s);
        QVERIFY(!report.has_value());
        QCOMPARE(report.error().txId, b.blocks()[Broken].transactions()[2].id().toByteArray());
    }

    void lowestBreak_isReportedWithManyThreads_data()
    {
        QTest::addColumn<int>("threads");
        for (int t : { 1, 2, 4, 8 })
            QTest::newRow(qPrintable(QStringLiteral("%1 threads").arg(t))) << t;
    }

    void lowestBreak_isReportedWithManyThreads()
    {
        QFETCH(int, threads);
        // Blocks of 600 transactions: three parallel slices each.
        ChainBuilder b(46, 32);
        MemoryBlockSource s = bigChain(b, 6, 600, { { 2, 599 }, { 4, 0 }, { 5, 300 } }, { 3, 6 });
        for (int run = 0; run < 3; ++run) {
            chain::VerifyOptions o;
            o.threads = threads;
            auto report = chain::verifyChain(s, o);
            QVERIFY(!report.has_value());
            QCOMPARE(report.error().height, std::optional<std::int64_t>(2));
            QCOMPARE(report.error().code, ErrorCode::BadSignature);
            QCOMPARE(report.error().txId, b.blocks()[2].transactions()[599].id().toByteArray());
        }
        // Without the lowest, the next one up; a header break below a slice break wins.
        s.blocks[2] = tests::toRaw(b.blocks()[2]);
        s.blocks[2].transactions[599].data
            = withBadSignature(b.blocks()[2].transactions()[599]).encoded();
        s.blocks[2].transactions[599].id
            = crypto::Sha256::hash(s.blocks[2].transactions[599].data).toByteArray();
        chain::VerifyOptions o;
        o.threads = threads;
        auto report = chain::verifyChain(s, o);
        QVERIFY(!report.has_value());
        QCOMPARE(report.error().height, std::optional<std::int64_t>(2)); // now its Merkle root
        QCOMPARE(report.error().code, ErrorCode::BadHash);
    }

    void progress_reportsIncreasingHeightsUpToTheHead()
    {
        ChainBuilder b(47, 4);
        for (int i = 0; i < 150; ++i)
            b.addBlock(1 + i % 3);
        MemoryBlockSource s(b.rawBlocks());
        std::vector<std::pair<std::uint64_t, std::uint64_t>> calls;
        chain::VerifyOptions o;
        o.progress = [&](std::uint64_t h, std::uint64_t txs) { calls.emplace_back(h, txs); };
        auto report = chain::verifyChain(s, o);
        QVERIFY(report.has_value());
        QVERIFY(calls.size() >= 2);
        for (std::size_t i = 1; i < calls.size(); ++i) {
            QVERIFY(calls[i].first > calls[i - 1].first);
            QVERIFY(calls[i].second > calls[i - 1].second);
        }
        QCOMPARE(calls.back().first, std::uint64_t(150));
        QCOMPARE(calls.back().second, report->transactions);
    }

    void cancel_stopsWithCancelled()
    {
        ChainBuilder b(48, 4);
        for (int i = 0; i < 150; ++i)
            b.addBlock(1);
        MemoryBlockSource s(b.rawBlocks());
        std::atomic<bool> cancel { false };
        std::uint64_t lastSeen = 0;
        chain::VerifyOptions o;
        o.cancel = &cancel;
        o.progress = [&](std::uint64_t h, std::uint64_t) {
            lastSeen = h;
            cancel = true;
        };
        auto report = chain::verifyChain(s, o);
        QVERIFY(!report.has_value());
        QCOMPARE(report.error().code, ErrorCode::Cancelled);
        QVERIFY(lastSeen < 150);
        QCOMPARE(report.error().height, std::optional<std::int64_t>(std::int64_t(lastSeen)));
    }

    void checkRawBlock_decodesAGoodBlockAndRefusesABadOne()
    {
        ChainBuilder b(49);
        const Block &good = b.addBlock(7);
        auto block = chain::checkRawBlock(tests::toRaw(good));
        QVERIFY(block.has_value());
        QCOMPARE(block->encode(), good.encode());
        RawBlock bad = tests::toRaw(good);
        bad.transactions[6].data = withBadSignature(good.transactions()[6]).encoded();
        bad.transactions[6].id = crypto::Sha256::hash(bad.transactions[6].data).toByteArray();
        auto refused = chain::checkRawBlock(bad);
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().height, std::optional<std::int64_t>(1));
    }
};

QTEST_GUILESS_MAIN(TestChainVerifier)
#include "TestChainVerifier.moc"
