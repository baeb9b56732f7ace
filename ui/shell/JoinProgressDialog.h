#pragma once

#include "ledger/node/Invitation.h"
#include "ledger/node/NodeStatus.h"

#include <QDialog>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ledger::service {
class LedgerService;
}

namespace ui {

// A PC that joined with an invitation (SetupWizard's join page) opens its
// node at once; the node dials the members and waits. This dialog shows, in
// plain words, where the joining stands, from the node's status and the
// ledger:
//   1. waiting for the members to admit this PC (the code to confirm);
//   2. admitted: copying the ledger (blocks so far, blocks per second);
//   3. the organization's first administrator waits to be enrolled;
//   4. ready — accepted: the app goes on to the sign-in.
// Closing it quits; the next start resumes here. The pending join is the
// file SetupWizard::pendingJoinFile(), removed once the join is complete.
class JoinProgressDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Stage { WaitingForAdmission, CopyingLedger, WaitingForAdministrator, Ready };

    JoinProgressDialog(ledger::service::LedgerService &ledger, QString dataDir,
                       QWidget *parent = nullptr);

    Stage stage() const { return m_stage; }
    // The join request this PC sent; nullopt if the file was unreadable.
    const std::optional<ledger::node::JoinRequest> &request() const { return m_request; }

private:
    void onStatus(const ledger::node::NodeStatus &status);
    void checkAdministrator();
    void setStage(Stage stage, const QString &text);
    void finish();

    ledger::service::LedgerService &m_ledger;
    QString m_dataDir;
    std::optional<ledger::node::JoinRequest> m_request;
    Stage m_stage = Stage::WaitingForAdmission;
    QLabel *m_title;
    QLabel *m_text;
    QProgressBar *m_progress;
    QPushButton *m_continue;
    std::uint64_t m_firstHeight = 0;
    qint64 m_firstMs = 0;
    std::uint64_t m_stableHeight = 0;
    int m_stableTicks = 0;
    bool m_checkingAdmin = false;
};

} // namespace ui
