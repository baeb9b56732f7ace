#pragma once

#include "ledger/chain/TxType.h"
#include "ledger/state/queries/ApprovalQueries.h"
#include "ui/common/Page.h"

#include <QHash>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace ui {

class ApprovalDialog;
class ApprovalQueueModel;

// 审批: the items waiting for the signed-in secretary (held transactions and
// submitted records in their scope), reviewed one at a time or approved in a
// batch in ApprovalDialog; each decision is a transaction signed with the
// secretary's own key. Badge = items waiting.
class ApprovalsPage : public Page
{
    Q_OBJECT
public:
    explicit ApprovalsPage(AppContext &context, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void activate(const QVariantMap &filter) override;
    QList<QPair<QString, QWidget *>> createTourDialogs() override;

    ApprovalQueueModel *model() const { return m_model; }
    // Opens the dialog for the given rows (non-modal); nullptr if none.
    ApprovalDialog *review(const QList<int> &rows);

private:
    void refresh();
    void updateBadge();
    void decide(ApprovalDialog *dialog, bool approve);
    void send(const ledger::state::ApprovalItem &item, ledger::chain::TxType type,
              const QByteArray &payload, std::function<void()> afterApplied = {});
    void showMessage(const QString &text, bool error = false);
    QList<int> selectedRows() const;

    ApprovalQueueModel *m_model = nullptr;
    QHash<std::uint32_t, QString> m_organizations;
    ledger::state::Approver m_approver;
    // The newest record shown as an example in the tour when nothing waits.
    std::optional<ledger::state::ApprovalItem> m_tourSample;
    QTableView *m_table = nullptr;
    QPushButton *m_review = nullptr;
    QPushButton *m_batch = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace ui
