#pragma once

#include "ledger/chain/Genesis.h"
#include "ledger/service/PersonKeys.h"
#include "ledger/state/queries/ShellQueries.h"
#include "ui/common/AppContext.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace ui {

// Who is at the PC: pick a person of this organization whose key is on this
// PC, type their password; the key is decrypted off the UI thread. Accepted
// with person() filled; a wrong password says so and keeps the dialog open.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(ledger::service::LedgerService &ledger, QWidget *parent = nullptr);

    // Valid once the dialog was accepted.
    const SignedInPerson &person() const { return *m_person; }
    bool isLoaded() const { return m_loaded; }
    // Selects the first person for whom `wanted(roles)` holds; false if none.
    bool selectPerson(const std::function<bool(std::uint8_t roles)> &wanted);
    // For --as/--password and the screenshot tour: once loaded, select a
    // person with `role` (Staff: one who is not a secretary) and sign in.
    void signInAutomatically(ledger::chain::Role role, const QString &password);

Q_SIGNALS:
    void loaded(int people);

private:
    struct Candidate {
        ledger::state::PersonEntry person;
        ledger::service::PersonKeys::Entry keyFile;
    };
    void load();
    void showCandidates(std::vector<ledger::state::PersonEntry> people);
    void updateHint();
    void signIn();
    void setBusy(bool busy);

    ledger::service::LedgerService &m_ledger;
    QLabel *m_organization;
    QComboBox *m_personCombo;
    QLineEdit *m_passwordEdit;
    QLabel *m_hint;
    QLabel *m_error;
    QProgressBar *m_busy;
    QPushButton *m_signInButton;
    std::vector<Candidate> m_candidates;
    std::optional<SignedInPerson> m_person;
    bool m_loaded = false;
    std::function<void()> m_afterLoad;
};

} // namespace ui
