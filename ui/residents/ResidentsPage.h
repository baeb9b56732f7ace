#pragma once

#include "ledger/state/ResidentRegistry.h"
#include "ui/common/Page.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace ui {

class PendingList;
class RegisterResidentDialog;
class RegistryHost;
class ResidentListModel;

// 居民 Residents: this organization's resident registry for its staff,
// secretary and administrator. The list joins the ledger's view of each
// resident (number, masked name if consented, balance, enrolment date) with
// the name from the local registry; search by name, phone or resident number,
// or an exact ID number (the registry's blind index). Register a resident
// (then ResidentEnrolled, and ResidentConsentSet with consent, signed by the
// signed-in person, and a printable slip with code and PIN); change a PIN or
// the consent; remove a resident who moved away from the registry (the
// ledger's pseudonymous history stays). The resident code is shown only on
// the slip: the registry keeps just its keyed hash.
// A warning says where the registry key is kept when it is not in the
// system keychain. objectNames: residentsTable, residentSearchEdit,
// registerResidentButton, changePinButton, consentButton, removeResidentButton,
// exportResidentsButton, registryKeyButton, registryWarningLabel,
// residentCountLabel, pendingList.
class ResidentsPage : public Page
{
    Q_OBJECT
public:
    explicit ResidentsPage(AppContext &context, QWidget *parent = nullptr);
    ~ResidentsPage() override;

    QString title() const override;
    QIcon icon() const override;
    void activate(const QVariantMap &filter) override;
    QList<QPair<QString, QWidget *>> createTourDialogs() override;

    RegisterResidentDialog *createRegisterDialog();
    RegistryHost *registry() const { return m_registry; }
    ResidentListModel *model() const { return m_model; }
    PendingList *pending() const { return m_pending; }
    // Names only (this organization's staff may see them), never the ID
    // number or phone (docs/privacy.md): resident number, name, masked name,
    // balance, registration date. Synchronous: the rows are in memory.
    ledger::core::Status exportCsv(const QString &path) const;
    // Without asking: the page's confirmation dialog calls it.
    void removeFromRegistry(const QByteArray &pseudonym);
    void setConsent(const QByteArray &pseudonym, bool consent);

Q_SIGNALS:
    void residentRegistered(const QByteArray &pseudonym);
    void residentRemoved(const QByteArray &pseudonym);
    void listLoaded();

private:
    void reload();
    void loadNames();
    void search();
    void updateState();
    void enrol(RegisterResidentDialog *dialog);
    void setUpKey();
    QByteArray selectedPseudonym() const;
    void changePinOfSelected();
    void changeConsentOfSelected();
    void removeSelected();
    void exportWithDialog();

    RegistryHost *m_registry;
    ResidentListModel *m_model;
    PendingList *m_pending;
    QLabel *m_warning;
    QPushButton *m_keyButton;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_count;
    QPushButton *m_register;
    QPushButton *m_changePin;
    QPushButton *m_consent;
    QPushButton *m_remove;
    QPushButton *m_export;
    QTimer *m_refreshTimer;
    QString m_community;
    bool m_loadingNames = false;
};

} // namespace ui
