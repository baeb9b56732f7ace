#include "ledger/node/StateReplay.h"

#include "ledger/state/StateMachine.h"
#include "ledger/store/BlockStore.h"

#include <vector>

namespace ledger::node {

core::Status replayIntoState(state::StateMachine &state, store::BlockStore &blocks,
                             const std::function<void(std::uint64_t, std::uint64_t)> &progress,
                             const std::atomic<bool> *cancel)
{
    constexpr std::uint64_t BatchBlocks = 64;
    const std::uint64_t head = blocks.head().height;
    const auto applied = state.appliedHeight();
    if (applied && *applied > head)
        return core::fail(core::Error(core::ErrorCode::Corrupt,
                                      QStringLiteral("the state is ahead of the block store "
                                                     "(state at block %1, chain at %2)")
                                          .arg(*applied)
                                          .arg(head)));
    std::uint64_t next = applied ? *applied + 1 : 0;
    if (next > head)
        return {};
    if (progress)
        progress(next, head);
    while (next <= head && !(cancel && cancel->load())) {
        std::vector<chain::Block> batch;
        for (std::uint64_t h = next; h <= head && batch.size() < BatchBlocks; ++h)
            batch.push_back(GONGZHI_TRY(blocks.block(h)));
        GONGZHI_CHECK(state.applyBatch(batch));
        next += batch.size();
        if (progress)
            progress(next - 1, head);
    }
    return {};
}

} // namespace ledger::node
