// The kiosk on a three-member loopback cluster (party committee, residents'
// committee, street office), each member a real LedgerService with its node
// and TLS transport: feedback left at the street office's kiosk reaches the
// residents' committee's inbox on its own node, and the reply made at the
// party committee's node is visible at the kiosk by tracking code.
#include "ledger/crypto/KeyFile.h"
#include "ledger/domain/FeedbackPayloads.h"
#include "ledger/domain/PayloadCodec.h"
#include "ledger/domain/TrackingCode.h"
#include "ledger/node/ClusterSetup.h"
#include "ledger/service/LedgerService.h"
#include "ledger/state/StateMachine.h"
#include "tests/support/TempDir.h"
#include "tests/ui/kiosk/KioskFixture.h"
#include "ui/common/DomainText.h"
#include "ui/kiosk/FeedbackScreen.h"
#include "ui/kiosk/KioskSettings.h"
#include "ui/kiosk/KioskWindow.h"
#include "ui/kiosk/ReceiptWidget.h"
#include "ui/kiosk/TrackingScreen.h"

#include <QDateTime>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace ui::kiosk;
using ledger::service::LedgerService;
using ledger::service::QueryContext;
using ledger::service::Submission;
namespace domain = ledger::domain;

class TestKioskCluster : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void feedbackAtOneMembersKiosk_reachesAnotherMembersInbox_andTheReplyComesBack();

private:
    template<class R>
    std::optional<R> ask(LedgerService &svc, std::function<R(const QueryContext &)> fn);
    tests::TempDir m_tmp;
    ledger::node::ClusterPlan m_plan;
};

template<class R>
std::optional<R> TestKioskCluster::ask(LedgerService &svc,
                                       std::function<R(const QueryContext &)> fn)
{
    std::optional<R> out;
    QObject receiver;
    svc.query<R>(&receiver, std::move(fn), [&out](R r) { out = std::move(r); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
        return std::nullopt;
    return out;
}

void TestKioskCluster::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("GONGZHI_KIOSK_NO_SPEECH", "1");
    // Free loopback ports, held together so none is handed out twice.
    std::vector<std::unique_ptr<QTcpServer>> holders;
    std::vector<quint16> ports;
    for (int i = 0; i < 3; ++i) {
        auto server = std::make_unique<QTcpServer>();
        QVERIFY(server->listen(QHostAddress::LocalHost, 0));
        ports.push_back(server->serverPort());
        holders.push_back(std::move(server));
    }
    holders.clear();
    m_plan.communityName = QStringLiteral("幸福里社区");
    m_plan.adminName = QStringLiteral("王建国");
    m_plan.secretaryName = QStringLiteral("李秀英");
    m_plan.timestampMs = QDateTime::currentMSecsSinceEpoch();
    const ledger::chain::OrgKind kinds[]
        = { ledger::chain::OrgKind::PartyCommittee, ledger::chain::OrgKind::ResidentsCommittee,
            ledger::chain::OrgKind::StreetOffice };
    const QString names[] = { QStringLiteral("幸福里社区党委"), QStringLiteral("幸福里居委会"),
                              QStringLiteral("城关镇街道办") };
    for (int i = 0; i < 3; ++i) {
        ledger::node::FoundingNode n;
        n.dataDir = m_tmp.file(QStringLiteral("node%1").arg(i + 1));
        n.orgName = names[i];
        n.kind = kinds[i];
        n.port = ports[std::size_t(i)];
        m_plan.nodes.push_back(n);
    }
    auto created = ledger::node::createCluster(m_plan);
    QVERIFY2(created, created ? "" : qPrintable(created.error().toString()));
    ui::kiosk::KioskSettings(m_plan.nodes[2].dataDir).setIdleTimeoutSeconds(3600);
}

void TestKioskCluster::feedbackAtOneMembersKiosk_reachesAnotherMembersInbox_andTheReplyComesBack()
{
    std::vector<std::unique_ptr<LedgerService>> members;
    for (const auto &n : m_plan.nodes) {
        auto opened = LedgerService::open(n.dataDir);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
        members.push_back(std::move(*opened));
    }
    LedgerService &party = *members[0];
    LedgerService &committee = *members[1];
    LedgerService &street = *members[2];
    auto secretary = ledger::crypto::KeyFile::load(
        m_plan.nodes[0].dataDir + QStringLiteral("/keys/secretary.key"), QString());
    QVERIFY(secretary);

    // The party committee routes "环境卫生" to the residents' committee (org 2).
    domain::FeedbackCategoriesSet categories;
    categories.categories.push_back({ QStringLiteral("env"), QStringLiteral("环境卫生"), 2, 7 });
    std::optional<Submission> set;
    QObject receiver;
    party.submit(ledger::chain::TxType::FeedbackCategoriesSet, domain::encodePayload(categories),
                 *secretary, &receiver, [&set](const Submission &s) { set = s; });
    QTRY_VERIFY_WITH_TIMEOUT(set && set->stage == Submission::Stage::Applied, 60000);
    // ... and the street office's node has the block.
    QTRY_VERIFY_WITH_TIMEOUT(ask<int>(
                                 street,
                                 [](const QueryContext &c) {
                                     auto rows = c.queries.inbox({}, { 0, 1 });
                                     Q_UNUSED(rows);
                                     return int(c.state.appliedHeight().value_or(0));
                                 }).value_or(0)
                                 >= int(set->height),
                             60000);

    // A resident at the street office's kiosk.
    KioskWindow kiosk(street);
    kiosk.resize(1280, 800);
    kiosk.show();
    QTRY_VERIFY_WITH_TIMEOUT(kiosk.isReady(), 30000);
    auto *fb = static_cast<FeedbackScreen *>(kiosk.openScreen(HomeScreen::Target::Feedback));
    fb->findChild<QPushButton *>(QStringLiteral("complaintButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(fb->findChild<QPushButton *>(QStringLiteral("category0Button")),
                             30000);
    fb->findChild<QPushButton *>(QStringLiteral("category0Button"))->click();
    fb->findChild<QPushButton *>(QStringLiteral("phrase1Button"))->click();
    fb->findChild<QPushButton *>(QStringLiteral("textNextButton"))->click();
    fb->findChild<QPushButton *>(QStringLiteral("anonymousButton"))->click();
    fb->findChild<QPushButton *>(QStringLiteral("sendFeedbackButton"))->click();
    QCOMPARE(fb->step(), FeedbackScreen::Step::Receipt);
    QTRY_VERIFY_WITH_TIMEOUT(fb->receipt()->stageText().contains(QStringLiteral("Sent.")), 60000);
    const QString code = fb->receipt()->trackingCode();
    QVERIFY(domain::tracking::parse(code));

    // In the residents' committee's inbox, on its own node.
    std::optional<ledger::state::FeedbackRow> inboxed;
    QTRY_VERIFY_WITH_TIMEOUT(
        (inboxed = ask<std::optional<ledger::state::FeedbackRow>>(
                       committee,
                       [code](const QueryContext &c) {
                           ledger::state::InboxFilter f;
                           f.orgId = 2;
                           auto rows = c.queries.inbox(f, { 0, 20 });
                           if (rows) {
                               for (const auto &r : *rows) {
                                   if (r.trackingCode == code)
                                       return std::optional<ledger::state::FeedbackRow>(r);
                               }
                           }
                           return std::optional<ledger::state::FeedbackRow>();
                       })
                       .value_or(std::nullopt))
            .has_value(),
        60000);
    QCOMPARE(inboxed->orgId, 2u);

    // The party committee's secretary replies and resolves it from node 1.
    const auto id = *domain::FeedbackId::fromBytes(inboxed->feedbackId);
    std::optional<Submission> resolved;
    party.submit(ledger::chain::TxType::FeedbackReplied,
                 domain::encodePayload(
                     domain::FeedbackNote { id, QStringLiteral("已安排保洁，明早清运。") }),
                 *secretary, &receiver);
    party.submit(ledger::chain::TxType::FeedbackResolved,
                 domain::encodePayload(domain::FeedbackNote { id, QStringLiteral("垃圾已清运。") }),
                 *secretary, &receiver, [&resolved](const Submission &s) { resolved = s; });
    QTRY_VERIFY_WITH_TIMEOUT(resolved && resolved->stage == Submission::Stage::Applied, 60000);

    // Back at the kiosk with the receipt: the status follows the street
    // office's copy as blocks arrive.
    kiosk.goHome();
    auto *tracking = static_cast<TrackingScreen *>(kiosk.openScreen(HomeScreen::Target::Tracking));
    tracking->lookUp(code);
    QTRY_VERIFY_WITH_TIMEOUT(tracking->isShowingItem(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(tracking->statusText().contains(
                                 ui::DomainText::feedbackStatus(domain::FeedbackStatus::Resolved)),
                             60000);
    QVERIFY(tests::kiosk::allText(tracking).contains(QStringLiteral("明早清运")));
}

QTEST_MAIN(TestKioskCluster)
#include "TestKioskCluster.moc"
