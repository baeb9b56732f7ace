#include "ledger/service/StateCatchUp.h"

#include "ledger/node/StateReplay.h"
#include "ledger/state/StateMachine.h"
#include "ledger/store/BlockStore.h"

#include <QDir>
#include <QFileInfo>

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
    const auto applied = state->appliedHeight();
    if (applied && *applied >= store->head().height)
        return {}; // ahead is the node's to repair or report (LedgerNode::open)
    return node::replayIntoState(*state, *store, progress, &cancel);
}

} // namespace ledger::service
