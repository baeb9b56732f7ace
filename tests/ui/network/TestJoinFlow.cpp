// A new organization's PC joins through the desktop app, end to end, in one
// process: the demo community's secretary makes an invitation
// (InvitationDialog); the new PC's first-run wizard reads it, prepares the
// node and writes the join request with its first administrator; the new
// node opens and waits (JoinProgressDialog); the secretary admits it and
// enrols the administrator (JoinApprovalDialog); the new node is added as a
// learner, copies the ledger, is promoted to voter, and the dialog says it
// is ready; the administrator's key opens with their password.
#include "ledger/service/NodeKeyStore.h"
#include "ledger/service/PersonKeys.h"
#include "tests/support/DataDirs.h"
#include "tests/support/TempDir.h"
#include "tests/ui/audit/DemoLedger.h"
#include "ui/network/InvitationDialog.h"
#include "ui/network/JoinApprovalDialog.h"
#include "ui/network/NetworkPage.h"
#include "ui/shell/JoinProgressDialog.h"
#include "ui/shell/SetupWizard.h"

#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace ledger;
using service::Submission;

namespace {
constexpr int Long = 180000;
}

class TestJoinFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newOrganizationJoinsThroughTheApp();

private:
    tests::TempDir m_tmp;
};

void TestJoinFlow::newOrganizationJoinsThroughTheApp()
{
    // A consortium founded the real way: every block after genesis goes
    // through Raft, so a new node copies the chain from the Raft log.
    // (`gongzhi-cli demo-data` puts its blocks into the Raft log too;
    // ui.KioskLearner joins a kiosk PC to the demo community.)
    const auto ports = tests::freePorts(2);
    tests::ui::DemoLedger demo;
    const QString problem = demo.openFounded(m_tmp.file(QStringLiteral("member")), ports[0]);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const auto *secretary = demo.personWith(std::uint8_t(chain::Role::Secretary));
    QVERIFY(secretary);
    ui::NetworkPage page(demo.signIn(*secretary));
    QSignalSpy loaded(&page, &ui::NetworkPage::organizationsLoaded);
    page.activate({});
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, Long);

    // 1. The invitation.
    std::unique_ptr<ui::InvitationDialog> invite(page.createInvitationDialog());
    QTRY_VERIFY_WITH_TIMEOUT(invite->isReady(), Long);
    invite->findChild<QLineEdit *>(QStringLiteral("orgNameEdit"))
        ->setText(QStringLiteral("幸福里物业服务中心"));
    const QString invitationPath = m_tmp.file(QStringLiteral("invitation.json"));
    QVERIFY(invite->createInvitation(invitationPath));

    // 2. The new PC's wizard.
    const QString joinDir = m_tmp.file(QStringLiteral("newpc"));
    const quint16 port = ports[1];
    ui::SetupWizard wizard(joinDir);
    wizard.openInvitation(invitationPath);
    wizard.findChild<QLineEdit *>(QStringLiteral("joinAddressEdit"))
        ->setText(QStringLiteral("127.0.0.1:%1").arg(port));
    wizard.findChild<QLineEdit *>(QStringLiteral("joinAdminNameEdit"))
        ->setText(QStringLiteral("刘建华"));
    const QString password = QStringLiteral("wuye-2026-admin");
    wizard.findChild<QLineEdit *>(QStringLiteral("joinAdminPasswordEdit"))->setText(password);
    wizard.findChild<QLineEdit *>(QStringLiteral("joinAdminConfirmEdit"))->setText(password);
    QVERIFY2(wizard.joinProblem().isEmpty(), qPrintable(wizard.joinProblem()));
    const QString requestPath = m_tmp.file(QStringLiteral("join-request.json"));
    wizard.saveJoinRequest(requestPath);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.joined(), Long);
    QVERIFY(QFile::exists(ui::SetupWizard::pendingJoinFile(joinDir)));

    // 3. The new node opens and waits to be admitted.
    auto config = node::NodeConfig::load(joinDir + QStringLiteral("/node.json"));
    QVERIFY(config);
    std::optional<crypto::KeyPair> nodeKey;
    QObject receiver;
    service::NodeKeyStore::load(
        joinDir, *config, &receiver,
        [&](core::Result<crypto::KeyPair> key, service::NodeKeyStore::Location) {
            QVERIFY2(key, key ? "" : qPrintable(key.error().toString()));
            nodeKey = *key;
        });
    QTRY_VERIFY_WITH_TIMEOUT(nodeKey.has_value(), 30000);
    auto joiner = service::LedgerService::open(joinDir, *nodeKey);
    QVERIFY2(joiner, joiner ? "" : qPrintable(joiner.error().toString()));
    ui::JoinProgressDialog progress(**joiner, joinDir);
    QCOMPARE(progress.stage(), ui::JoinProgressDialog::Stage::WaitingForAdmission);
    QVERIFY(progress.request() && progress.request()->adminKey);

    // 4. The secretary admits it and enrols its administrator.
    std::unique_ptr<ui::JoinApprovalDialog> approve(page.createJoinApprovalDialog());
    QVERIFY(approve->loadJoinRequest(requestPath));
    auto *admit = approve->findChild<QPushButton *>(QStringLiteral("admitButton"));
    QVERIFY(admit->isEnabled());
    QTest::mouseClick(admit, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(approve->submission()
                                 && approve->submission()->type == chain::TxType::PersonEnrolled
                                 && approve->submission()->stage == Submission::Stage::Applied,
                             Long);

    // 5. The new node catches up, becomes a voter, and sees its administrator.
    QTRY_VERIFY_WITH_TIMEOUT(progress.stage() == ui::JoinProgressDialog::Stage::Ready, Long);
    QVERIFY((*joiner)->status().voter);
    QVERIFY((*joiner)->status().appliedHeight >= demo.service().status().appliedHeight - 1);
    auto *go = progress.findChild<QPushButton *>(QStringLiteral("joinContinueButton"));
    QVERIFY(go->isEnabled());
    QTest::mouseClick(go, Qt::LeftButton);
    QVERIFY(!QFile::exists(ui::SetupWizard::pendingJoinFile(joinDir)));

    const service::PersonKeys keys(joinDir);
    QCOMPARE(keys.list().size(), std::size_t(1));
    QVERIFY(keys.unlock(*progress.request()->adminKey, password));
}

QTEST_MAIN(TestJoinFlow)
#include "TestJoinFlow.moc"
