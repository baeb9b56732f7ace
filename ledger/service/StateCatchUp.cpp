#include "ledger/service/StateCatchUp.h"

#include "ledger/state/StateMachine.h"
#include "ledger/store/BlockStore.h"

#include <QDir>
#include <QFileInfo>

#include <vector>

namespace ledger::service {

core::Status catchUpStateFiles(const QString &dataDir,
                               const std::function<void(std::uint64_t, std::uint64_t)> &progress,
                               const std::atomic<bool> &cancel)
{
    const QDir dir(dataDir);
    const QString ledgerPath = dir.filePath(QStringLiteral("ledger.db"));
    if (!QFileInfo::exists(ledgerPath))
        return {}; // nothing to catch up with (a PC still joining: the node makes it)
    auto store = GONGZHI_TRY(store::BlockStore::open(ledgerPath, /*readOnly=*/true));
    // Fast: every block applied here is in the block store, which the node
    // replays from if a power cut takes the last batches.
    auto state = GONGZHI_TRY(state::StateMachine::open(dir.filePath(QStringLiteral("state.db")),
                                                       state::StateMachine::Durability::Fast));
    const std::uint64_t head = store->head().height;
    const auto applied = state->appliedHeight();
    if (applied && *applied >= head)
        return {}; // ahead is the node's to report (LedgerNode::catchUpState)
    // About 2 MB of transactions per batch at demo density; one SQL transaction each.
    constexpr std::uint64_t BatchBlocks = 64;
    std::uint64_t next = applied ? *applied + 1 : 0;
    if (progress)
        progress(next, head);
    while (next <= head && !cancel.load()) {
        std::vector<chain::Block> batch;
        for (std::uint64_t h = next; h <= head && batch.size() < BatchBlocks; ++h)
            batch.push_back(GONGZHI_TRY(store->block(h)));
        GONGZHI_CHECK(state->applyBatch(batch));
        next += batch.size();
        if (progress)
            progress(next - 1, head);
    }
    return {};
}

} // namespace ledger::service
