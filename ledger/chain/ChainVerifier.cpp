#include "ledger/chain/ChainVerifier.h"

#include "ledger/core/ByteWriter.h"
#include "ledger/core/Enforce.h"
#include "ledger/crypto/Sha256.h"
#include "ledger/merkle/CompactRange.h"
#include "ledger/merkle/TreeHash.h"

#include <QScopeGuard>
#include <QSemaphore>
#include <QSet>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <unordered_set>

namespace ledger::chain {

using core::Error;
using core::ErrorCode;
using core::fail;

void GenesisMembership::reset(const GenesisPayload &genesis)
{
    m_keys.clear();
    for (const auto &o : genesis.organizations)
        m_keys.push_back(o.nodeKey);
}

bool GenesisMembership::isNodeKey(const crypto::PublicKey &key, std::uint64_t) const
{
    return std::find(m_keys.begin(), m_keys.end(), key) != m_keys.end();
}

namespace {
Error blockError(std::uint64_t height, ErrorCode code, const QString &why)
{
    return Error(code, why).atHeight(qint64(height));
}

// Checks transactions [begin, end) of a raw block. Pure; runs on a worker.
core::Status checkTransactions(const RawBlock &raw, std::size_t begin, std::size_t end,
                               const ConsortiumId &consortium)
{
    for (std::size_t i = begin; i < end; ++i) {
        const RawTransaction &row = raw.transactions[i];
        auto tx = Transaction::decode(row.data);
        if (!tx)
            return fail(tx.error().atHeight(qint64(raw.height)).forTx(row.id));
        auto txError = [&](ErrorCode code, const QString &why) {
            return fail(blockError(raw.height, code, why).forTx(tx->id().toByteArray()));
        };
        if (tx->id().view() != QByteArrayView(row.id))
            return txError(ErrorCode::BadHash,
                           QStringLiteral("stored id is not the SHA-256 of the transaction"));
        if (row.type != int(tx->type()) || tx->author().view() != QByteArrayView(row.author)
            || row.sequence != qint64(tx->sequence()))
            return txError(
                ErrorCode::Corrupt,
                QStringLiteral("stored type, author or sequence differs from the transaction"));
        if (tx->body().consortium != consortium)
            return txError(ErrorCode::Invalid, QStringLiteral("transaction of another consortium"));
        if (!tx->verifySignature())
            return txError(ErrorCode::BadSignature,
                           QStringLiteral("the author's signature does not verify"));
    }
    return {};
}

core::Result<BlockHeader> checkHeader(const RawBlock &raw)
{
    auto header = BlockHeader::decode(raw.header);
    if (!header)
        return fail(header.error().atHeight(qint64(raw.height)));
    if (header->height != raw.height)
        return fail(blockError(
            raw.height, ErrorCode::Corrupt,
            QStringLiteral("header height %1 differs from the stored height").arg(header->height)));
    if (crypto::Sha256::hash(raw.header).view() != QByteArrayView(raw.hash))
        return fail(blockError(raw.height, ErrorCode::BadHash,
                               QStringLiteral("stored hash is not the SHA-256 of the header")));
    if (qint64(header->txCount) != raw.txCount || raw.transactions.size() != header->txCount)
        return fail(blockError(raw.height, ErrorCode::Corrupt,
                               QStringLiteral("the header counts %1 transactions, %2 are stored")
                                   .arg(header->txCount)
                                   .arg(raw.transactions.size())));
    auto sig = crypto::Signature::fromBytes(raw.signature);
    if (!sig || !crypto::verify(header->proposer, raw.header, *sig))
        return fail(blockError(raw.height, ErrorCode::BadSignature,
                               QStringLiteral("the proposer's signature does not verify")));
    std::vector<crypto::Digest> leaves;
    leaves.reserve(raw.transactions.size());
    for (const auto &t : raw.transactions)
        leaves.push_back(merkle::leafHash(t.data));
    if (merkle::rootOf(leaves) != header->merkleRoot)
        return fail(blockError(raw.height, ErrorCode::BadHash,
                               QStringLiteral("the Merkle root does not match the transactions")));
    return header;
}
} // namespace

namespace {
// The block from its raw parts, structure only (the checks are done apart).
core::Result<Block> decodeRawBlock(const RawBlock &raw)
{
    core::ByteWriter w;
    w.raw(raw.header).raw(raw.signature);
    for (const auto &t : raw.transactions)
        w.bytes(t.data);
    auto block = Block::decode(w.data());
    if (!block)
        return fail(block.error().atHeight(qint64(raw.height)));
    return block;
}
} // namespace

core::Result<Block> checkRawBlock(const RawBlock &raw)
{
    auto header = GONGZHI_TRY(checkHeader(raw));
    GONGZHI_CHECK(checkTransactions(raw, 0, raw.transactions.size(), header.consortium));
    return decodeRawBlock(raw);
}

namespace {
constexpr std::size_t SliceSize = 256; // transactions per parallel job
constexpr std::size_t ChunkTransactions = 16384;

struct ChunkResult {
    std::vector<RawBlock> blocks;
    // Per block: the header check, then the first error of each slice.
    std::vector<core::Result<BlockHeader>> headers;
    // Per block: the decoded block (only if its header check passed).
    std::vector<core::Result<Block>> decoded;
    std::vector<std::vector<std::optional<Error>>> sliceErrors;
    QSemaphore done;
    int jobs = 0;
};

// Starts the context-free checks of every block of the chunk on the pool.
void startChunk(QThreadPool &pool, ChunkResult &c)
{
    const std::size_t n = c.blocks.size();
    c.headers.assign(n, fail(Error(ErrorCode::Cancelled, QStringLiteral("not checked"))));
    c.decoded.assign(n, fail(Error(ErrorCode::Cancelled, QStringLiteral("not decoded"))));
    c.sliceErrors.resize(n);
    for (std::size_t b = 0; b < n; ++b) {
        const RawBlock *raw = &c.blocks[b];
        const std::size_t slices = (raw->transactions.size() + SliceSize - 1) / SliceSize;
        c.sliceErrors[b].assign(slices, std::nullopt);
        ++c.jobs;
        pool.start([&c, raw, b] {
            c.headers[b] = checkHeader(*raw);
            // Decoding here keeps it off the in-order pass, which runs on
            // one thread while the workers wait for the next chunk.
            if (c.headers[b])
                c.decoded[b] = decodeRawBlock(*raw);
            c.done.release();
        });
        for (std::size_t s = 0; s < slices; ++s) {
            ++c.jobs;
            pool.start([&c, raw, b, s] {
                // The consortium is re-checked against the header in order;
                // here each transaction must at least match its own block.
                auto header = BlockHeader::decode(raw->header);
                const ConsortiumId consortium = header ? header->consortium : ConsortiumId();
                const std::size_t end = std::min(raw->transactions.size(), (s + 1) * SliceSize);
                if (auto st = checkTransactions(*raw, s * SliceSize, end, consortium); !st)
                    c.sliceErrors[b][s] = st.error();
                c.done.release();
            });
        }
    }
}

struct ChainState {
    bool started = false;
    ConsortiumId consortium;
    BlockHash prevHash;
    std::int64_t prevTimestamp = 0;
    merkle::CompactRange history;
    std::unordered_set<TxId> ids;
    QSet<QByteArray> authorSequences;
    std::uint64_t transactions = 0;
    std::uint64_t height = 0;
};

core::Status checkInOrder(ChainState &st, MembershipRules &membership, ChunkResult &c)
{
    for (std::size_t b = 0; b < c.blocks.size(); ++b) {
        const RawBlock &raw = c.blocks[b];
        const std::uint64_t expected = st.started ? st.height + 1 : 0;
        if (raw.height != expected)
            return fail(blockError(
                expected, ErrorCode::NotFound,
                QStringLiteral("block is missing (the next stored block is %1)").arg(raw.height)));
        if (!c.headers[b])
            return fail(c.headers[b].error());
        for (const auto &e : c.sliceErrors[b]) {
            if (e)
                return fail(*e);
        }
        const BlockHeader &h = *c.headers[b];
        // Header, Merkle root and every signature were checked by the workers
        // (above); checkRawBlock() here would verify every signature again
        // on this one thread.
        const core::Result<Block> &block = c.decoded[b];
        if (!block)
            return fail(block.error());
        if (raw.height == 0) {
            auto genesis = readGenesis(*block);
            if (!genesis)
                return fail(genesis.error());
            st.consortium = h.consortium;
            membership.reset(*genesis);
        } else {
            if (h.prevHash != st.prevHash)
                return fail(blockError(
                    raw.height, ErrorCode::BadHash,
                    QStringLiteral("previous hash does not link to block %1").arg(raw.height - 1)));
            if (h.consortium != st.consortium)
                return fail(blockError(raw.height, ErrorCode::Invalid,
                                       QStringLiteral("block of another consortium")));
            if (h.timestampMs < st.prevTimestamp)
                return fail(
                    blockError(raw.height, ErrorCode::Invalid,
                               QStringLiteral("timestamp is earlier than the previous block's")));
            if (!membership.isNodeKey(h.proposer, raw.height))
                return fail(
                    blockError(raw.height, ErrorCode::Invalid,
                               QStringLiteral("proposed by a key that is not a member node")));
            for (const auto &tx : block->transactions()) {
                if (tx.type() == TxType::Genesis)
                    return fail(blockError(raw.height, ErrorCode::Invalid,
                                           QStringLiteral("a genesis transaction after block 0"))
                                    .forTx(tx.id().toByteArray()));
            }
        }
        if (h.historyRoot != st.history.root())
            return fail(
                blockError(raw.height, ErrorCode::BadHash,
                           QStringLiteral("history root does not match the chain before it")));
        for (const auto &tx : block->transactions()) {
            if (!st.ids.insert(tx.id()).second)
                return fail(blockError(raw.height, ErrorCode::Conflict,
                                       QStringLiteral("transaction appears twice in the chain"))
                                .forTx(tx.id().toByteArray()));
            QByteArray key = tx.author().toByteArray();
            key.append(reinterpret_cast<const char *>(&tx.body().sequence), 8);
            if (st.authorSequences.contains(key))
                return fail(
                    blockError(raw.height, ErrorCode::Conflict,
                               QStringLiteral("the author's sequence number %1 was used before")
                                   .arg(tx.sequence()))
                        .forTx(tx.id().toByteArray()));
            st.authorSequences.insert(key);
        }
        membership.apply(*block);
        GONGZHI_ENFORCE(st.history.append(merkle::leafHash(block->hash().view())),
                        "history tree overflow");
        st.prevHash = block->hash();
        st.prevTimestamp = h.timestampMs;
        st.transactions += block->transactions().size();
        st.height = raw.height;
        st.started = true;
    }
    return {};
}
} // namespace

core::Result<VerifyReport> verifyChain(BlockSource &source, const VerifyOptions &options)
{
    GenesisMembership defaultMembership;
    MembershipRules &membership = options.membership ? *options.membership : defaultMembership;
    ChainState st;
    // Declared before the pool, whose destructor waits for the jobs that
    // write into them; on an early return the queued jobs are dropped.
    std::unique_ptr<ChunkResult> current;
    std::unique_ptr<ChunkResult> following;
    QThreadPool pool;
    pool.setMaxThreadCount(options.threads > 0 ? options.threads : QThread::idealThreadCount());
    const auto stopPool = qScopeGuard([&pool] {
        pool.clear();
        pool.waitForDone();
    });
    std::uint32_t blocksPerChunk = 64;
    std::uint64_t next = 0;

    current = std::make_unique<ChunkResult>();
    current->blocks = GONGZHI_TRY(source.readRaw(next, blocksPerChunk));
    if (current->blocks.empty())
        return fail(
            Error(ErrorCode::NotFound, QStringLiteral("the chain holds no block")).atHeight(0));
    startChunk(pool, *current);
    while (current) {
        // Read and start the next chunk before the in-order pass over this
        // one, so that the workers never wait for the single-threaded parts.
        std::size_t txs = 0;
        for (const auto &b : current->blocks)
            txs += b.transactions.size();
        next = current->blocks.back().height + 1;
        const std::size_t perBlock = std::max<std::size_t>(1, txs / current->blocks.size());
        blocksPerChunk
            = std::uint32_t(std::clamp<std::size_t>(ChunkTransactions / perBlock, 1, 4096));
        auto read = source.readRaw(next, blocksPerChunk);
        following.reset();
        if (read && !read->empty()) {
            following = std::make_unique<ChunkResult>();
            following->blocks = std::move(*read);
            startChunk(pool, *following);
        }
        current->done.acquire(current->jobs);
        GONGZHI_CHECK(checkInOrder(st, membership, *current));
        if (!read)
            return fail(read.error().atHeight(qint64(next)));
        if (options.progress)
            options.progress(st.height, st.transactions);
        if (options.cancel && options.cancel->load())
            return fail(Error(ErrorCode::Cancelled, QStringLiteral("verification cancelled"))
                            .atHeight(qint64(st.height)));
        current = std::move(following);
    }
    if (auto witnessed = source.witnessedHeight(); witnessed && *witnessed > st.height) {
        return fail(blockError(st.height + 1, ErrorCode::NotFound,
                               QStringLiteral("the chain ends at block %1 but this node recorded "
                                              "block %2 as its head: blocks were removed")
                                   .arg(st.height)
                                   .arg(*witnessed)));
    }
    return VerifyReport { st.height, st.transactions, st.prevHash };
}

} // namespace ledger::chain
