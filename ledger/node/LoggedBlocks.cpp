#include "ledger/node/LoggedBlocks.h"

#include "ledger/store/BlockStore.h"
#include "ledger/store/RaftLogStore.h"

namespace ledger::node {

core::Status forEachLoggedBlock(const store::RaftLogStore &log, raft::Index afterIndex,
                                const std::function<bool(raft::Index, chain::Block &&)> &visit)
{
    const raft::Index last = GONGZHI_TRY(log.lastIndex());
    for (raft::Index next = afterIndex + 1; next <= last;) {
        const auto batch = GONGZHI_TRY(log.entries(next, last + 1, 8 * 1024 * 1024));
        if (batch.empty())
            break;
        for (const auto &e : batch) {
            if (e.type != raft::EntryType::Normal || e.data.isEmpty())
                continue;
            auto block = chain::Block::decode(e.data);
            if (!block)
                return core::fail(core::Error(core::ErrorCode::Corrupt,
                                              QStringLiteral("an entry in the Raft log does not "
                                                             "hold a valid block (index %1)")
                                                  .arg(e.index)));
            if (!visit(e.index, std::move(*block)))
                return {};
        }
        next = batch.back().index + 1;
    }
    return {};
}

core::Result<std::uint64_t> heightLinkedInLog(const store::RaftLogStore &log,
                                              store::BlockStore &store, std::uint64_t upTo)
{
    store::ChainHead linked = store.head();
    const raft::Index headIndex = GONGZHI_TRY(store.header(linked.height)).raftIndex;
    GONGZHI_CHECK(forEachLoggedBlock(log, headIndex, [&](raft::Index, chain::Block &&block) {
        if (block.height() != linked.height + 1 || block.header().prevHash != linked.hash)
            return false;
        linked = store::ChainHead { block.height(), block.hash() };
        return linked.height < upTo;
    }));
    return std::min(linked.height, upTo);
}

} // namespace ledger::node
