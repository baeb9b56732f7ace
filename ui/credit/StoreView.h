#pragma once

#include "ledger/state/queries/CreditQueries.h"

#include <QWidget>

class QTableView;
class QTableWidget;

namespace ui {

class CreditContext;
class LazyTableModel;
class RedemptionDialog;

// The points store (积分超市): items with their cost, listing or delisting an
// item, redemptions (newest first, lazily loaded). objectNames: storeItemsTable,
// redeemButton, listItemButton, redemptionsTable, exportRedemptionsButton.
class StoreView : public QWidget
{
    Q_OBJECT
public:
    explicit StoreView(CreditContext &credit, QWidget *parent = nullptr);
    void reload();
    const std::vector<ledger::state::StoreItemRow> &items() const { return m_items; }
    RedemptionDialog *createRedemptionDialog();

private:
    void listItem();

    CreditContext &m_credit;
    QTableWidget *m_itemsTable;
    QTableView *m_redemptionsTable;
    LazyTableModel *m_redemptions;
    std::vector<ledger::state::StoreItemRow> m_items;
};

} // namespace ui
