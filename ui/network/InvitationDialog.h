#pragma once

#include "ledger/node/NodeConfig.h"
#include "ledger/state/queries/AuditQueries.h"
#include "ui/common/AppContext.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ui {

class OrgKindCombo;

// Invites an organization into the consortium — or a kiosk PC of this
// organization, which keeps a copy of the ledger and never votes: the
// invitation file (ledger/node/Invitation.h, v2) carries this consortium's
// identity and first block, the addresses of its nodes, a one-time token and
// a short code shown here to read out on the phone. The join request made
// from it comes back to JoinApprovalDialog.
class InvitationDialog : public QDialog
{
    Q_OBJECT
public:
    InvitationDialog(AppContext &context, const ledger::state::AuditNames &names, QString community,
                     QWidget *parent = nullptr);

    // Writes the invitation to `path` (the button asks for the path first);
    // true on success, with the code shown.
    // False until the consortium's first block was read (off the UI thread).
    bool createInvitation(const QString &path);
    QString code() const { return m_code; }
    bool isReady() const { return !m_genesis.isEmpty(); }

    // The current voting members' node addresses on the ledger
    // (node_endpoints), for the invitation's peers. Reader thread.
    static std::vector<ledger::node::PeerAddress>
    ledgerPeers(const ledger::state::StateMachine &state);

private:
    void askAndCreate();
    void updateButton();

    AppContext &m_context;
    const ledger::state::AuditNames m_names;
    QString m_community;
    QString m_code;
    QLineEdit *m_name;
    OrgKindCombo *m_kind;
    QCheckBox *m_kiosk;
    QByteArray m_genesis; // block 0, encoded
    // The other members' nodes the ledger knows an address of (joined with
    // OrgAdmitted v2 or NodeAdded), so a later joiner can reach each one.
    std::vector<ledger::node::PeerAddress> m_ledgerPeers;
    QPushButton *m_create;
    QLabel *m_codeLabel;
    QLabel *m_result;
};

} // namespace ui
