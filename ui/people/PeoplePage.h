#pragma once

#include "ledger/state/queries/AuditQueries.h"
#include "ledger/state/queries/PeopleAdminQueries.h"
#include "ui/common/Page.h"

#include <QSet>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ui {

class PersonChangeDialog;
class PersonKeyDialog;

// 人员 People (administrators and secretaries): the persons on the ledger —
// name, organization, roles, since when, key fingerprint, whether their key
// file is on this PC (they can sign in here); removed ones greyed with the
// reason. Filtered by organization (default: the signed-in person's).
// Add a person, change roles, remove, and a new key for a forgotten password.
class PeoplePage : public Page
{
    Q_OBJECT
public:
    explicit PeoplePage(AppContext &context, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void activate(const QVariantMap &filter) override;
    QList<QPair<QString, QWidget *>> createTourDialogs() override;

    // Rows shown now, in table order.
    const std::vector<ledger::state::PersonRecord> &shown() const { return m_shown; }
    bool isLoaded() const { return m_loaded; }
    void selectRow(int row);
    // Organization filter: 0 = every organization.
    void setOrganizationFilter(std::uint32_t orgId);
    PersonKeyDialog *createAddDialog();
    // For the selected row; nullptr (with the reason on the page) if not possible.
    PersonKeyDialog *createNewKeyDialog();
    PersonChangeDialog *createRolesDialog();
    PersonChangeDialog *createRemoveDialog();

Q_SIGNALS:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void reload();
    void showRows();
    void updateButtons();
    std::optional<ledger::state::PersonRecord> selected() const;
    bool mayManage(const ledger::state::PersonRecord &person) const;
    bool signerIsPartySecretary() const;
    void openDialog(QDialog *dialog);

    QComboBox *m_orgFilter;
    QTableWidget *m_table;
    QLabel *m_message;
    QPushButton *m_add;
    QPushButton *m_roles;
    QPushButton *m_newKey;
    QPushButton *m_remove;
    std::vector<ledger::state::PersonRecord> m_all;
    std::vector<ledger::state::PersonRecord> m_shown;
    ledger::state::AuditNames m_names;
    QSet<ledger::crypto::PublicKey> m_onThisPc;
    bool m_loaded = false;
    bool m_inFlight = false;
    bool m_again = false;
};

} // namespace ui
