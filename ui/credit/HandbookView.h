#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace ui {

class CreditContext;
class HandbookDraftDialog;

// The scoring handbook in effect: categories, rules (points, monthly cap,
// evidence) and levels, and the way to prepare the next version.
// objectNames: handbookTitle, handbookRules, handbookLevels, prepareDraftButton.
class HandbookView : public QWidget
{
    Q_OBJECT
public:
    explicit HandbookView(CreditContext &credit, QWidget *parent = nullptr);
    void showHandbook();
    HandbookDraftDialog *createDraftDialog();

private:
    CreditContext &m_credit;
    QLabel *m_title;
    QTableWidget *m_rules;
    QTableWidget *m_levels;
};

} // namespace ui
