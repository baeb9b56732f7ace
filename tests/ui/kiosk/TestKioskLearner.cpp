// A kiosk PC joins the demo community as a learner through the app's own
// path, and keeps serving residents when the office PCs are switched off:
// the party committee's secretary invites "a kiosk PC of our organization"
// (InvitationDialog); the kiosk PC's first-run wizard prepares its node from
// the invitation; the secretary admits it (JoinApprovalDialog: NodeAdded);
// the kiosk copies the whole demo chain from the Raft log and
// JoinProgressDialog says it is ready once its height holds still (a learner
// is never promoted); it never votes. Then the kiosk itself: feedback left
// there reaches the organization's inbox; with the member's node stopped the
// kiosk says it is showing its own copy, a new feedback receipt says it is
// queued, and when the member is back the queued feedback is committed.
#include "ledger/domain/TrackingCode.h"
#include "ledger/service/NodeKeyStore.h"
#include "ledger/state/StateMachine.h"
#include "tests/support/DataDirs.h"
#include "tests/support/TempDir.h"
#include "tests/ui/audit/DemoLedger.h"
#include "tests/ui/kiosk/KioskFixture.h"
#include "ui/kiosk/FeedbackScreen.h"
#include "ui/kiosk/KioskSettings.h"
#include "ui/kiosk/KioskWindow.h"
#include "ui/kiosk/ReceiptWidget.h"
#include "ui/network/InvitationDialog.h"
#include "ui/network/JoinApprovalDialog.h"
#include "ui/network/NetworkPage.h"
#include "ui/shell/JoinProgressDialog.h"
#include "ui/shell/SetupWizard.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace ledger;
using service::Submission;
using ui::kiosk::FeedbackScreen;
using ui::kiosk::HomeScreen;
using ui::kiosk::KioskWindow;

namespace {
constexpr int Long = 180000;

// Leaves an anonymous complaint with a common phrase; returns the screen
// showing its receipt.
FeedbackScreen *leaveFeedback(KioskWindow &kiosk)
{
    kiosk.goHome();
    auto *fb = static_cast<FeedbackScreen *>(kiosk.openScreen(HomeScreen::Target::Feedback));
    fb->findChild<QPushButton *>(QStringLiteral("complaintButton"))->click();
    if (!QTest::qWaitFor(
            [fb] { return fb->findChild<QPushButton *>(QStringLiteral("category0Button")); },
            30000))
        return nullptr;
    fb->findChild<QPushButton *>(QStringLiteral("category0Button"))->click();
    fb->findChild<QPushButton *>(QStringLiteral("phrase1Button"))->click();
    fb->findChild<QPushButton *>(QStringLiteral("textNextButton"))->click();
    fb->findChild<QPushButton *>(QStringLiteral("anonymousButton"))->click();
    fb->findChild<QPushButton *>(QStringLiteral("sendFeedbackButton"))->click();
    return fb->step() == FeedbackScreen::Step::Receipt ? fb : nullptr;
}

// Whether the member's state holds feedback with this tracking code.
bool memberHas(tests::ui::DemoLedger &member, const QString &code)
{
    const auto number = domain::tracking::parse(code);
    if (!number)
        return false;
    const auto found = member.queryNow<bool>([n = *number](const service::QueryContext &c) {
        QSqlQuery q(c.state.database());
        q.prepare(QStringLiteral("SELECT 1 FROM feedback WHERE tracking_code = ?"));
        q.addBindValue(qint64(n));
        return q.exec() && q.next();
    });
    return found.value_or(false);
}
} // namespace

class TestKioskLearner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("GONGZHI_KIOSK_NO_SPEECH", "1");
    }
    void kioskJoinsAsLearner_andQueuesFeedbackWhileTheOfficeIsOff();

private:
    tests::TempDir m_tmp;
};

void TestKioskLearner::kioskJoinsAsLearner_andQueuesFeedbackWhileTheOfficeIsOff()
{
    // The demo community (`gongzhi-cli demo-data`: 2,300 blocks, all in the
    // Raft log) on one member's PC, listening on a free loopback port.
    tests::ui::DemoLedger member;
    const QString memberDir = m_tmp.file(QStringLiteral("office"));
    const auto ports = tests::freePorts(2);
    QVERIFY(tests::ui::runCli({ QStringLiteral("demo-data"), QStringLiteral("--nodes"),
                                QStringLiteral("1"), QStringLiteral("--dir"), memberDir,
                                QStringLiteral("--base-port"), QString::number(ports[0]) }));
    {
        const QString problem = member.openExisting(memberDir + QStringLiteral("/node1"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    const auto memberHeight = member.service().status().appliedHeight;
    QVERIFY(memberHeight > 2000);
    const auto *secretary = member.personWith(std::uint8_t(chain::Role::Secretary));
    QVERIFY(secretary);

    // 1. The secretary invites a kiosk PC of the party committee.
    const QString invitationPath = m_tmp.file(QStringLiteral("kiosk-invitation.json"));
    const QString requestPath = m_tmp.file(QStringLiteral("kiosk-request.json"));
    {
        ui::NetworkPage page(member.signIn(*secretary));
        QSignalSpy loaded(&page, &ui::NetworkPage::organizationsLoaded);
        page.activate({});
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, Long);
        std::unique_ptr<ui::InvitationDialog> invite(page.createInvitationDialog());
        QTRY_VERIFY_WITH_TIMEOUT(invite->isReady(), Long);
        invite->findChild<QCheckBox *>(QStringLiteral("kioskInvitationCheck"))->setChecked(true);
        QVERIFY(invite->createInvitation(invitationPath));
    }

    // 2. The kiosk PC's wizard: no administrator to name, only its address.
    const QString kioskDir = m_tmp.file(QStringLiteral("kiosk"));
    {
        ui::SetupWizard wizard(kioskDir);
        wizard.openInvitation(invitationPath);
        auto *admin = wizard.findChild<QLineEdit *>(QStringLiteral("joinAdminNameEdit"));
        QVERIFY(admin && !admin->isVisibleTo(&wizard));
        wizard.findChild<QLineEdit *>(QStringLiteral("joinAddressEdit"))
            ->setText(QStringLiteral("127.0.0.1:%1").arg(ports[1]));
        QVERIFY2(wizard.joinProblem().isEmpty(), qPrintable(wizard.joinProblem()));
        wizard.saveJoinRequest(requestPath);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.joined(), Long);
    }
    auto config = node::NodeConfig::load(kioskDir + QStringLiteral("/node.json"));
    QVERIFY(config);
    std::optional<crypto::KeyPair> nodeKey;
    QObject receiver;
    service::NodeKeyStore::load(
        kioskDir, *config, &receiver,
        [&](core::Result<crypto::KeyPair> key, service::NodeKeyStore::Location) {
            if (key)
                nodeKey = *key;
        });
    QTRY_VERIFY_WITH_TIMEOUT(nodeKey.has_value(), 30000);
    auto opened = service::LedgerService::open(kioskDir, *nodeKey);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
    std::unique_ptr<service::LedgerService> kioskLedger = std::move(*opened);
    auto progress = std::make_unique<ui::JoinProgressDialog>(*kioskLedger, kioskDir);
    QCOMPARE(progress->stage(), ui::JoinProgressDialog::Stage::WaitingForAdmission);
    QVERIFY(progress->request() && progress->request()->learner);

    // 3. The secretary admits it: NodeAdded, applied at once (a secretary's).
    {
        ui::NetworkPage page(member.signIn(*secretary));
        std::unique_ptr<ui::JoinApprovalDialog> approve(page.createJoinApprovalDialog());
        QVERIFY(approve->loadJoinRequest(requestPath));
        auto *admit = approve->findChild<QPushButton *>(QStringLiteral("admitButton"));
        QVERIFY(admit->isEnabled());
        QTest::mouseClick(admit, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(approve->submission()
                                     && approve->submission()->type == chain::TxType::NodeAdded
                                     && approve->submission()->stage == Submission::Stage::Applied,
                                 Long);
    }

    // 4. It copies the whole chain and is ready, still a learner.
    QTRY_VERIFY_WITH_TIMEOUT(progress->stage() == ui::JoinProgressDialog::Stage::Ready, Long);
    QVERIFY(kioskLedger->status().member);
    QVERIFY(!kioskLedger->status().voter);
    QVERIFY(kioskLedger->status().appliedHeight > memberHeight);
    QTest::mouseClick(progress->findChild<QPushButton *>(QStringLiteral("joinContinueButton")),
                      Qt::LeftButton);
    progress.reset();

    // 5. The kiosk on the learner: feedback goes out and reaches the member.
    ui::kiosk::KioskSettings(kioskDir).setIdleTimeoutSeconds(3600);
    auto kiosk = std::make_unique<KioskWindow>(*kioskLedger);
    kiosk->resize(1280, 800);
    kiosk->show();
    QTRY_VERIFY_WITH_TIMEOUT(kiosk->isReady(), 30000);
    auto *offline = kiosk->findChild<QLabel *>(QStringLiteral("offlineBannerLabel"));
    QVERIFY(offline);
    QTRY_VERIFY_WITH_TIMEOUT(!offline->isVisible(), 30000);
    FeedbackScreen *fb = leaveFeedback(*kiosk);
    QVERIFY(fb);
    QTRY_VERIFY_WITH_TIMEOUT(fb->receipt()->stageText().contains(QStringLiteral("Sent.")), Long);
    const QString sentCode = fb->receipt()->trackingCode();
    QTRY_VERIFY_WITH_TIMEOUT(memberHas(member, sentCode), Long);

    // 6. The office PC is switched off: the kiosk reads its own copy, says so,
    // and queues what residents leave.
    member.close();
    QTRY_VERIFY_WITH_TIMEOUT(offline->isVisible(), 30000);
    QVERIFY(offline->text().contains(QStringLiteral("own copy")));
    QVERIFY(!offline->text().contains(QStringLiteral("never")));
    fb = leaveFeedback(*kiosk);
    QVERIFY(fb);
    const QString queuedCode = fb->receipt()->trackingCode();
    QVERIFY(domain::tracking::parse(queuedCode));
    QTRY_VERIFY_WITH_TIMEOUT(fb->receipt()->stageText().startsWith(QStringLiteral("Queued")),
                             30000);

    // 7. Back on: the queued feedback is committed, exactly once.
    {
        const QString problem = member.reopen();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QTRY_VERIFY_WITH_TIMEOUT(fb->receipt()->stageText().contains(QStringLiteral("Sent.")), Long);
    QTRY_VERIFY_WITH_TIMEOUT(memberHas(member, queuedCode), Long);
    QTRY_VERIFY_WITH_TIMEOUT(!offline->isVisible(), 30000);
    QVERIFY(!kioskLedger->status().voter);
    kiosk.reset();
}

QTEST_MAIN(TestKioskLearner)
#include "TestKioskLearner.moc"
