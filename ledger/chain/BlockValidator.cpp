#include "ledger/chain/BlockValidator.h"

#include "ledger/core/ParallelFor.h"

#include <atomic>

namespace ledger::chain {

using core::Error;
using core::ErrorCode;
using core::fail;

core::Status validateBlockContents(const Block &block, const ConsortiumId &consortium)
{
    const auto &h = block.header();
    auto refuse = [&](ErrorCode code, const QString &why) {
        return fail(Error(code, why).atHeight(qint64(h.height)));
    };
    if (h.consortium != consortium)
        return refuse(ErrorCode::Invalid, QStringLiteral("block of another consortium"));
    if (h.txCount != block.transactions().size())
        return refuse(ErrorCode::Corrupt,
                      QStringLiteral("transaction count does not match the header"));
    if (!block.verifySignature())
        return refuse(ErrorCode::BadSignature,
                      QStringLiteral("the proposer's signature does not verify"));
    if (Block::merkleRootOf(block.transactions()) != h.merkleRoot)
        return refuse(ErrorCode::BadHash,
                      QStringLiteral("the Merkle root does not match the transactions"));
    const auto &txs = block.transactions();
    // The lowest failing position, so the error is the same on every run.
    std::atomic<std::size_t> firstBad { txs.size() };
    core::parallelFor(txs.size(), 128, [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end && i < firstBad.load(); ++i) {
            if (txs[i].body().consortium != consortium || !txs[i].verifySignature()) {
                std::size_t cur = firstBad.load();
                while (i < cur && !firstBad.compare_exchange_weak(cur, i)) { }
                return;
            }
        }
    });
    if (const std::size_t bad = firstBad.load(); bad < txs.size()) {
        const auto &tx = txs[bad];
        const bool foreign = tx.body().consortium != consortium;
        return fail(Error(foreign ? ErrorCode::Invalid : ErrorCode::BadSignature,
                          foreign ? QStringLiteral("transaction of another consortium")
                                  : QStringLiteral("the author's signature does not verify"))
                        .atHeight(qint64(h.height))
                        .forTx(tx.id().toByteArray()));
    }
    return {};
}

core::Status validateLink(const Block &block, const BlockHeader &previous,
                          const BlockHash &previousHash, const crypto::Digest &expectedHistoryRoot)
{
    const auto &h = block.header();
    auto refuse = [&](ErrorCode code, const QString &why) {
        return fail(Error(code, why).atHeight(qint64(h.height)));
    };
    if (h.height != previous.height + 1)
        return refuse(ErrorCode::Invalid,
                      QStringLiteral("height does not follow block %1").arg(previous.height));
    if (h.prevHash != previousHash)
        return refuse(
            ErrorCode::BadHash,
            QStringLiteral("previous hash does not link to block %1").arg(previous.height));
    if (h.timestampMs < previous.timestampMs)
        return refuse(ErrorCode::Invalid,
                      QStringLiteral("timestamp is earlier than the previous block's"));
    if (h.historyRoot != expectedHistoryRoot)
        return refuse(ErrorCode::BadHash,
                      QStringLiteral("history root does not match the chain before it"));
    return {};
}

} // namespace ledger::chain
