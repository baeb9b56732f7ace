// node::validateBlocksContents checks all blocks of an Append in one parallel
// pass; it must say exactly what chain::validateBlockContents says of each block.
#include "ledger/chain/BlockValidator.h"
#include "ledger/node/BlockBatchCheck.h"
#include "tests/support/ChainBuilder.h"

#include <QTest>

using namespace ledger;

namespace {

chain::Transaction withBadSignature(const chain::Transaction &tx)
{
    QByteArray bytes = tx.encoded();
    bytes[bytes.size() - 1] = char(bytes[bytes.size() - 1] ^ 1);
    return *chain::Transaction::decode(bytes);
}

// `block` with one bit of the proposer's signature flipped.
chain::Block withBadProposerSignature(const chain::Block &block)
{
    QByteArray bytes = block.encode();
    bytes[chain::BlockHeader::Size + 3] = char(bytes[chain::BlockHeader::Size + 3] ^ 1);
    return *chain::Block::decode(bytes);
}

// `block` with a wrong Merkle root, correctly signed by `key`.
chain::Block withBadMerkleRoot(const chain::Block &block, const crypto::KeyPair &key)
{
    QByteArray bytes = block.encode();
    constexpr qsizetype merkleAt = 4 + 1 + 16 + 8 + 32;
    bytes[merkleAt] = char(bytes[merkleAt] ^ 1);
    const auto signature = key.sign(QByteArrayView(bytes).first(chain::BlockHeader::Size));
    bytes.replace(chain::BlockHeader::Size, 64, signature.toByteArray());
    return *chain::Block::decode(bytes);
}

} // namespace

class TestBlockBatchCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mixedBlocks_sameVerdictAsBlockByBlock()
    {
        tests::ChainBuilder b(11);
        tests::ChainBuilder stranger(12); // another consortium
        std::vector<chain::Block> blocks;
        blocks.push_back(b.addBlock(300)); // valid, large
        blocks.push_back(b.addBlock(1)); // valid, one transaction
        {
            auto txs = b.nextTransactions(40); // two bad signatures: the lower one is named
            txs[31] = withBadSignature(txs[31]);
            txs[7] = withBadSignature(txs[7]);
            blocks.push_back(b.addBlock(txs));
        }
        blocks.push_back(withBadProposerSignature(b.addBlock(20)));
        blocks.push_back(withBadMerkleRoot(b.addBlock(20), b.node()));
        {
            auto txs = b.nextTransactions(10);
            txs[4] = stranger.nextTransaction(); // signed, but of another consortium
            blocks.push_back(b.addBlock(txs));
        }
        blocks.push_back(stranger.addBlock(5)); // a whole block of another consortium
        blocks.push_back(b.addBlock(64)); // valid again after all of that

        std::vector<const chain::Block *> pointers;
        for (const auto &block : blocks)
            pointers.push_back(&block);
        const auto batch = node::validateBlocksContents(pointers, b.consortium());
        QCOMPARE(batch.size(), blocks.size());
        int refused = 0;
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            const auto single = chain::validateBlockContents(blocks[i], b.consortium());
            QCOMPARE(bool(batch[i]), bool(single));
            if (!single) {
                ++refused;
                QCOMPARE(batch[i].error().code, single.error().code);
                QCOMPARE(batch[i].error().toString(), single.error().toString());
                QCOMPARE(batch[i].error().txId, single.error().txId);
            }
        }
        QCOMPARE(refused, 5);
        QCOMPARE(batch[2].error().txId, blocks[2].transactions()[7].id().toByteArray());
    }

    void noBlocks_noVerdicts()
    {
        tests::ChainBuilder b(13);
        QVERIFY(node::validateBlocksContents({}, b.consortium()).empty());
    }
};

QTEST_GUILESS_MAIN(TestBlockBatchCheck)
#include "TestBlockBatchCheck.moc"
