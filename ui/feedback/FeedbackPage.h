#pragma once

#include "ledger/domain/FeedbackPayloads.h"
#include "ui/common/Page.h"

#include <map>

class QCheckBox;
class QComboBox;
class QTableView;
class QTimer;
class QLabel;

namespace ui {

class FeedbackDetailDialog;
class FeedbackIntakeDialog;
class LazyTableModel;
class PendingList;
class ResidentDirectory;

// 意见箱 Feedback inbox: this organization's inbox, every public item, or
// the escalated ones; deadlines coloured (due soon, overdue) with a legend;
// detail with thread and timeline; intake on a resident's behalf; CSV.
// activate() accepts {"overdue": true} and {"status": int FeedbackStatus}.
// Badge: items with this organization that wait for an answer or are overdue.
// objectNames: scopeCombo, statusCombo, overdueCheck, feedbackTable,
// openFeedbackButton, intakeButton, exportFeedbackButton.
class FeedbackPage : public Page
{
    Q_OBJECT
public:
    enum Scope { OurInbox, AllPublic, Escalated };

    explicit FeedbackPage(AppContext &context, QWidget *parent = nullptr);
    ~FeedbackPage() override;

    QString title() const override;
    QIcon icon() const override;
    void activate(const QVariantMap &filter) override;
    QList<QPair<QString, QWidget *>> createTourDialogs() override;

    FeedbackDetailDialog *createDetailDialog(const QByteArray &feedbackId);
    FeedbackIntakeDialog *createIntakeDialog();
    LazyTableModel *model() const { return m_model; }
    PendingList *pending() const { return m_pending; }
    bool isReady() const { return m_ready; }

private:
    void loadReferenceData();
    void reload();
    void updateBadge();
    void openSelected();

    ResidentDirectory *m_residents;
    PendingList *m_pending;
    QComboBox *m_scope;
    QComboBox *m_status;
    QCheckBox *m_overdue;
    QTableView *m_table;
    LazyTableModel *m_model;
    QTimer *m_refreshTimer;
    QLabel *m_emptyHint; // says why the list is empty and where to look instead
    std::map<std::uint32_t, QString> m_orgNames;
    std::map<QString, QString> m_categoryNames;
    std::vector<ledger::domain::FeedbackCategory> m_categories;
    bool m_ready = false;
};

} // namespace ui
