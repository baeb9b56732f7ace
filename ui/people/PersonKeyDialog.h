#pragma once

#include "ledger/service/LedgerService.h"
#include "ledger/state/queries/AuditQueries.h"
#include "ledger/state/queries/PeopleAdminQueries.h"
#include "ui/common/AppContext.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace ui {

// Makes a signing key at this PC, protected by its person's own password
// (typed twice by them), and puts it on the ledger, signed by the signed-in
// administrator or secretary:
// - enrol: a new person (PersonEnrolled) with name, organization and roles;
// - new key: for a person who forgot their password (PersonKeyRotated,
//   which their organization's administrator or secretary may sign;
//   docs/permissions.md scope rule 4). Name, organization and roles stay.
// The key file is written on a worker thread (Argon2id takes about a second)
// and deleted again if the ledger rejects the submission, so no account is
// left on this PC that cannot sign. After a new key is applied the old key's
// file is deleted: that key can sign nothing any more.
class PersonKeyDialog : public QDialog
{
    Q_OBJECT
public:
    // Enrol a new person.
    PersonKeyDialog(AppContext &context, const ledger::state::AuditNames &names,
                    QWidget *parent = nullptr);
    // A new key for `person` (a current person).
    PersonKeyDialog(AppContext &context, const ledger::state::AuditNames &names,
                    const ledger::state::PersonRecord &person, QWidget *parent = nullptr);

    // For tests and the screenshot tour: fill the form.
    void fill(const QString &name, std::uint8_t roles, const QString &password);
    void setOrganization(std::uint32_t orgId);
    // Starts (the OK button does this); false with the reason shown if the form is not valid.
    bool start();
    // The new key, once made.
    std::optional<ledger::crypto::PublicKey> newKey() const;
    std::optional<ledger::service::Submission> submission() const { return m_submission; }

Q_SIGNALS:
    void submissionChanged(const ledger::service::Submission &submission);

private:
    void buildUi();
    QString problem() const;
    void updateState();
    void onSaved(const ledger::core::Status &saved);
    void onStage(const ledger::service::Submission &s);
    std::uint8_t checkedRoles() const;
    bool signerIsPartySecretary() const;
    QString keyFilePath(const ledger::crypto::PublicKey &key) const;

    AppContext &m_context;
    const ledger::state::AuditNames m_names;
    std::optional<ledger::state::PersonRecord> m_replacing; // new-key mode
    QLineEdit *m_name = nullptr;
    QComboBox *m_org = nullptr;
    std::vector<QCheckBox *> m_roles;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_hint = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_stage = nullptr;
    QPushButton *m_ok = nullptr;
    std::optional<ledger::crypto::KeyPair> m_key;
    bool m_started = false;
    std::optional<ledger::service::Submission> m_submission;
};

} // namespace ui
