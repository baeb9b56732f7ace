#pragma once

#include "ledger/state/queries/AuditQueries.h"
#include "ui/common/Page.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ui {

class BlockListModel;
class JobProgressDialog;
class TransactionDetailDialog;
class TransactionListModel;

// 审计 Audit: the chain explorer (blocks, a block's transactions, a
// transaction's decoded payload and signature check), "verify the whole
// chain", inclusion proofs and the chain export an outside auditor checks
// with `gongzhi-cli`, and the block list as CSV.
// activate() filter: "tx" (64 hex digits) opens that transaction or record.
class AuditPage : public Page
{
    Q_OBJECT
public:
    explicit AuditPage(AppContext &context, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void activate(const QVariantMap &filter) override;
    QList<QPair<QString, QWidget *>> createTourDialogs() override;

    BlockListModel *blockModel() const { return m_blocks; }
    TransactionListModel *transactionModel() const { return m_transactions; }

    // What the buttons do once they have a path; each returns its progress
    // dialog, not yet shown, its job running.
    JobProgressDialog *startVerification();
    JobProgressDialog *startChainExport(const QString &path);
    JobProgressDialog *startBlockCsvExport(const QString &path);
    // Finds a transaction (or record) by id anywhere on the chain and opens it.
    void findTransaction(const QString &hexId);
    // The detail dialog of row `row` of the transaction list, not yet shown.
    TransactionDetailDialog *createDetailDialog(int row);

Q_SIGNALS:
    void blockShown(quint64 height); // the transaction list now shows this block
    void transactionOpened(TransactionDetailDialog *dialog);
    void searchFailed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void ensureLoaded();
    void reloadNames();
    void showBlock(std::uint64_t height);
    void onBlockSelected();
    void openSelectedTransaction();
    void exportSelectedProof();
    void askAndExportChain();
    void askAndExportCsv();
    void runDialog(JobProgressDialog *dialog);
    QString ledgerPath() const;
    void showMessage(const QString &text, bool error);

    BlockListModel *m_blocks = nullptr;
    TransactionListModel *m_transactions = nullptr;
    ledger::state::AuditNames m_names;
    bool m_followMembership = true; // until the state says the founders never changed
    bool m_loaded = false;
    bool m_namesInFlight = false;
    bool m_namesStale = false;
    quint64 m_blockRequest = 0;
    QTableView *m_blockView = nullptr;
    QTableView *m_txView = nullptr;
    QLabel *m_blockHeader = nullptr;
    QLabel *m_message = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_detailsButton = nullptr;
    QPushButton *m_proofButton = nullptr;
};

} // namespace ui
