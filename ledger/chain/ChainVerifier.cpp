#include "ledger/chain/ChainVerifier.h"

#include "ledger/core/Enforce.h"
#include "ledger/crypto/Sha256.h"
#include "ledger/merkle/CompactRange.h"
#include "ledger/merkle/TreeHash.h"

#include <QScopeGuard>
#include <QSemaphore>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <optional>
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

constexpr std::size_t SliceSize = 256; // transactions per parallel job
constexpr std::size_t ChunkTransactions = 16384;

// One block's checks, spread over jobs of SliceSize transactions. Each
// transaction is decoded once (its id hashed once, its bytes shared with the
// raw row, not copied), its signature verified and its Merkle leaf hashed once;
// the job that finishes last checks the header against those leaves and
// assembles the Block from the decoded transactions.
struct BlockWork {
    const RawBlock *raw = nullptr;
    // Decoded on the reading thread before the jobs start (185 bytes, no
    // signature): the slices need the consortium.
    core::Result<BlockHeader> header = fail(Error(ErrorCode::Cancelled, QStringLiteral("unread")));
    std::vector<std::optional<Transaction>> txs;
    std::vector<crypto::Digest> leaves;
    std::vector<std::optional<Error>> sliceErrors;
    std::atomic<std::size_t> slicesLeft { 0 };
    // Set by the last job: the header-level checks, then the assembled block.
    std::optional<Error> headerError;
    core::Result<Block> block = fail(Error(ErrorCode::Cancelled, QStringLiteral("not checked")));
};

std::size_t sliceCount(const RawBlock &raw)
{
    return std::max<std::size_t>(1, (raw.transactions.size() + SliceSize - 1) / SliceSize);
}

// Transactions [begin, end) of a block: decode, index columns, consortium,
// signature, leaf hash. Pure apart from its own slots; runs on a worker.
std::optional<Error> checkSlice(BlockWork &w, std::size_t begin, std::size_t end)
{
    const RawBlock &raw = *w.raw;
    const ConsortiumId consortium = w.header ? w.header->consortium : ConsortiumId();
    // Every leaf, even past a bad transaction: the header check needs them all.
    for (std::size_t i = begin; i < end; ++i)
        w.leaves[i] = merkle::leafHash(raw.transactions[i].data);
    for (std::size_t i = begin; i < end; ++i) {
        const RawTransaction &row = raw.transactions[i];
        auto tx = Transaction::decode(row.data);
        if (!tx)
            return tx.error().atHeight(qint64(raw.height)).forTx(row.id);
        auto txError = [&](ErrorCode code, const QString &why) {
            return blockError(raw.height, code, why).forTx(tx->id().toByteArray());
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
        w.txs[i] = std::move(*tx);
    }
    return std::nullopt;
}

// The header against the stored columns, its signature and the leaves the
// slices hashed (the Merkle root without hashing a transaction again).
std::optional<Error> checkHeader(const BlockWork &w)
{
    const RawBlock &raw = *w.raw;
    if (!w.header)
        return w.header.error();
    const BlockHeader &header = *w.header;
    if (header.height != raw.height)
        return blockError(
            raw.height, ErrorCode::Corrupt,
            QStringLiteral("header height %1 differs from the stored height").arg(header.height));
    if (crypto::Sha256::hash(raw.header).view() != QByteArrayView(raw.hash))
        return blockError(raw.height, ErrorCode::BadHash,
                          QStringLiteral("stored hash is not the SHA-256 of the header"));
    if (qint64(header.txCount) != raw.txCount || raw.transactions.size() != header.txCount)
        return blockError(raw.height, ErrorCode::Corrupt,
                          QStringLiteral("the header counts %1 transactions, %2 are stored")
                              .arg(header.txCount)
                              .arg(raw.transactions.size()));
    auto sig = crypto::Signature::fromBytes(raw.signature);
    if (!sig || !crypto::verify(header.proposer, raw.header, *sig))
        return blockError(raw.height, ErrorCode::BadSignature,
                          QStringLiteral("the proposer's signature does not verify"));
    if (merkle::rootOf(w.leaves) != header.merkleRoot)
        return blockError(raw.height, ErrorCode::BadHash,
                          QStringLiteral("the Merkle root does not match the transactions"));
    return std::nullopt;
}

// Runs after every slice of the block is done (by whichever job was last).
void finishBlock(BlockWork &w)
{
    w.headerError = checkHeader(w);
    if (w.headerError)
        return;
    for (const auto &e : w.sliceErrors) {
        if (e)
            return;
    }
    std::vector<Transaction> txs;
    txs.reserve(w.txs.size());
    for (auto &tx : w.txs)
        txs.push_back(std::move(*tx));
    w.txs.clear();
    w.block = Block::fromParts(w.raw->header, w.raw->signature, std::move(txs));
    if (!w.block)
        w.block = fail(w.block.error().atHeight(qint64(w.raw->height)));
}

// Prepares the slots of a block; returns the number of slice jobs.
std::size_t prepareBlock(BlockWork &w, const RawBlock &raw)
{
    w.raw = &raw;
    w.header = BlockHeader::decode(raw.header);
    if (!w.header)
        w.header = fail(w.header.error().atHeight(qint64(raw.height)));
    const std::size_t n = raw.transactions.size();
    w.txs.resize(n);
    w.leaves.resize(n);
    const std::size_t slices = sliceCount(raw);
    w.sliceErrors.assign(slices, std::nullopt);
    w.slicesLeft = slices;
    return slices;
}

void runSlice(BlockWork &w, std::size_t s)
{
    const std::size_t n = w.raw->transactions.size();
    w.sliceErrors[s] = checkSlice(w, std::min(n, s * SliceSize), std::min(n, (s + 1) * SliceSize));
    if (w.slicesLeft.fetch_sub(1, std::memory_order_acq_rel) == 1)
        finishBlock(w);
}

// The first error of a checked block, in the order a reader expects: the
// header's, then the first bad transaction's.
std::optional<Error> firstError(const BlockWork &w)
{
    if (w.headerError)
        return w.headerError;
    for (const auto &e : w.sliceErrors) {
        if (e)
            return e;
    }
    if (!w.block)
        return w.block.error();
    return std::nullopt;
}
} // namespace

core::Result<Block> checkRawBlock(const RawBlock &raw)
{
    BlockWork w;
    const std::size_t slices = prepareBlock(w, raw);
    for (std::size_t s = 0; s < slices; ++s)
        runSlice(w, s);
    if (auto e = firstError(w))
        return fail(*e);
    return std::move(w.block);
}

namespace {
struct Chunk {
    std::vector<RawBlock> blocks;
    std::vector<std::unique_ptr<BlockWork>> work;
    QSemaphore done;
    int jobs = 0;
};

// Starts every block's checks on the pool.
void startChunk(QThreadPool &pool, Chunk &c)
{
    c.work.reserve(c.blocks.size());
    for (const RawBlock &raw : c.blocks) {
        BlockWork *w = c.work.emplace_back(std::make_unique<BlockWork>()).get();
        const std::size_t slices = prepareBlock(*w, raw);
        for (std::size_t s = 0; s < slices; ++s) {
            ++c.jobs;
            pool.start([&c, w, s] {
                runSlice(*w, s);
                c.done.release();
            });
        }
    }
}

struct AuthorSequence {
    crypto::PublicKey author;
    std::uint64_t sequence = 0;
    friend bool operator==(const AuthorSequence &, const AuthorSequence &) = default;
};

struct AuthorSequenceHash {
    std::size_t operator()(const AuthorSequence &a) const
    {
        return std::hash<crypto::PublicKey>()(a.author) ^ (a.sequence * 0x9E3779B97F4A7C15ULL);
    }
};

struct ChainState {
    bool started = false;
    ConsortiumId consortium;
    BlockHash prevHash;
    std::int64_t prevTimestamp = 0;
    merkle::CompactRange history;
    std::unordered_set<TxId> ids;
    std::unordered_set<AuthorSequence, AuthorSequenceHash> authorSequences;
    std::uint64_t transactions = 0;
    std::uint64_t height = 0;
};

// The checks that need the blocks before: links, order, uniqueness across the
// chain, membership. One thread, in height order; the workers did the rest.
core::Status checkInOrder(ChainState &st, MembershipRules &membership, Chunk &c)
{
    for (std::size_t b = 0; b < c.blocks.size(); ++b) {
        const RawBlock &raw = c.blocks[b];
        const std::uint64_t expected = st.started ? st.height + 1 : 0;
        if (raw.height != expected)
            return fail(blockError(
                expected, ErrorCode::NotFound,
                QStringLiteral("block is missing (the next stored block is %1)").arg(raw.height)));
        if (auto e = firstError(*c.work[b]))
            return fail(*e);
        const Block &block = *c.work[b]->block;
        const BlockHeader &h = block.header();
        if (raw.height == 0) {
            auto genesis = readGenesis(block);
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
            for (const auto &tx : block.transactions()) {
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
        for (const auto &tx : block.transactions()) {
            if (!st.ids.insert(tx.id()).second)
                return fail(blockError(raw.height, ErrorCode::Conflict,
                                       QStringLiteral("transaction appears twice in the chain"))
                                .forTx(tx.id().toByteArray()));
            if (!st.authorSequences.insert(AuthorSequence { tx.author(), tx.sequence() }).second)
                return fail(
                    blockError(raw.height, ErrorCode::Conflict,
                               QStringLiteral("the author's sequence number %1 was used before")
                                   .arg(tx.sequence()))
                        .forTx(tx.id().toByteArray()));
        }
        membership.apply(block);
        GONGZHI_ENFORCE(st.history.append(merkle::leafHash(block.hash().view())),
                        "history tree overflow");
        st.prevHash = block.hash();
        st.prevTimestamp = h.timestampMs;
        st.transactions += block.transactions().size();
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
    std::unique_ptr<Chunk> current;
    std::unique_ptr<Chunk> following;
    QThreadPool pool;
    pool.setMaxThreadCount(options.threads > 0 ? options.threads : QThread::idealThreadCount());
    const auto stopPool = qScopeGuard([&pool] {
        pool.clear();
        pool.waitForDone();
    });
    // Small at first, so that the workers start soon; then sized from the
    // blocks seen to about ChunkTransactions transactions per chunk.
    std::uint32_t blocksPerChunk = 8;
    std::uint64_t next = 0;
    // The recorded head is read before any block: a running node appends and
    // then records, so a head read after the chain could be newer than the
    // blocks read and look like removed blocks. Read first, it can only be
    // at or below the chain unless blocks really were removed.
    const auto witnessed = source.witnessedHeight();

    current = std::make_unique<Chunk>();
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
            following = std::make_unique<Chunk>();
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
    VerifyReport report { st.height, st.transactions, st.prevHash, std::nullopt };
    if (witnessed && *witnessed > st.height) {
        const std::uint64_t restorable
            = options.restorableUpTo ? options.restorableUpTo(*witnessed) : 0;
        if (restorable < *witnessed)
            return fail(blockError(st.height + 1, ErrorCode::NotFound,
                                   QStringLiteral("the chain ends at block %1 but this node "
                                                  "recorded block %2 as its head: blocks were "
                                                  "removed")
                                       .arg(st.height)
                                       .arg(*witnessed)));
        report.restorableUpTo = restorable;
    }
    return report;
}

} // namespace ledger::chain
