#pragma once

#include "ledger/state/queries/AuditQueries.h"
#include "ui/audit/TransactionListModel.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace ledger::service {
class LedgerService;
}

namespace ui {

// One transaction in readable form: who signed it and when, the block that
// holds it, its signature check, and its payload decoded field by field.
// "Export inclusion proof…" saves what `gongzhi-cli proof` prints.
class TransactionDetailDialog : public QDialog
{
    Q_OBJECT
public:
    TransactionDetailDialog(const TxEntry &entry, const BlockDetail &block,
                            const ledger::state::AuditNames &names,
                            ledger::service::LedgerService *ledger, QWidget *parent = nullptr);

    // Saves the proof to `path` (the button asks for the path first).
    void exportProof(const QString &path);

Q_SIGNALS:
    void proofSaved(bool ok, const QString &message);

private:
    void askAndExportProof();

    ledger::service::LedgerService *m_ledger;
    ledger::chain::TxId m_txId;
    QLabel *m_status = nullptr;
    QPushButton *m_proofButton = nullptr;
};

} // namespace ui
