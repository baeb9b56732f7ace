#pragma once

#include "ledger/service/LedgerService.h"
#include "ledger/state/queries/AuditQueries.h"
#include "ledger/state/queries/PeopleAdminQueries.h"
#include "ui/common/AppContext.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ui {

// One change to a current person, signed by the signed-in administrator or
// secretary: grant or revoke a role (RoleGranted/RoleRevoked; an
// administrator's change waits for a party committee secretary's approval,
// docs/permissions.md) or remove the person with a reason (PersonRemoved:
// their key can sign nothing afterwards). Shows the submission's stage.
class PersonChangeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { Roles, Remove };
    PersonChangeDialog(Kind kind, AppContext &context, const ledger::state::AuditNames &names,
                       const ledger::state::PersonRecord &person, QWidget *parent = nullptr);

    // Roles: choose "grant" or "revoke" `role`; false if that is not offered.
    bool chooseRoleChange(bool grant, ledger::chain::Role role);
    void setReason(const QString &reason);
    // Submits (the button does this); false with the reason shown if not valid.
    bool submit();
    std::optional<ledger::service::Submission> submission() const { return m_submission; }

Q_SIGNALS:
    void submissionChanged(const ledger::service::Submission &submission);

private:
    QString problem() const;
    void updateState();
    void onStage(const ledger::service::Submission &s);
    bool signerIsPartySecretary() const;

    Kind m_kind;
    AppContext &m_context;
    const ledger::state::AuditNames m_names;
    const ledger::state::PersonRecord m_person;
    QComboBox *m_change = nullptr; // Roles: data = role bits, negative = revoke
    QLineEdit *m_reason = nullptr; // Remove
    QLabel *m_hint;
    QLabel *m_stage;
    QPushButton *m_ok;
    std::optional<ledger::service::Submission> m_submission;
};

} // namespace ui
