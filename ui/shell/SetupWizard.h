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

namespace ledger::net {
class DeskClient;
}
namespace ledger::node {
struct Invitation;
}

namespace ui {

// First run on a PC: found a new consortium (community, this organization,
// the first administrator and party secretary with their passwords; keys are
// made here) or join one with an invitation: a file, or a code fetched from the
// inviting PC's invitation desk (docs/transport.md §Invitation desk). Ends with the administrator
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
    // True once this PC was prepared from an invitation: the app opens the
    // node, which waits for the members to admit it (JoinProgressDialog).
    bool joined() const { return m_joined; }
    // The file (in the data folder) that marks a join still in progress.
    static QString pendingJoinFile(const QString &dataDir);
    // The join page's buttons after their file dialogs (public for tests):
    // show an invitation; prepare this PC and write the join request.
    void openInvitation(const QString &path);
    // `path` empty: the invitation was fetched with a code, so the request
    // is delivered to the inviting PC instead of saved (a copy stays in the
    // data folder; saving it to a file is offered if delivery fails).
    void saveJoinRequest(const QString &path);
    // The fetch button: asks the inviting PC (address and code fields) for
    // the invitation, without waiting on the UI thread.
    void fetchInvitation();
    // True once the inviting PC stored the delivered join request.
    bool joinRequestDelivered() const { return m_delivered; }
    // Empty when the join page's fields are complete, else why not (translated).
    QString joinProblem() const;
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
    void joinFailed(const QString &why);
    QWidget *makeFetchBox(QWidget *parent);
    void showInvitation(const ledger::node::Invitation &inv, const QJsonObject &json);
    void onFetched();
    void deliverJoinRequest();
    void onDelivered();
    void saveRequestCopy(const QString &path);
    void setFetchStatus(const QString &html);

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
    QWidget *m_joinForm = nullptr;
    QLineEdit *m_joinAddress = nullptr;
    QWidget *m_joinAdminBox = nullptr;
    QLineEdit *m_joinAdminName = nullptr;
    QLineEdit *m_joinAdminPassword = nullptr;
    QLineEdit *m_joinAdminConfirm = nullptr;
    QLabel *m_joinStatus = nullptr;
    QPushButton *m_joinRequestButton = nullptr;
    QWidget *m_fetchBox = nullptr; // hidden once this PC is prepared
    QLineEdit *m_inviterAddress = nullptr;
    QLineEdit *m_inviteCode = nullptr;
    QPushButton *m_fetchButton = nullptr;
    QLabel *m_fetchStatus = nullptr;
    QLabel *m_deliveryStatus = nullptr;
    QPushButton *m_retryDelivery = nullptr;
    QPushButton *m_saveRequestFile = nullptr;
    ledger::net::DeskClient *m_desk = nullptr;
    QString m_deskFrom; // "HOST:PORT" the invitation was fetched from; empty for a file
    QString m_deskCode; // its code, canonical
    QString m_deskAsking; // the code being fetched now
    bool m_delivered = false;
    QJsonObject m_invitation; // as read, valid when not empty
    bool m_joining = false; // saving the request (keys, ledger) now
    bool m_joined = false; // this PC is prepared and waits for admission
    std::optional<SignedInPerson> m_person;
    bool m_creating = false;
};

} // namespace ui
