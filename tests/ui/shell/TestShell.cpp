#include "ledger/chain/Genesis.h"
#include "tests/support/TempDir.h"
#include "tests/ui/shell/DemoLedger.h"
#include "ui/common/Page.h"
#include "ui/overview/OverviewPage.h"
#include "ui/overview/OverviewTile.h"
#include "ui/shell/DesktopSession.h"
#include "ui/shell/IdleWatcher.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/PageCatalog.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/shell/SetupWizard.h"
#include "ui/shell/ShellSettings.h"
#include "ui/shell/Sidebar.h"
#include "ui/shell/SignInDialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace ledger;

namespace {
// The other areas' pages are built by other libraries; here a page that
// records how it was activated stands in for each of them.
class RecordingPage : public ui::Page
{
public:
    RecordingPage(ui::PageId id, ui::AppContext &context, QWidget *parent)
        : ui::Page(context, parent)
        , m_id(id)
    {
    }
    QString title() const override { return ui::PageCatalog::slug(m_id); }
    QIcon icon() const override { return QIcon(); }
    void activate(const QVariantMap &filter) override { lastFilter = filter; }
    QVariantMap lastFilter;

private:
    ui::PageId m_id;
};

QStringList sidebarPages(ui::MainWindow *window)
{
    QStringList names;
    for (const auto &[id, page] : window->pages())
        names << ui::PageCatalog::slug(id);
    return names;
}

constexpr const char *AdminPassword = "admin-pass-1";
constexpr const char *SecretaryPassword = "secretary-pass-2";
} // namespace

class TestShell : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pageCatalog_followsRoles();
    void settingsDialog_savesChoices();
    void setupWizard_foundsConsortium_endsSignedIn();
    void signIn_wrongThenRightPassword_secretarySeesApprovals();
    void demoStaff_seesNoApprovals_tileNavigates_autoLocks();

private:
    static void click(QWidget *root, const char *name);
    tests::TempDir m_founded;
    tests::TempDir m_demo;
};

void TestShell::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ui::ShellSettings::setAutoLockMinutes(10);
    ui::ShellSettings::setKioskAtStart(false);
    ui::PageCatalog::setFactory(
        [](ui::PageId id, ui::AppContext &c, QWidget *parent) -> ui::Page * {
            if (id == ui::PageId::Overview)
                return new ui::OverviewPage(c, parent);
            return new RecordingPage(id, c, parent);
        });
    const QString failure = tests::makeDemoLedger(m_demo.path());
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestShell::click(QWidget *root, const char *name)
{
    auto *button = root->findChild<QAbstractButton *>(QLatin1String(name));
    if (!button)
        qFatal("no button %s", name);
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestShell::pageCatalog_followsRoles()
{
    using ui::PageId;
    const auto staff = ui::PageCatalog::visiblePages(std::uint8_t(chain::Role::Staff));
    QCOMPARE(staff,
             (std::vector<PageId> { PageId::Overview, PageId::Records, PageId::Credit,
                                    PageId::Feedback, PageId::Residents, PageId::Network }));
    const auto secretary = ui::PageCatalog::visiblePages(std::uint8_t(chain::Role::Secretary));
    QCOMPARE(secretary,
             (std::vector<PageId> { PageId::Overview, PageId::Records, PageId::Credit,
                                    PageId::Feedback, PageId::Residents, PageId::Approvals,
                                    PageId::Network, PageId::Audit, PageId::People }));
    const auto admin = ui::PageCatalog::visiblePages(std::uint8_t(chain::Role::Admin));
    QCOMPARE(admin,
             (std::vector<PageId> { PageId::Overview, PageId::Residents, PageId::Network,
                                    PageId::Audit, PageId::People }));
    // The registry holds personal data: not for auditors.
    const auto auditor = ui::PageCatalog::visiblePages(std::uint8_t(chain::Role::Auditor));
    QVERIFY(std::find(auditor.begin(), auditor.end(), PageId::Residents) == auditor.end());
}

void TestShell::settingsDialog_savesChoices()
{
    ui::SettingsDialog dialog;
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    auto *notice = dialog.findChild<QLabel *>(QStringLiteral("restartNotice"));
    dialog.show();
    QVERIFY(!notice->isVisible());
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    QVERIFY(notice->isVisible()); // the new language needs a restart
    dialog.findChild<QSpinBox *>(QStringLiteral("autoLockSpin"))->setValue(25);
    dialog.findChild<QCheckBox *>(QStringLiteral("kioskCheck"))->setChecked(true);
    dialog.accept();
    QCOMPARE(ui::ShellSettings::language(), QStringLiteral("en"));
    QCOMPARE(ui::ShellSettings::autoLockMinutes(), 25);
    QVERIFY(ui::ShellSettings::kioskAtStart());
    ui::ShellSettings::setLanguage(QString());
    ui::ShellSettings::setAutoLockMinutes(10);
    ui::ShellSettings::setKioskAtStart(false);
}

void TestShell::setupWizard_foundsConsortium_endsSignedIn()
{
    ui::SessionOptions options;
    options.dataDir = m_founded.file(QStringLiteral("node"));
    ui::DesktopSession session(options);
    session.start();
    ui::SetupWizard *wizard = session.wizard();
    QVERIFY(wizard && wizard->isVisible());
    QVERIFY(!session.mainWindow());
    QAbstractButton *next = wizard->button(QWizard::NextButton);

    QTest::mouseClick(next, Qt::LeftButton); // "found a new consortium" is preselected
    QCOMPARE(wizard->currentId(), int(ui::SetupWizard::ConsortiumPage));
    QVERIFY(!next->isEnabled());
    QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("communityEdit")),
                     QStringLiteral("Xingfuli Community"));
    QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("organizationEdit")),
                     QStringLiteral("Xingfuli Party Committee"));
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);

    QCOMPARE(wizard->currentId(), int(ui::SetupWizard::PeoplePage));
    auto type = [&](const char *name, const char *text) {
        QTest::keyClicks(wizard->findChild<QLineEdit *>(QLatin1String(name)),
                         QString::fromLatin1(text));
    };
    type("adminNameEdit", "Zhang Wei");
    type("adminPasswordEdit", AdminPassword);
    type("adminConfirmEdit", AdminPassword);
    type("secretaryNameEdit", "Li Hong");
    type("secretaryPasswordEdit", SecretaryPassword);
    type("secretaryConfirmEdit", "typo");
    QVERIFY(!next->isEnabled());
    QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("peopleProblemLabel"))->text().size() > 0);
    wizard->findChild<QLineEdit *>(QStringLiteral("secretaryConfirmEdit"))->clear();
    type("secretaryConfirmEdit", SecretaryPassword);
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);

    QCOMPARE(wizard->currentId(), int(ui::SetupWizard::CreatePage));
    QAbstractButton *finish = wizard->button(QWizard::FinishButton);
    QTRY_VERIFY_WITH_TIMEOUT(finish->isVisible() && finish->isEnabled(), 120000);
    auto *keychain = wizard->findChild<QLabel *>(QStringLiteral("keychainLabel"));
    QVERIFY(!keychain->text().isEmpty()); // where the node key went, in plain words
    QTest::mouseClick(finish, Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(session.mainWindow(), 30000);
    ui::MainWindow *main = session.mainWindow();
    QCOMPARE(main->person().displayName, QStringLiteral("Zhang Wei"));
    QCOMPARE(main->person().roles, std::uint8_t(chain::Role::Admin));
    QCOMPARE(sidebarPages(main),
             (QStringList { QStringLiteral("overview"), QStringLiteral("residents"),
                            QStringLiteral("network"), QStringLiteral("audit"),
                            QStringLiteral("people") }));
    QVERIFY(QFile::exists(m_founded.file(QStringLiteral("node/node.json"))));
}

void TestShell::signIn_wrongThenRightPassword_secretarySeesApprovals()
{
    ui::SessionOptions options;
    options.dataDir = m_founded.file(QStringLiteral("node"));
    ui::DesktopSession session(options);
    session.start();
    QVERIFY(!session.wizard());
    // The state is brought up to date on a worker thread first (StatePreparation).
    QTRY_VERIFY_WITH_TIMEOUT(session.signInDialog(), 30000);
    ui::SignInDialog *dialog = session.signInDialog();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 20000);
    QVERIFY(dialog->selectPerson(
        [](std::uint8_t roles) { return chain::hasRole(roles, chain::Role::Secretary); }));
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTest::keyClicks(password, QStringLiteral("not-the-password"));
    click(dialog, "signInButton");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);
    QVERIFY(error->text().contains(QStringLiteral("Wrong password")));
    QVERIFY(!session.mainWindow());

    password->clear();
    QTest::keyClicks(password, QString::fromLatin1(SecretaryPassword));
    click(dialog, "signInButton");
    QTRY_VERIFY_WITH_TIMEOUT(session.mainWindow(), 30000);
    ui::MainWindow *main = session.mainWindow();
    QCOMPARE(main->person().displayName, QStringLiteral("Li Hong"));
    QVERIFY(sidebarPages(main).contains(QStringLiteral("approvals")));
    QVERIFY(main->page(ui::PageId::Approvals));

    click(main, "signOutButton");
    QTRY_VERIFY(session.signInDialog() && session.signInDialog()->isVisible());
    QTRY_VERIFY(!session.mainWindow());
}

void TestShell::demoStaff_seesNoApprovals_tileNavigates_autoLocks()
{
    ui::DesktopSession session({ m_demo.path(), false, chain::Role::Staff, QStringLiteral("x") });
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(session.mainWindow(), 30000);
    ui::MainWindow *main = session.mainWindow();
    QCOMPARE(main->person().roles, std::uint8_t(chain::Role::Staff));
    QCOMPARE(sidebarPages(main),
             (QStringList { QStringLiteral("overview"), QStringLiteral("records"),
                            QStringLiteral("credit"), QStringLiteral("feedback"),
                            QStringLiteral("residents"), QStringLiteral("network") }));
    QVERIFY(!main->page(ui::PageId::Approvals));
    QCOMPARE(main->currentPage(), ui::PageId::Overview);

    // The overview's tile opens the feedback list filtered to overdue items.
    auto *tile = main->findChild<ui::OverviewTile *>(QStringLiteral("overdueFeedbackTile"));
    QVERIFY(tile);
    QTest::mouseClick(tile, Qt::LeftButton);
    QCOMPARE(main->currentPage(), ui::PageId::Feedback);
    auto *feedback = static_cast<RecordingPage *>(main->page(ui::PageId::Feedback));
    QCOMPARE(feedback->lastFilter, (QVariantMap { { QStringLiteral("overdue"), true } }));
    auto *sidebar = main->findChild<ui::Sidebar *>(QStringLiteral("sidebarList"));
    QCOMPARE(sidebar->pageAt(sidebar->currentRow()), ui::PageId::Feedback);

    // Inactivity locks the window back to the sign-in dialog.
    session.idleWatcher()->setTimeoutMs(200);
    QTRY_VERIFY_WITH_TIMEOUT(!session.mainWindow(), 10000);
    QVERIFY(session.signInDialog() && session.signInDialog()->isVisible());
}

QTEST_MAIN(TestShell)
#include "TestShell.moc"
