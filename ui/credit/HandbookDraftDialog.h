#pragma once

#include "ledger/domain/CreditPayloads.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace ui {

class CreditContext;

// Prepares the next version of the scoring handbook (计分标准手册): starts
// from the version in effect (or the saved draft), edits categories, rules
// and levels, keeps the draft on this PC (<dataDir>/drafts/handbook.json)
// until it is sent for approval; it takes effect only when a party committee
// secretary approves it. objectNames: draftTitleEdit, categoriesEdit,
// rulesEdit, levelsEdit, saveDraftButton, sendForApprovalButton, draftMessage.
class HandbookDraftDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HandbookDraftDialog(CreditContext &credit, QWidget *parent = nullptr);

    // The handbook the tables describe; an error names the first bad cell.
    ledger::core::Result<ledger::domain::ScoringHandbook> handbook() const;
    QString draftPath() const;
    bool saveDraft();
    bool send();

private:
    void fill(const ledger::domain::ScoringHandbook &h);
    bool loadDraft();

    CreditContext &m_credit;
    std::uint32_t m_version = 1;
    QLabel *m_versionLabel;
    QLineEdit *m_title;
    QTableWidget *m_categories;
    QTableWidget *m_rules;
    QTableWidget *m_levels;
    QLabel *m_message;
};

} // namespace ui
