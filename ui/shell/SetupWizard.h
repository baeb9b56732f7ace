#pragma once

#include "ui/common/AppContext.h"
#include "ui/shell/ConsortiumSetup.h"

#include <QJsonObject>
#include <QWizard>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace ui {

// First run on a PC: found a new consortium (community, this organization,
// the first administrator and party secretary with their passwords; keys are
// made here) or join one with an invitation. Ends with the administrator
// signed in (person()) and the data directory ready to open.
class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageIds { StartPage, ConsortiumPage, PeoplePage, CreatePage, JoinPage };

    SetupWizard(const QString &dataDir, QWidget *parent = nullptr);

    QString dataDir() const { return m_dataDir; }
    // The administrator, once the consortium was founded.
    const std::optional<SignedInPerson> &person() const { return m_person; }
    int nextId() const override;

private:
    QWizardPage *makeStartPage();
    QWizardPage *makeConsortiumPage();
    QWizardPage *makePeoplePage();
    QWizardPage *makeCreatePage();
    QWizardPage *makeJoinPage();
    QString peopleProblem() const;
    ledger::service::ConsortiumRequest request() const;
    void startCreating();
    void openInvitation(const QString &path);
    void saveJoinRequest(const QString &path);

    QString m_dataDir;
    QRadioButton *m_create = nullptr;
    QLineEdit *m_community = nullptr;
    QLineEdit *m_organization = nullptr;
    QComboBox *m_kind = nullptr;
    QSpinBox *m_port = nullptr;
    QLabel *m_kindNote = nullptr;
    QLineEdit *m_adminName = nullptr;
    QLineEdit *m_adminPassword = nullptr;
    QLineEdit *m_adminConfirm = nullptr;
    QLineEdit *m_secretaryName = nullptr;
    QLineEdit *m_secretaryPassword = nullptr;
    QLineEdit *m_secretaryConfirm = nullptr;
    QLabel *m_peopleProblem = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_createStatus = nullptr;
    QLabel *m_keychain = nullptr;
    QLabel *m_invitationDetails = nullptr;
    QPushButton *m_joinRequestButton = nullptr;
    QJsonObject m_invitation; // as read, valid when not empty
    std::optional<SignedInPerson> m_person;
    bool m_creating = false;
};

} // namespace ui
