#pragma once

#include "ledger/service/LedgerService.h"

#include <QCoreApplication>

class QLabel;

namespace ui {

// How the people dialogs show where a submission is (the convention of
// ui/network/JoinApprovalDialog): queued 待发送 in amber, applied in green,
// held for approval, rejected in red with the reason.
class SubmissionStage
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionStage)
public:
    // `applied` is the sentence for success, e.g. "✓ Enrolled in block %1."
    // (with %1 for the block).
    static void show(QLabel *label, const ledger::service::Submission &s, const QString &applied);
    // A Queued submission as submit() returns it, to show before the first report.
    static ledger::service::Submission queued(const ledger::chain::TxId &id,
                                              ledger::chain::TxType type);
};

} // namespace ui
