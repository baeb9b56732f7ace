#include "ui/records/RecordDetailLoader.h"

#include "ledger/store/BlockStore.h"

using namespace ledger;

namespace ui {

RecordDetailData loadRecordDetail(const service::QueryContext &context, const QByteArray &recordId)
{
    RecordDetailData data;
    data.detail = state::recordDetail(context.state, recordId);
    if (auto names = state::organizationNames(context.state))
        data.organizations = std::move(*names);
    auto timeline = context.queries.timeline(recordId);
    if (!timeline) {
        data.error = timeline.error().detail;
        return data;
    }
    store::BlockStore &blocks = context.blocks; // only the reader thread uses it
    for (auto &entry : *timeline) {
        VerifiedStep step;
        const bool blockTime
            = entry.actor.isEmpty() || entry.actor.count('\0') == entry.actor.size();
        if (blockTime) {
            step.signature = VerifiedStep::Signature::BlockTime;
        } else if (auto id = chain::TxId::fromBytes(entry.txId)) {
            auto found = blocks.findTransaction(*id);
            if (!found)
                step.signature = VerifiedStep::Signature::Missing;
            else if (found->transaction.author().toByteArray() == entry.actor
                     && found->transaction.verifySignature())
                step.signature = VerifiedStep::Signature::Verified;
            else
                step.signature = VerifiedStep::Signature::Invalid;
        }
        step.entry = std::move(entry);
        data.steps.push_back(std::move(step));
    }
    return data;
}

} // namespace ui
