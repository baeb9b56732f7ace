#pragma once

#include "ledger/chain/Genesis.h"
#include "ui/common/AppContext.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace ui {

class IdleWatcher;
class JoinProgressDialog;
class MainWindow;
class SetupWizard;
class SignInDialog;

struct SessionOptions {
    QString dataDir;
    bool kiosk = false;
    // Sign in without asking (--as/--password; the screenshot tour and scripts/demo).
    std::optional<ledger::chain::Role> signInAs;
    QString password;
};

// The desktop app's life at this PC: the first-run wizard when the data
// directory holds no node yet; otherwise the ledger service, then the
// sign-in dialog, the main window, locking (after inactivity or on request)
// and signing out back to the sign-in dialog; or the self-service kiosk.
class DesktopSession : public QObject
{
    Q_OBJECT
public:
    using KioskFactory = std::function<QWidget *(ledger::service::LedgerService &)>;

    explicit DesktopSession(SessionOptions options, QObject *parent = nullptr);
    ~DesktopSession() override;
    void setKioskFactory(KioskFactory factory) { m_kioskFactory = std::move(factory); }
    void start();
    // The kiosk's staff exit: back to the office sign-in.
    void leaveKiosk() { showSignIn(); }

    ledger::service::LedgerService *ledger() const { return m_ledger.get(); }
    MainWindow *mainWindow() const;
    SignInDialog *signInDialog() const;
    SetupWizard *wizard() const;
    IdleWatcher *idleWatcher() const { return m_idle; }

Q_SIGNALS:
    void signedIn(ui::MainWindow *window);
    void signInShown(ui::SignInDialog *dialog);
    // A PC that joined with an invitation shows where its joining stands first.
    void joinProgressShown(ui::JoinProgressDialog *dialog);
    // The app should quit with this code (wizard cancelled, ledger failed, ...).
    void finished(int exitCode);

private:
    // Opens the service (the node key from node.key or the system keychain), then `then`.
    void openLedger(std::function<void()> then);
    void openPreparedLedger(std::function<void()> then);
    bool adopt(ledger::core::Result<std::unique_ptr<ledger::service::LedgerService>> opened);
    void showSignIn(const QString &notice = {});
    void showFirstScreen(); // the kiosk or the sign-in, once the ledger is open
    void showJoinProgress();
    void showMain(SignedInPerson person);
    void closeMain();
    void showSettings();
    void fail(const QString &message);

    SessionOptions m_options;
    std::unique_ptr<ledger::service::LedgerService> m_ledger;
    QPointer<SetupWizard> m_wizard;
    QPointer<SignInDialog> m_signIn;
    QPointer<MainWindow> m_main;
    QPointer<QWidget> m_kiosk;
    IdleWatcher *m_idle;
    KioskFactory m_kioskFactory;
};

} // namespace ui
