// The people page end to end on the demo community through the real
// LedgerService: an administrator enrols a staff member with their own
// password (PersonEnrolled applied, key file on disk, the new person can
// unlock it and sign in, sees only staff pages); role grant (held when an
// administrator signs, applied for a secretary) and revoke; removal, after
// which the person's submissions are rejected; a rejected enrolment leaves no
// key file; who sees the page.
#include "ledger/domain/ConsortiumPayloads.h"
#include "ledger/service/PersonKeys.h"
#include "tests/support/TempDir.h"
#include "tests/ui/audit/DemoLedger.h"
#include "ui/people/PeoplePage.h"
#include "ui/people/PersonChangeDialog.h"
#include "ui/people/PersonKeyDialog.h"
#include "ui/shell/PageCatalog.h"
#include "ui/shell/SignInDialog.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace ledger;
using service::Submission;

namespace {
constexpr int Long = 120000;
const QString Password = QStringLiteral("lao-wang-2026");

bool isFinal(const std::optional<Submission> &s)
{
    return s && s->stage != Submission::Stage::Queued && s->stage != Submission::Stage::Sent;
}
} // namespace

class TestPeoplePage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void onlyAdministratorsAndSecretariesSeeThePage();
    void adminEnrolsStaffWhoCanSignIn();
    void rolesGrantedAndRevoked();
    void removedPersonCanSignNothing();
    void rejectedEnrolmentLeavesNoKeyFile();
    void screenshots_whenAsked();

private:
    int rowOf(ui::PeoplePage &page, const crypto::PublicKey &key);
    void reloadPage(ui::PeoplePage &page);
    tests::TempDir m_tmp;
    tests::ui::DemoLedger m_demo;
    std::optional<crypto::PublicKey> m_newKey;
};

void TestPeoplePage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const QString error = m_demo.open(m_tmp.file(QStringLiteral("demo")));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(m_demo.service().status().role == raft::Role::Leader, Long);
    QVERIFY(m_demo.personWith(std::uint8_t(chain::Role::Admin)));
    QVERIFY(m_demo.personWith(std::uint8_t(chain::Role::Secretary)));
}

void TestPeoplePage::onlyAdministratorsAndSecretariesSeeThePage()
{
    using ui::PageCatalog::visiblePages;
    const auto has = [](std::uint8_t roles) {
        const auto pages = visiblePages(roles);
        return std::find(pages.begin(), pages.end(), ui::PageId::People) != pages.end();
    };
    QVERIFY(has(std::uint8_t(chain::Role::Admin)));
    QVERIFY(has(std::uint8_t(chain::Role::Secretary)));
    QVERIFY(!has(std::uint8_t(chain::Role::Staff)));
    QVERIFY(!has(std::uint8_t(chain::Role::Auditor)));
    QCOMPARE(ui::PageCatalog::slug(ui::PageId::People), QStringLiteral("people"));
}

void TestPeoplePage::reloadPage(ui::PeoplePage &page)
{
    QSignalSpy loaded(&page, &ui::PeoplePage::loaded);
    page.activate({});
    QVERIFY(loaded.wait(Long));
}

int TestPeoplePage::rowOf(ui::PeoplePage &page, const crypto::PublicKey &key)
{
    for (int row = 0; row < int(page.shown().size()); ++row)
        if (page.shown()[std::size_t(row)].key == key)
            return row;
    return -1;
}

void TestPeoplePage::adminEnrolsStaffWhoCanSignIn()
{
    auto &context = m_demo.signIn(*m_demo.personWith(std::uint8_t(chain::Role::Admin)));
    ui::PeoplePage page(context);
    reloadPage(page);
    const std::size_t before = page.shown().size();
    QVERIFY(before > 0);
    for (const auto &p : page.shown())
        QCOMPARE(p.orgId, 1u); // default filter: the signer's organization

    std::unique_ptr<ui::PersonKeyDialog> dialog(page.createAddDialog());
    QVERIFY(dialog);
    dialog->fill(QStringLiteral("王小芳"), std::uint8_t(chain::Role::Staff),
                 QStringLiteral("short"));
    QVERIFY(!dialog->start()); // too short a password
    dialog->fill(QStringLiteral("王小芳"), std::uint8_t(chain::Role::Staff), Password);
    QVERIFY(dialog->start());
    QTRY_VERIFY_WITH_TIMEOUT(isFinal(dialog->submission()), Long);
    QCOMPARE(int(dialog->submission()->stage), int(Submission::Stage::Applied));
    m_newKey = dialog->newKey();
    QVERIFY(m_newKey);

    // The key file is on disk and opens with the person's password only.
    const service::PersonKeys keys(m_demo.dataDir());
    QVERIFY(keys.has(*m_newKey));
    QVERIFY(
        QFile::exists(QDir(keys.keysDir()).filePath(service::PersonKeys::fileNameFor(*m_newKey))));
    QVERIFY(!keys.unlock(*m_newKey, QStringLiteral("wrong password")));
    const auto unlocked = keys.unlock(*m_newKey, Password);
    QVERIFY(unlocked);
    QCOMPARE(unlocked->publicKey(), *m_newKey);

    // The page lists them: staff, their key file here.
    reloadPage(page);
    QCOMPARE(page.shown().size(), before + 1);
    const int row = rowOf(page, *m_newKey);
    QVERIFY(row >= 0);
    QCOMPARE(page.shown()[std::size_t(row)].displayName, QStringLiteral("王小芳"));
    QVERIFY(page.shown()[std::size_t(row)].sinceMs > 0);

    // A new sign-in dialog offers them at once, and they see staff pages only.
    ui::SignInDialog signIn(m_demo.service());
    QTRY_VERIFY_WITH_TIMEOUT(signIn.isLoaded(), Long);
    auto *combo = signIn.findChild<QComboBox *>();
    QVERIFY(combo);
    bool listed = false;
    for (int i = 0; i < combo->count(); ++i)
        listed = listed || combo->itemText(i).contains(QStringLiteral("王小芳"));
    QVERIFY(listed);
    const auto pages = ui::PageCatalog::visiblePages(std::uint8_t(chain::Role::Staff));
    QVERIFY(std::find(pages.begin(), pages.end(), ui::PageId::Records) != pages.end());
    QVERIFY(std::find(pages.begin(), pages.end(), ui::PageId::People) == pages.end());
}

void TestPeoplePage::rolesGrantedAndRevoked()
{
    QVERIFY(m_newKey);
    // An administrator's grant waits for a party committee secretary.
    {
        auto &context = m_demo.signIn(*m_demo.personWith(std::uint8_t(chain::Role::Admin)));
        ui::PeoplePage page(context);
        reloadPage(page);
        page.selectRow(rowOf(page, *m_newKey));
        std::unique_ptr<ui::PersonChangeDialog> dialog(page.createRolesDialog());
        QVERIFY(dialog);
        QVERIFY(!dialog->chooseRoleChange(false, chain::Role::Staff)); // their only role
        QVERIFY(dialog->chooseRoleChange(true, chain::Role::Auditor));
        QVERIFY(dialog->submit());
        QTRY_VERIFY_WITH_TIMEOUT(isFinal(dialog->submission()), Long);
        QCOMPARE(int(dialog->submission()->stage), int(Submission::Stage::HeldForApproval));
    }
    // The party secretary's takes effect.
    auto &context = m_demo.signIn(*m_demo.personWith(std::uint8_t(chain::Role::Secretary)));
    ui::PeoplePage page(context);
    reloadPage(page);
    page.selectRow(rowOf(page, *m_newKey));
    std::unique_ptr<ui::PersonChangeDialog> grant(page.createRolesDialog());
    QVERIFY(grant && grant->chooseRoleChange(true, chain::Role::Auditor));
    QVERIFY(grant->submit());
    QTRY_VERIFY_WITH_TIMEOUT(isFinal(grant->submission()), Long);
    QCOMPARE(int(grant->submission()->stage), int(Submission::Stage::Applied));
    reloadPage(page);
    int row = rowOf(page, *m_newKey);
    QCOMPARE(page.shown()[std::size_t(row)].roles,
             std::uint8_t(std::uint8_t(chain::Role::Staff) | std::uint8_t(chain::Role::Auditor)));

    page.selectRow(row);
    std::unique_ptr<ui::PersonChangeDialog> revoke(page.createRolesDialog());
    QVERIFY(revoke && revoke->chooseRoleChange(false, chain::Role::Staff));
    QVERIFY(revoke->submit());
    QTRY_VERIFY_WITH_TIMEOUT(isFinal(revoke->submission()), Long);
    QCOMPARE(int(revoke->submission()->stage), int(Submission::Stage::Applied));
    reloadPage(page);
    row = rowOf(page, *m_newKey);
    QCOMPARE(page.shown()[std::size_t(row)].roles, std::uint8_t(chain::Role::Auditor));
}

void TestPeoplePage::removedPersonCanSignNothing()
{
    QVERIFY(m_newKey);
    auto &context = m_demo.signIn(*m_demo.personWith(std::uint8_t(chain::Role::Secretary)));
    ui::PeoplePage page(context);
    reloadPage(page);
    page.selectRow(rowOf(page, *m_newKey));
    std::unique_ptr<ui::PersonChangeDialog> dialog(page.createRemoveDialog());
    QVERIFY(dialog);
    QVERIFY(!dialog->submit()); // a reason is required
    dialog->setReason(QStringLiteral("调往街道办"));
    QVERIFY(dialog->submit());
    QTRY_VERIFY_WITH_TIMEOUT(isFinal(dialog->submission()), Long);
    QCOMPARE(int(dialog->submission()->stage), int(Submission::Stage::Applied));

    reloadPage(page);
    const auto &removed = page.shown()[std::size_t(rowOf(page, *m_newKey))];
    QVERIFY(!removed.current());
    QCOMPARE(int(removed.ended), int(state::PersonRecord::Ended::Removed));
    QCOMPARE(removed.endReason, QStringLiteral("调往街道办"));
    page.selectRow(rowOf(page, *m_newKey));
    QVERIFY(!page.createRemoveDialog()); // nothing more to do with them

    // Their own key still opens, but the ledger refuses what it signs.
    const auto key = service::PersonKeys(m_demo.dataDir()).unlock(*m_newKey, Password);
    QVERIFY(key);
    domain::PersonKeyRotated rotate { *m_newKey, crypto::KeyPair::generate().publicKey(),
                                      QStringLiteral("after removal") };
    std::optional<Submission> outcome;
    QObject receiver;
    m_demo.service().submit(chain::TxType::PersonKeyRotated, domain::encodePayload(rotate), *key,
                            &receiver, [&](const Submission &s) { outcome = s; });
    QTRY_VERIFY_WITH_TIMEOUT(isFinal(outcome), Long);
    QCOMPARE(int(outcome->stage), int(Submission::Stage::Rejected));
    QVERIFY2(outcome->reason.contains(QStringLiteral("unknown_signer")),
             qPrintable(outcome->reason));
}

void TestPeoplePage::rejectedEnrolmentLeavesNoKeyFile()
{
    QVERIFY(m_newKey);
    // The removed person, as if they still were an administrator at this PC:
    // the ledger rejects what they sign, so the new key file must go again.
    const auto key = service::PersonKeys(m_demo.dataDir()).unlock(*m_newKey, Password);
    QVERIFY(key);
    ui::SignedInPerson removed { *key, QStringLiteral("王小芳"), 1,
                                 std::uint8_t(chain::Role::Admin) };
    ui::Navigator navigator;
    ui::AppContext context { &m_demo.service(), &removed, &navigator };
    ui::PeoplePage page(context);
    reloadPage(page);
    std::unique_ptr<ui::PersonKeyDialog> dialog(page.createAddDialog());
    QVERIFY(dialog);
    dialog->fill(QStringLiteral("李四"), std::uint8_t(chain::Role::Staff), Password);
    QVERIFY(dialog->start());
    QTRY_VERIFY_WITH_TIMEOUT(isFinal(dialog->submission()), Long);
    QCOMPARE(int(dialog->submission()->stage), int(Submission::Stage::Rejected));
    QVERIFY(dialog->newKey());
    QVERIFY(!service::PersonKeys(m_demo.dataDir()).has(*dialog->newKey()));
    auto *stage = dialog->findChild<QLabel *>(QStringLiteral("personStageLabel"));
    QVERIFY(stage && !stage->text().isEmpty());
}

// GONGZHI_PEOPLE_SHOTS=DIR: the page and its dialogs as PNGs, to look at.
void TestPeoplePage::screenshots_whenAsked()
{
    const QString dir = qEnvironmentVariable("GONGZHI_PEOPLE_SHOTS");
    if (dir.isEmpty())
        QSKIP("set GONGZHI_PEOPLE_SHOTS=DIR to save screenshots");
    QDir().mkpath(dir);
    auto &context = m_demo.signIn(*m_demo.personWith(std::uint8_t(chain::Role::Secretary)));
    ui::PeoplePage page(context);
    page.resize(1366, 700);
    page.show();
    reloadPage(page);
    QVERIFY(page.grab().save(dir + QStringLiteral("/people.png")));
    for (const auto &[name, dialog] : page.createTourDialogs()) {
        dialog->show();
        QVERIFY(dialog->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
        delete dialog;
    }
}

QTEST_MAIN(TestPeoplePage)
#include "TestPeoplePage.moc"
