#pragma once

#include "ledger/service/LedgerService.h"
#include "ledger/state/queries/AuditQueries.h"
#include "ui/common/AppContext.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ui {

class OrgKindCombo;

// Approves an organization's joining: from its join request (Invitation.h)
// or typed in, an OrgAdmitted transaction (ConsortiumPayloads.h) with the
// next organization number, its name, kind and node key, signed with the
// signed-in person's key. A party committee secretary's admission takes
// effect in its block; an administrator's waits for a secretary's approval
// (docs/permissions.md).
class JoinApprovalDialog : public QDialog
{
    Q_OBJECT
public:
    JoinApprovalDialog(AppContext &context, const ledger::state::AuditNames &names,
                       QWidget *parent = nullptr);

    // Fills the form from a join request file; false (with the reason shown) if unusable.
    bool loadJoinRequest(const QString &path);
    // Submits the admission (the button does this); false if the form is not valid.
    bool admit();
    // The submission's last reported stage, if any.
    std::optional<ledger::service::Submission> submission() const { return m_submission; }

Q_SIGNALS:
    void submissionChanged(const ledger::service::Submission &submission);

private:
    // Empty when the form can be submitted, else why not (translated).
    QString problem() const;
    void updateSummary();
    void showStage(const ledger::service::Submission &s);
    bool signerIsPartySecretary() const;

    AppContext &m_context;
    const ledger::state::AuditNames m_names;
    QLineEdit *m_name;
    OrgKindCombo *m_kind;
    QLineEdit *m_nodeKey;
    QLabel *m_code;
    QLabel *m_summary;
    QLabel *m_stage;
    QPushButton *m_admit;
    std::optional<ledger::service::Submission> m_submission;
};

} // namespace ui
