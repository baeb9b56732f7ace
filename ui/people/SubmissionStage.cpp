#include "ui/people/SubmissionStage.h"

#include <QLabel>

using ledger::service::Submission;

namespace ui {

void SubmissionStage::show(QLabel *label, const Submission &s, const QString &applied)
{
    QString text;
    QString style;
    switch (s.stage) {
    case Submission::Stage::Queued:
        text = tr("Queued: signed and saved on this PC; it is sent when enough members "
                  "are online.");
        style = QStringLiteral("color: #8a6d00");
        break;
    case Submission::Stage::Sent: text = tr("Sent: waiting for the members to record it."); break;
    case Submission::Stage::Applied:
        text = applied.arg(s.height);
        style = QStringLiteral("color: #1b7f3b; font-weight: bold");
        break;
    case Submission::Stage::HeldForApproval:
        text = tr("Recorded in block %1; it takes effect once a secretary approves it.")
                   .arg(s.height);
        style = QStringLiteral("color: #8a6d00");
        break;
    case Submission::Stage::Rejected:
        text = tr("✗ Rejected: %1").arg(s.reason);
        style = QStringLiteral("color: #c62828");
        break;
    }
    label->setText(text);
    label->setStyleSheet(style);
}

Submission SubmissionStage::queued(const ledger::chain::TxId &id, ledger::chain::TxType type)
{
    Submission s;
    s.txId = id;
    s.type = type;
    s.stage = Submission::Stage::Queued;
    return s;
}

} // namespace ui
