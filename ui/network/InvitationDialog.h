#pragma once

#include "ledger/state/queries/AuditQueries.h"
#include "ui/common/AppContext.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ui {

class OrgKindCombo;

// Invites an organization into the consortium: its name and kind go into an
// invitation file (Invitation.h) with this consortium's identity and the
// addresses of its nodes, and a short code is shown to read out on the
// phone. Its join request comes back to JoinApprovalDialog.
class InvitationDialog : public QDialog
{
    Q_OBJECT
public:
    InvitationDialog(AppContext &context, const ledger::state::AuditNames &names, QString community,
                     QWidget *parent = nullptr);

    // Writes the invitation to `path` (the button asks for the path first);
    // true on success, with the code shown.
    bool createInvitation(const QString &path);
    QString code() const { return m_code; }

private:
    void askAndCreate();
    void updateButton();

    AppContext &m_context;
    const ledger::state::AuditNames m_names;
    QString m_community;
    QString m_code;
    QLineEdit *m_name;
    OrgKindCombo *m_kind;
    QPushButton *m_create;
    QLabel *m_codeLabel;
    QLabel *m_result;
};

} // namespace ui
