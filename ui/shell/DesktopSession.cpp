#include "ui/shell/DesktopSession.h"

#include "ledger/service/LedgerService.h"
#include "ledger/service/NodeKeyStore.h"
#include "ui/common/HaltReason.h"
#include "ui/shell/IdleWatcher.h"
#include "ui/shell/JoinProgressDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/shell/SetupWizard.h"
#include "ui/shell/ShellSettings.h"
#include "ui/shell/SignInDialog.h"
#include "ui/shell/StatePreparation.h"

#include <QDir>
#include <QMessageBox>

using namespace ledger;

namespace ui {

DesktopSession::DesktopSession(SessionOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_idle(new IdleWatcher(this))
{
    m_idle->setTimeout(ShellSettings::autoLockMinutes());
    connect(m_idle, &IdleWatcher::idle, this, [this] {
        if (m_main)
            showSignIn(tr("Locked after %n minutes without activity.", nullptr,
                          ShellSettings::autoLockMinutes()));
    });
}

DesktopSession::~DesktopSession()
{
    // Windows refer to the service: close them before it stops.
    delete m_main;
    delete m_signIn;
    delete m_wizard;
    delete m_kiosk;
}

MainWindow *DesktopSession::mainWindow() const
{
    return m_main;
}

SignInDialog *DesktopSession::signInDialog() const
{
    return m_signIn;
}

SetupWizard *DesktopSession::wizard() const
{
    return m_wizard;
}

void DesktopSession::start()
{
    if (QFileInfo::exists(QDir(m_options.dataDir).filePath(QStringLiteral("node.json")))) {
        openLedger([this] {
            if (QFileInfo::exists(SetupWizard::pendingJoinFile(m_options.dataDir)))
                showJoinProgress();
            else
                showFirstScreen();
        });
        return;
    }
    m_wizard = new SetupWizard(m_options.dataDir);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &QWizard::finished, this, [this](int result) {
        const auto person = m_wizard ? m_wizard->person() : std::nullopt;
        if (result == QDialog::Accepted && m_wizard && m_wizard->joined()) {
            openLedger([this] { showJoinProgress(); });
            return;
        }
        if (result != QDialog::Accepted || !person) {
            Q_EMIT finished(0);
            return;
        }
        openLedger([this, admin = *person] { showMain(admin); });
    });
    m_wizard->show();
}

void DesktopSession::showFirstScreen()
{
    if (m_options.kiosk && m_kioskFactory)
        m_kiosk = m_kioskFactory(*m_ledger);
    else
        showSignIn();
}

void DesktopSession::showJoinProgress()
{
    auto *progress = new JoinProgressDialog(*m_ledger, m_options.dataDir);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(progress, &QDialog::finished, this, [this](int result) {
        if (result == QDialog::Accepted)
            showFirstScreen();
        else
            Q_EMIT finished(0);
    });
    progress->show();
    Q_EMIT joinProgressShown(progress);
}

void DesktopSession::openLedger(std::function<void()> then)
{
    // The state first, off the UI thread (a schema rebuild can take minutes).
    prepareLedgerState(m_options.dataDir, this,
                       [this, then = std::move(then)] { openPreparedLedger(then); });
}

void DesktopSession::openPreparedLedger(std::function<void()> then)
{
    const QString dir = m_options.dataDir;
    if (QFileInfo::exists(QDir(dir).filePath(QStringLiteral("node.key")))) {
        if (adopt(service::LedgerService::open(dir)))
            then();
        return;
    }
    const auto config = node::NodeConfig::load(QDir(dir).filePath(QStringLiteral("node.json")));
    if (!config) {
        adopt(core::fail(config.error()));
        return;
    }
    service::NodeKeyStore::load(
        dir, *config, this,
        [this, dir, then](core::Result<crypto::KeyPair> key, service::NodeKeyStore::Location) {
            if (!key) {
                adopt(core::fail(key.error()));
                return;
            }
            if (adopt(service::LedgerService::open(dir, *key)))
                then();
        });
}

bool DesktopSession::adopt(core::Result<std::unique_ptr<service::LedgerService>> opened)
{
    if (!opened) {
        const auto &e = opened.error();
        fail(tr("The ledger in %1 could not be opened: %2%3")
                 .arg(m_options.dataDir, e.detail,
                      e.file.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e.file)));
        return false;
    }
    m_ledger = std::move(*opened);
    connect(m_ledger.get(), &service::LedgerService::halted, this, [](const QString &reason) {
        // Not modal: the windows stay readable (the node stopped, the app did not).
        HaltReason::messageBox(reason)->show();
    });
    return true;
}

void DesktopSession::showSignIn(const QString &notice)
{
    closeMain();
    m_idle->stop();
    m_signIn = new SignInDialog(*m_ledger);
    m_signIn->setAttribute(Qt::WA_DeleteOnClose);
    if (!notice.isEmpty())
        m_signIn->setWindowTitle(notice);
    connect(m_signIn, &QDialog::finished, this, [this](int result) {
        if (result != QDialog::Accepted) {
            Q_EMIT finished(0);
            return;
        }
        showMain(m_signIn->person());
    });
    m_signIn->show();
    Q_EMIT signInShown(m_signIn);
    if (m_options.signInAs)
        m_signIn->signInAutomatically(*std::exchange(m_options.signInAs, std::nullopt),
                                      m_options.password);
}

void DesktopSession::showMain(SignedInPerson person)
{
    m_main = new MainWindow(*m_ledger, std::move(person));
    m_main->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_main, &MainWindow::signOutRequested, this, [this] { showSignIn(); });
    connect(m_main, &MainWindow::lockRequested, this, [this] { showSignIn(); });
    connect(m_main, &MainWindow::settingsRequested, this, &DesktopSession::showSettings);
    connect(m_main, &QObject::destroyed, this, [this] {
        // Closing the window (not signing out) ends the app.
        if (!m_signIn)
            Q_EMIT finished(0);
    });
    m_main->show();
    m_idle->setTimeout(ShellSettings::autoLockMinutes());
    Q_EMIT signedIn(m_main);
}

void DesktopSession::closeMain()
{
    if (!m_main)
        return;
    // The main window's key copy goes with it; the sign-in dialog takes over.
    MainWindow *main = m_main;
    m_main = nullptr;
    main->disconnect(this);
    main->close();
}

void DesktopSession::showSettings()
{
    SettingsDialog dialog(m_main);
    if (dialog.exec() == QDialog::Accepted)
        m_idle->setTimeout(ShellSettings::autoLockMinutes());
}

void DesktopSession::fail(const QString &message)
{
    qCritical("%s", qPrintable(message)); // also for runs nobody watches (screenshots)
    QMessageBox::critical(nullptr, tr("Gongzhi"), message);
    Q_EMIT finished(1);
}

} // namespace ui
