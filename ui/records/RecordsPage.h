#pragma once

#include "ledger/chain/Types.h"
#include "ledger/service/LedgerService.h"
#include "ui/common/Page.h"
#include "ui/records/RecordDetailDialog.h"
#include "ui/records/RecordDraftStore.h"
#include "ui/records/RecordListModel.h"

#include <QPointer>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace ui {

class RecordEditorDialog;

// 治理记录: the governance records of every organization, filterable by kind,
// status, organization and text, sortable, paged lazily. The signed-in
// person's drafts (local to this PC) and submissions waiting in the outbox
// (待发送) are listed first. Opens the editor and the detail view, exports
// the filtered list to CSV and a published record's public notice to PDF or
// the printer.
class RecordsPage : public Page
{
    Q_OBJECT
public:
    explicit RecordsPage(AppContext &context, QWidget *parent = nullptr);
    ~RecordsPage() override;

    QString title() const override;
    QIcon icon() const override;
    // filter: {"status": int RecordStatus, "kind": int RecordKind}; a missing key
    // = all; an empty filter keeps the filters the person set.
    void activate(const QVariantMap &filter) override;
    QList<QPair<QString, QWidget *>> createTourDialogs() override;

    RecordListModel *model() const { return m_model; }
    // Writes the current filtered list (all matching rows) to `path`;
    // emits csvExported when done.
    void exportCsv(const QString &path);
    // Opens the editor for a new record (non-modal); returns it.
    RecordEditorDialog *newRecord();
    RecordDetailDialog *openRecord(const QByteArray &recordId);

Q_SIGNALS:
    void csvExported(qint64 rows, const QString &error);
    void localItemsChanged();

private:
    void buildUi();
    void applyFilter();
    void updateCount();
    void reloadLocalItems();
    void settleSubmittedDrafts(const std::vector<RecordDraft> &drafts,
                               const std::vector<ledger::service::Submission> &outbox);
    QString queuedActionText(ledger::chain::TxType type) const;
    void openRow(int row);
    void editDraft(const RecordDraft &draft);
    void editorFinished(RecordEditorDialog *editor, qint64 draftId);
    void submitDraft(qint64 draftId, const ledger::domain::RecordSubmitted &record);
    void detailAction(RecordDetailDialog *dialog, RecordDetailDialog::Action action);
    void amend(RecordDetailDialog *dialog);
    void noticeAction(RecordDetailDialog *dialog, bool pdf);
    void send(ledger::chain::TxType type, const QByteArray &payload, const QString &what,
              std::function<void(const ledger::service::Submission &)> onFinal = {});
    void showMessage(const QString &text, bool error = false);
    void onBlockCommitted();
    void loadOrganizations();
    QString attachmentRoot() const;
    RecordDraftStore *drafts();

    std::unique_ptr<RecordDraftStore> m_drafts;
    RecordListModel *m_model = nullptr;
    QHash<std::uint32_t, QString> m_organizations;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_org = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_deleteDraft = nullptr;
    QTimer *m_searchDelay = nullptr;
    QList<QPointer<RecordDetailDialog>> m_openDetails;
};

} // namespace ui
