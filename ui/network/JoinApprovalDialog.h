#pragma once

#include "ledger/node/Invitation.h"
#include "ledger/service/LedgerService.h"
#include "ledger/state/queries/AuditQueries.h"
#include "ui/common/AppContext.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ui {

class OrgKindCombo;

// Approves a node's joining (docs/raft.md §Joining): from its join request
// (ledger/node/Invitation.h) or typed in, an OrgAdmitted transaction
// (ConsortiumPayloads.h) with the next organization number, its name, kind,
// node key and — from a v2 request — the node's address, Raft incarnation and
// role; or NodeAdded for another node (a kiosk) of an existing organization.
// Signed with the signed-in person's key. A party committee secretary's
// admission takes effect in its block; an administrator's waits for a
// secretary's approval (docs/permissions.md). A request that names the new
// organization's first administrator gets them enrolled (PersonEnrolled) by
// the party committee's secretary, right after the admission or, when the
// admission had to wait, by opening the same request again.
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
    // The loaded request's organization was admitted already; only its
    // administrator remains to be enrolled.
    bool enrolOnly() const;
    void enrolAdministrator(std::uint32_t orgId);

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
    std::optional<ledger::node::JoinRequest> m_request; // as loaded
    std::uint32_t m_admittedOrg = 0; // by this dialog's submission
    bool m_enrolling = false; // the PersonEnrolled is the submission shown
};

} // namespace ui
