#include "ledger/node/BlockBatchCheck.h"

#include "ledger/core/ParallelFor.h"

#include <atomic>
#include <limits>

namespace ledger::node {

using core::Error;
using core::ErrorCode;
using core::fail;

namespace {

// One unit of work: a block's own checks (tx == NoTx) or one of its transactions.
struct Item {
    std::size_t block;
    std::size_t tx;
};
constexpr std::size_t NoTx = std::numeric_limits<std::size_t>::max();

} // namespace

std::vector<core::Status> validateBlocksContents(const std::vector<const chain::Block *> &blocks,
                                                 const chain::ConsortiumId &consortium)
{
    std::vector<core::Status> results(blocks.size());
    std::vector<Item> items;
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        const auto &h = blocks[b]->header();
        auto refuse = [&](ErrorCode code, const QString &why) {
            results[b] = fail(Error(code, why).atHeight(qint64(h.height)));
        };
        // The cheap checks first, as chain::validateBlockContents orders them.
        if (h.consortium != consortium) {
            refuse(ErrorCode::Invalid, QStringLiteral("block of another consortium"));
            continue;
        }
        if (h.txCount != blocks[b]->transactions().size()) {
            refuse(ErrorCode::Corrupt,
                   QStringLiteral("transaction count does not match the header"));
            continue;
        }
        items.push_back({ b, NoTx });
        for (std::size_t t = 0; t < blocks[b]->transactions().size(); ++t)
            items.push_back({ b, t });
    }

    // Per block: its own checks' failure (0 ok, 1 signature, 2 Merkle root) and the
    // lowest failing transaction, so the error is the same on every run.
    std::vector<std::atomic<int>> ownFailure(blocks.size());
    std::vector<std::atomic<std::size_t>> firstBadTx(blocks.size());
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        ownFailure[b] = 0;
        firstBadTx[b] = NoTx;
    }
    core::parallelFor(items.size(), core::evenGrain(items.size(), 8),
                      [&](std::size_t begin, std::size_t end) {
                          for (std::size_t i = begin; i < end; ++i) {
                              const auto [b, t] = items[i];
                              const chain::Block &block = *blocks[b];
                              if (t == NoTx) {
                                  if (!block.verifySignature())
                                      ownFailure[b] = 1;
                                  else if (chain::Block::merkleRootOf(block.transactions())
                                           != block.header().merkleRoot)
                                      ownFailure[b] = 2;
                                  continue;
                              }
                              if (t > firstBadTx[b].load())
                                  continue; // a lower one already failed
                              const auto &tx = block.transactions()[t];
                              if (tx.body().consortium != consortium || !tx.verifySignature()) {
                                  std::size_t cur = firstBadTx[b].load();
                                  while (t < cur && !firstBadTx[b].compare_exchange_weak(cur, t)) {
                                  }
                              }
                          }
                      });

    for (std::size_t b = 0; b < blocks.size(); ++b) {
        if (!results[b])
            continue; // refused by a cheap check
        const auto &h = blocks[b]->header();
        if (ownFailure[b] == 1) {
            results[b] = fail(Error(ErrorCode::BadSignature,
                                    QStringLiteral("the proposer's signature does not verify"))
                                  .atHeight(qint64(h.height)));
        } else if (ownFailure[b] == 2) {
            results[b]
                = fail(Error(ErrorCode::BadHash,
                             QStringLiteral("the Merkle root does not match the transactions"))
                           .atHeight(qint64(h.height)));
        } else if (const std::size_t bad = firstBadTx[b]; bad != NoTx) {
            const auto &tx = blocks[b]->transactions()[bad];
            const bool foreign = tx.body().consortium != consortium;
            results[b]
                = fail(Error(foreign ? ErrorCode::Invalid : ErrorCode::BadSignature,
                             foreign ? QStringLiteral("transaction of another consortium")
                                     : QStringLiteral("the author's signature does not verify"))
                           .atHeight(qint64(h.height))
                           .forTx(tx.id().toByteArray()));
        }
    }
    return results;
}

} // namespace ledger::node
