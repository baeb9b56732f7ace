#pragma once

#include <QWidget>

class QComboBox;
class QTableView;

namespace ui {

class CreditContext;
class LazyTableModel;

// Rankings (积分榜) by month, year or all time, with each resident's level.
// Residents appear by masked name (with consent) or by number, as on the
// kiosk. objectNames: periodKindCombo, periodCombo, rankingTable, exportRankingButton.
class RankingView : public QWidget
{
    Q_OBJECT
public:
    explicit RankingView(CreditContext &credit, QWidget *parent = nullptr);
    void reload();
    LazyTableModel *model() const { return m_model; }
    int period() const; // yyyymm, yyyy or 0

private:
    void fillPeriods();

    CreditContext &m_credit;
    QComboBox *m_kind;
    QComboBox *m_period;
    QTableView *m_table;
    LazyTableModel *m_model;
};

} // namespace ui
