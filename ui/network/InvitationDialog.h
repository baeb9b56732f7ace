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
// invitation (ledger/node/Invitation.h, v2) carries this consortium's
// identity and first block, the addresses of its nodes, a one-time token and
// a short code shown here to read out on the phone. The new PC fetches it from
// this node's invitation desk with the code and this PC's address, or opens it
// as a file. The join request made
// from it comes back to JoinApprovalDialog.
class InvitationDialog : public QDialog
{
    Q_OBJECT
public:
    InvitationDialog(AppContext &context, const ledger::state::AuditNames &names, QString community,
                     QWidget *parent = nullptr);

    // Writes the invitation to `path` (the file button asks for the path
    // first; empty: no file, the new PC fetches it with the code) and keeps a
    // copy in DATA_DIR/invitations/CODE.json for the invitation desk and the
    // approval; true on success, with the code, this PC's address and the
    // consortium fingerprint shown.
    // False until the consortium's first block was read (off the UI thread).
    bool createInvitation(const QString &path);
    QString code() const { return m_code; }
    // "HOST:PORT" the new PC fetches the invitation from (after creation).
    QString deskAddress() const { return m_address; }
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
    QPushButton *m_createCode;
    QLabel *m_codeLabel;
    QLabel *m_result;
    QLabel *m_deskInfo;
    QString m_address;
};

} // namespace ui
