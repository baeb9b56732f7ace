#pragma once

#include "ui/common/Page.h"

class QTabWidget;
class QTableView;
class QTimer;

namespace ui {

class BatchEntryDialog;
class CreditContext;
class HandbookView;
class LazyTableModel;
class PendingList;
class RankingView;
class ResidentDirectory;
class ScoreEntryDialog;
class StatementView;
class StoreView;

// 积分 Credit scores: score events (record one, batch entry for an activity's
// attendees), a resident's statement, rankings, the points store and the
// handbook. Everything loads on the ledger's reader thread and refreshes when
// a block commits. activate() accepts {"tab": "events" | "statement" |
// "ranking" | "store" | "handbook"}. objectNames: creditTabs, scoreEventsTable,
// recordScoreButton, batchEntryButton, exportEventsButton.
class CreditPage : public Page
{
    Q_OBJECT
public:
    explicit CreditPage(AppContext &context, QWidget *parent = nullptr);
    ~CreditPage() override;

    QString title() const override;
    QIcon icon() const override;
    void activate(const QVariantMap &filter) override;
    QList<QPair<QString, QWidget *>> createTourDialogs() override;

    ScoreEntryDialog *createScoreEntryDialog();
    BatchEntryDialog *createBatchEntryDialog();
    CreditContext &credit() const { return *m_credit; }
    StatementView *statementView() const { return m_statement; }
    StoreView *storeView() const { return m_store; }
    HandbookView *handbookView() const { return m_handbook; }
    LazyTableModel *eventsModel() const { return m_events; }
    bool isHandbookLoaded() const { return m_handbookLoaded; }

private:
    QWidget *buildEventsTab();
    void refresh();
    void loadHandbookAndOrgs();

    ResidentDirectory *m_residents;
    PendingList *m_pending;
    CreditContext *m_credit;
    QTabWidget *m_tabs;
    QTableView *m_eventsTable = nullptr;
    LazyTableModel *m_events = nullptr;
    StatementView *m_statement;
    RankingView *m_ranking;
    StoreView *m_store;
    HandbookView *m_handbook;
    QTimer *m_refreshTimer;
    bool m_handbookLoaded = false;
};

} // namespace ui
