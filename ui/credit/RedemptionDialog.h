#pragma once

#include "ledger/state/queries/CreditQueries.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace ui {

class CreditContext;
class ResidentPicker;

// Redeems points for store items (积分兑换). Before anything is signed the
// resident's balance is read again from the ledger; a redemption that would
// make it negative is refused here with a clear message (the node would
// refuse it too, but only after the resident has left the desk).
// objectNames: itemCombo, quantitySpin, balanceLabel, redemptionMessage, redeemButton.
class RedemptionDialog : public QDialog
{
    Q_OBJECT
public:
    RedemptionDialog(CreditContext &credit, std::vector<ledger::state::StoreItemRow> items,
                     QWidget *parent = nullptr);
    ResidentPicker *picker() const { return m_picker; }
    QString message() const;
    // Checks the balance (asynchronously), then submits or refuses; emits checked().
    void submit();

Q_SIGNALS:
    void checked(bool submitted);

private:
    void updateCost();
    void showBalance();

    CreditContext &m_credit;
    std::vector<ledger::state::StoreItemRow> m_items;
    ResidentPicker *m_picker;
    QComboBox *m_item;
    QSpinBox *m_quantity;
    QLabel *m_cost;
    QLabel *m_balance;
    QLabel *m_message;
    QPushButton *m_redeem;
};

} // namespace ui
