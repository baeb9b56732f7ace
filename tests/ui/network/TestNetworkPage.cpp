// The network page: the member model's plain words for a node status, and
// end to end on the demo community through the real LedgerService: members
// and this node's key, an invitation file, a join approved by the party
// secretary (an OrgAdmitted transaction), who may do what.
#include "ledger/node/NodeIdentity.h"
#include "ledger/state/StateMachine.h"
#include "ledger/state/queries/PeopleQueries.h"
#include "tests/support/TempDir.h"
#include "tests/ui/audit/DemoLedger.h"
#include "ui/network/Invitation.h"
#include "ui/network/InvitationDialog.h"
#include "ui/network/JoinApprovalDialog.h"
#include "ui/network/MemberModel.h"
#include "ui/network/NetworkPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTcpServer>
#include <QTest>
#include <QTranslator>

using namespace ledger;
using service::Submission;

namespace {
constexpr int Long = 120000;

QString cell(const ui::MemberModel &m, int row, int column)
{
    return m.data(m.index(row, column)).toString();
}
} // namespace

class TestNetworkPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void memberModel_describesEachPeerInPlainWords();
    void page_listsMembersAndThisNodesKey();
    void invitation_savesFileWithTheShownCode();
    void invitation_ledgerPeers_currentVotersWithEndpoints();
    void joinApproval_staffMayNot_secretaryAdmits();
    void joinApproval_v2RequestWithAdministrator_admitsThenEnrols();
    void transfer_onlyForAdministrators();
    void cluster_showsPeersAndHandsLeadershipOver();
    void screenshots_whenAsked();

private:
    tests::TempDir m_tmp;
    tests::ui::DemoLedger m_demo;
};

void TestNetworkPage::initTestCase()
{
    const QString error = m_demo.open(m_tmp.file(QStringLiteral("demo")));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(m_demo.service().status().role == raft::Role::Leader, Long);
}

void TestNetworkPage::memberModel_describesEachPeerInPlainWords()
{
    state::AuditNames names;
    const auto a = crypto::KeyPair::generate().publicKey();
    const auto b = crypto::KeyPair::generate().publicKey();
    const auto c = crypto::KeyPair::generate().publicKey();
    names.orgs.insert(1, { QStringLiteral("社区党委"), chain::OrgKind::PartyCommittee, true, a });
    names.orgs.insert(2, { QStringLiteral("居委会"), chain::OrgKind::ResidentsCommittee, true, b });
    names.orgs.insert(3, { QStringLiteral("物业"), chain::OrgKind::PropertyManagement, true, c });
    names.orgs.insert(4,
                      { QStringLiteral("已退出"), chain::OrgKind::SocialOrganization, false, {} });
    node::NodeStatus status;
    status.id = node::nodeIdFor(a);
    status.role = raft::Role::Leader;
    status.leader = status.id;
    node::PeerStatus online { node::nodeIdFor(b), true, true, 90, 0, 300 };
    node::PeerStatus offline { node::nodeIdFor(c), false, false, 40, 50, 12000 };
    node::PeerStatus stranger { 0x1234, true, false, 0, 90, -1 };
    status.peers = { online, offline, stranger };

    ui::MemberModel model;
    model.setOrganizations(names);
    model.setStatus(status);
    QCOMPARE(model.rowCount(), 4); // three active organizations and one unknown node
    using M = ui::MemberModel;
    QCOMPARE(cell(model, 0, M::Status), M::tr("Online (this computer)"));
    QCOMPARE(cell(model, 0, M::Role), M::tr("Leader"));
    QCOMPARE(cell(model, 1, M::Status), M::tr("Online"));
    QCOMPARE(cell(model, 1, M::Role), M::tr("Voter"));
    QCOMPARE(cell(model, 1, M::Lag), M::tr("Up to date"));
    QCOMPARE(cell(model, 2, M::Status), M::tr("Offline"));
    QCOMPARE(cell(model, 2, M::Role), M::tr("Learner (catching up, no vote)"));
    QCOMPARE(cell(model, 2, M::Lag), M::tr("%n blocks behind", nullptr, 50));
    QCOMPARE(cell(model, 2, M::LastContact), M::tr("%n s ago", nullptr, 12));
    QVERIFY(cell(model, 3, M::Organization).contains(QStringLiteral("0000000000001234")));
    QCOMPARE(cell(model, 3, M::LastContact), M::tr("never"));
    QCOMPARE(model.voters(), 3);
    QCOMPARE(model.votersOnline(), 2);

    // A follower does not know the others' lag.
    status.role = raft::Role::Follower;
    status.leader = node::nodeIdFor(b);
    model.setStatus(status);
    QCOMPARE(cell(model, 1, M::Role), M::tr("Leader"));
    QCOMPARE(cell(model, 2, M::Lag), M::tr("—"));
    // Raft tells a follower nothing of another follower: its own connection does.
    QCOMPARE(cell(model, 2, M::Status), M::tr("Offline"));
    status.peers[1].linked = true; // the learner, row 2
    model.setStatus(status);
    QCOMPARE(cell(model, 2, M::Status), M::tr("Online"));
}

void TestNetworkPage::page_listsMembersAndThisNodesKey()
{
    const auto *staff = m_demo.personWith(std::uint8_t(chain::Role::Staff));
    QVERIFY(staff);
    ui::NetworkPage page(m_demo.signIn(*staff));
    QSignalSpy loaded(&page, &ui::NetworkPage::organizationsLoaded);
    page.activate({});
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, Long);
    auto *model = page.memberModel();
    QCOMPARE(model->rowCount(), 6); // the demo community's organizations
    QTRY_VERIFY_WITH_TIMEOUT(model->row(0)->thisNode && model->row(0)->leader, Long);
    QCOMPARE(cell(*model, 0, ui::MemberModel::Status),
             ui::MemberModel::tr("Online (this computer)"));
    // The demo runs one node: the other organizations have none in the network.
    QCOMPARE(cell(*model, 1, ui::MemberModel::Status), ui::MemberModel::tr("Not in the network"));

    const auto &key = m_demo.service().config().nodeKey;
    auto *fingerprint = page.findChild<QLabel *>(QStringLiteral("nodeFingerprintLabel"));
    QVERIFY(fingerprint);
    QCOMPARE(fingerprint->text(), crypto::fingerprint(key));
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("copyNodeKeyButton")),
                      Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), key.toHex());
    auto *summary = page.findChild<QLabel *>(QStringLiteral("networkSummaryLabel"));
    QVERIFY(summary->text().contains(ui::NetworkPage::tr("changes are recorded on the ledger.")));

    // Staff may neither invite nor admit.
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("inviteButton"))->isEnabled());
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("approveJoinButton"))->isEnabled());
}

void TestNetworkPage::invitation_savesFileWithTheShownCode()
{
    const auto *secretary = m_demo.personWith(std::uint8_t(chain::Role::Secretary));
    QVERIFY(secretary);
    ui::NetworkPage page(m_demo.signIn(*secretary));
    QSignalSpy loaded(&page, &ui::NetworkPage::organizationsLoaded);
    page.activate({});
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, Long);
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("inviteButton"))->isEnabled());

    std::unique_ptr<ui::InvitationDialog> dialog(page.createInvitationDialog());
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createInvitationButton"));
    QVERIFY(!create->isEnabled()); // no name yet
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), Long); // the first block, read off the UI thread
    dialog->findChild<QLineEdit *>(QStringLiteral("orgNameEdit"))
        ->setText(QStringLiteral("幸福里老年协会"));
    QVERIFY(create->isEnabled());
    const QString path = m_tmp.file(QStringLiteral("invitation.json"));
    QVERIFY(dialog->createInvitation(path));
    auto *codeLabel = dialog->findChild<QLabel *>(QStringLiteral("invitationCodeLabel"));
    QCOMPARE(codeLabel->text(), dialog->code());
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Z2-9]{4}-[A-Z2-9]{4}$"))
                .match(dialog->code())
                .hasMatch());

    auto json = ui::readJsonFile(path);
    QVERIFY(json);
    auto invitation = ui::Invitation::fromJson(*json);
    QVERIFY2(invitation, invitation ? "" : qPrintable(invitation.error().toString()));
    QCOMPARE(invitation->orgName, QStringLiteral("幸福里老年协会"));
    QCOMPARE(invitation->orgKind, chain::OrgKind::SocialOrganization);
    QCOMPARE(invitation->code, dialog->code());
    QCOMPARE(invitation->consortium, m_demo.service().config().consortium);
    QCOMPARE(invitation->genesisHash, m_demo.service().config().genesisHash);
    QCOMPARE(invitation->orgId, 0u); // a new organization: numbered when admitted
    QVERIFY(invitation->isV2());
    QVERIFY(!invitation->learner);
    QCOMPARE(invitation->token.size(), 16);
    QCOMPARE(invitation->community, QStringLiteral("城关镇幸福里社区共治联盟"));
    QVERIFY(!invitation->peers.empty());
    QCOMPARE(invitation->peers.front().nodeKey, m_demo.service().config().nodeKey);
    QVERIFY(invitation->peers.front().host != QLatin1String("0.0.0.0")); // dialable

    // A kiosk PC of this organization: a learner node of org `secretary->orgId`.
    std::unique_ptr<ui::InvitationDialog> kiosk(page.createInvitationDialog());
    QTRY_VERIFY_WITH_TIMEOUT(kiosk->isReady(), Long);
    kiosk->findChild<QCheckBox *>(QStringLiteral("kioskInvitationCheck"))->setChecked(true);
    QVERIFY(!kiosk->findChild<QLineEdit *>(QStringLiteral("orgNameEdit"))->text().isEmpty());
    const QString kioskPath = m_tmp.file(QStringLiteral("kiosk-invitation.json"));
    QVERIFY(kiosk->createInvitation(kioskPath));
    auto kioskInv = ui::Invitation::fromJson(*ui::readJsonFile(kioskPath));
    QVERIFY(kioskInv);
    QVERIFY(kioskInv->learner);
    QCOMPARE(kioskInv->orgId, m_demo.service().config().orgId);
}

void TestNetworkPage::invitation_ledgerPeers_currentVotersWithEndpoints()
{
    // A state of its own (the demo's is in use), with node keys as joins leave them.
    auto state = state::StateMachine::open(m_tmp.file(QStringLiteral("peers-state.db")));
    QVERIFY2(state, state ? "" : qPrintable(state.error().toString()));
    const auto voter = crypto::KeyPair::generate().publicKey();
    const auto ipv6 = crypto::KeyPair::generate().publicKey();
    const auto kiosk = crypto::KeyPair::generate().publicKey();
    const auto retired = crypto::KeyPair::generate().publicKey();
    const auto founder = crypto::KeyPair::generate().publicKey();
    QSqlQuery q((*state)->database());
    auto add = [&q](const crypto::PublicKey &key, const QVariant &until, const QString &address,
                    int learner) {
        q.prepare(QStringLiteral("INSERT INTO node_keys VALUES (?, 2, 5, ?)"));
        q.addBindValue(key.toByteArray());
        q.addBindValue(until);
        if (!q.exec())
            return false;
        if (address.isEmpty())
            return true;
        q.prepare(QStringLiteral("INSERT INTO node_endpoints VALUES (?, ?, 1, ?)"));
        q.addBindValue(key.toByteArray());
        q.addBindValue(address);
        q.addBindValue(learner);
        return q.exec();
    };
    const QVariant current(QMetaType(QMetaType::LongLong));
    QVERIFY(add(voter, current, QStringLiteral("10.0.0.7:7401"), 0));
    QVERIFY(add(ipv6, current, QStringLiteral("[fd00::4]:7404"), 0));
    QVERIFY(add(kiosk, current, QStringLiteral("10.0.0.8:7402"), 1));
    QVERIFY(add(retired, QVariant(qint64(9)), QStringLiteral("10.0.0.9:7403"), 0));
    QVERIFY(add(founder, current, QString(), 0)); // its address is in node.json

    const auto peers = ui::InvitationDialog::ledgerPeers(**state);
    QCOMPARE(peers.size(), std::size_t(2));
    for (const auto &p : peers) {
        if (p.nodeKey == voter) {
            QCOMPARE(p.host, QStringLiteral("10.0.0.7"));
            QCOMPARE(p.port, quint16(7401));
        } else {
            QVERIFY(p.nodeKey == ipv6);
            QCOMPARE(p.host, QStringLiteral("fd00::4"));
            QCOMPARE(p.port, quint16(7404));
        }
    }
}

void TestNetworkPage::joinApproval_v2RequestWithAdministrator_admitsThenEnrols()
{
    // What the new PC's wizard writes: signed, with its address, incarnation
    // and first administrator.
    const auto nodeKey = crypto::KeyPair::generate();
    const auto adminKey = crypto::KeyPair::generate();
    ui::JoinRequest request;
    request.consortium = m_demo.service().config().consortium;
    request.orgName = QStringLiteral("幸福里书画研习社");
    request.orgKind = chain::OrgKind::SocialOrganization;
    request.nodeKey = nodeKey.publicKey();
    request.code = QStringLiteral("WXYZ-2345");
    request.address = QStringLiteral("192.168.1.30:7400");
    request.incarnation = 987654321;
    request.token = QByteArray(16, '\x07');
    request.adminName = QStringLiteral("周志强");
    request.adminKey = adminKey.publicKey();
    request.sign(nodeKey);
    const QString path = m_tmp.file(QStringLiteral("join-v2.json"));
    QVERIFY(ui::writeJsonFile(path, request.toJson()));

    const auto *secretary = m_demo.personWith(std::uint8_t(chain::Role::Secretary));
    ui::NetworkPage page(m_demo.signIn(*secretary));
    QSignalSpy loaded(&page, &ui::NetworkPage::organizationsLoaded);
    page.activate({});
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, Long);
    std::unique_ptr<ui::JoinApprovalDialog> dialog(page.createJoinApprovalDialog());
    QVERIFY(dialog->loadJoinRequest(path));
    auto *admit = dialog->findChild<QPushButton *>(QStringLiteral("admitButton"));
    QVERIFY2(admit->isEnabled(),
             qPrintable(dialog->findChild<QLabel *>(QStringLiteral("joinSummaryLabel"))->text()));
    QTest::mouseClick(admit, Qt::LeftButton);
    // The admission, then the administrator's enrolment, each applied.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->submission()
                                 && dialog->submission()->type == chain::TxType::PersonEnrolled
                                 && dialog->submission()->stage == Submission::Stage::Applied,
                             Long);
    const auto state = m_demo.queryNow<std::pair<QString, std::uint32_t>>(
        [key = adminKey.publicKey()](const ledger::service::QueryContext &c) {
            const auto person = ledger::state::PeopleQueries(c.state).person(key);
            return person && *person ? std::make_pair((*person)->displayName, (*person)->orgId)
                                     : std::make_pair(QString(), 0u);
        });
    QVERIFY(state);
    QCOMPARE(state->first, request.adminName);
    QVERIFY(state->second > 6u); // the newly admitted organization
    const auto endpoint = m_demo.queryNow<QString>(
        [key = nodeKey.publicKey()](const ledger::service::QueryContext &c) {
            QSqlQuery q(c.state.database());
            q.prepare(QStringLiteral("SELECT address FROM node_endpoints WHERE key = ?"));
            q.addBindValue(QByteArray(reinterpret_cast<const char *>(key.data()), 32));
            return q.exec() && q.next() ? q.value(0).toString() : QString();
        });
    QVERIFY(endpoint);
    QCOMPARE(*endpoint, request.address);
}

void TestNetworkPage::joinApproval_staffMayNot_secretaryAdmits()
{
    ui::JoinRequest request;
    request.consortium = m_demo.service().config().consortium;
    request.orgName = QStringLiteral("幸福里老年协会");
    request.orgKind = chain::OrgKind::SocialOrganization;
    request.nodeKey = crypto::KeyPair::generate().publicKey();
    request.code = QStringLiteral("ABCD-EFGH");
    const QString path = m_tmp.file(QStringLiteral("join.json"));
    QVERIFY(ui::writeJsonFile(path, request.toJson()));

    {
        const auto *staff = m_demo.personWith(std::uint8_t(chain::Role::Staff));
        ui::NetworkPage page(m_demo.signIn(*staff));
        QSignalSpy loaded(&page, &ui::NetworkPage::organizationsLoaded);
        page.activate({});
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, Long);
        std::unique_ptr<ui::JoinApprovalDialog> dialog(page.createJoinApprovalDialog());
        QVERIFY(dialog->loadJoinRequest(path));
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("admitButton"))->isEnabled());
        QVERIFY(!dialog->admit());
    }

    const auto *secretary = m_demo.personWith(std::uint8_t(chain::Role::Secretary));
    ui::NetworkPage page(m_demo.signIn(*secretary));
    QSignalSpy loaded(&page, &ui::NetworkPage::organizationsLoaded);
    page.activate({});
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, Long);
    std::unique_ptr<ui::JoinApprovalDialog> dialog(page.createJoinApprovalDialog());
    QVERIFY(dialog->loadJoinRequest(path));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("joinOrgNameEdit"))->text(),
             request.orgName);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("joinCodeLabel"))->text(), request.code);
    auto *admit = dialog->findChild<QPushButton *>(QStringLiteral("admitButton"));
    QVERIFY(admit->isEnabled());
    QTest::mouseClick(admit, Qt::LeftButton);
    QVERIFY(dialog->submission()); // visibly queued at once
    QTRY_VERIFY_WITH_TIMEOUT(dialog->submission()->stage == Submission::Stage::Applied, Long);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("joinStageLabel"))
                ->text()
                .startsWith(QStringLiteral("✓")));

    // The page lists the new member (no node of it in the network yet).
    QTRY_COMPARE_WITH_TIMEOUT(page.memberModel()->rowCount(), 7, Long);
    QCOMPARE(page.memberModel()->row(6)->name, request.orgName);
    QCOMPARE(page.memberModel()->row(6)->nodeKey, request.nodeKey);

    // The same node key cannot be admitted twice.
    std::unique_ptr<ui::JoinApprovalDialog> again(page.createJoinApprovalDialog());
    QVERIFY(again->loadJoinRequest(path));
    QVERIFY(!again->findChild<QPushButton *>(QStringLiteral("admitButton"))->isEnabled());
}

void TestNetworkPage::transfer_onlyForAdministrators()
{
    const auto *staff = m_demo.personWith(std::uint8_t(chain::Role::Staff));
    {
        ui::NetworkPage page(m_demo.signIn(*staff));
        page.show();
        QVERIFY(
            page.findChild<QPushButton *>(QStringLiteral("transferLeadershipButton"))->isHidden());
    }
    const auto *admin = m_demo.personWith(std::uint8_t(chain::Role::Admin));
    QVERIFY(admin);
    ui::NetworkPage page(m_demo.signIn(*admin));
    QSignalSpy loaded(&page, &ui::NetworkPage::organizationsLoaded);
    page.show();
    page.activate({});
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, Long);
    auto *transfer = page.findChild<QPushButton *>(QStringLiteral("transferLeadershipButton"));
    QVERIFY(transfer->isVisible());
    // A one-node network: nobody to hand leadership to, whichever row is chosen.
    for (int row = 0; row < page.memberModel()->rowCount(); ++row) {
        page.findChild<QTableView *>(QStringLiteral("memberTableView"))->selectRow(row);
        QVERIFY(!transfer->isEnabled());
    }
}

namespace {
// A base port with the next two free as well (demo-data --nodes 3 uses consecutive ports).
quint16 threeFreePorts()
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        QTcpServer first;
        if (!first.listen(QHostAddress::LocalHost, 0))
            continue;
        const quint16 base = first.serverPort();
        QTcpServer second, third;
        if (base < 65000 && second.listen(QHostAddress::LocalHost, base + 1)
            && third.listen(QHostAddress::LocalHost, base + 2))
            return base;
    }
    return 0;
}
} // namespace

// Three organizations' nodes of the demo chain in this process: the page
// on the leader shows the two others online and up to date, and hands
// leadership to one of them; a stopped node turns offline.
void TestNetworkPage::cluster_showsPeersAndHandsLeadershipOver()
{
    const quint16 base = threeFreePorts();
    QVERIFY(base != 0);
    const QString dir = m_tmp.file(QStringLiteral("cluster"));
    QString log;
    QVERIFY2(tests::ui::runCli({ QStringLiteral("demo-data"), QStringLiteral("--nodes"),
                                 QStringLiteral("3"), QStringLiteral("--dir"), dir,
                                 QStringLiteral("--base-port"), QString::number(base) },
                               nullptr, &log),
             qPrintable(log));
    std::vector<std::unique_ptr<service::LedgerService>> nodes;
    for (int i = 1; i <= 3; ++i) {
        auto s = service::LedgerService::open(dir + QStringLiteral("/node%1").arg(i));
        QVERIFY2(s, s ? "" : qPrintable(s.error().toString()));
        nodes.push_back(std::move(*s));
    }
    auto leaderIndex = [&nodes]() -> int {
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            if (nodes[i] && nodes[i]->status().role == raft::Role::Leader)
                return int(i);
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(leaderIndex() >= 0, Long);
    const int leader = leaderIndex();

    ui::SignedInPerson admin { crypto::KeyPair::generate(), QStringLiteral("袁浩波"), 1,
                               std::uint8_t(chain::Role::Admin) };
    ui::Navigator navigator;
    ui::AppContext context { nodes[std::size_t(leader)].get(), &admin, &navigator };
    ui::NetworkPage page(context);
    page.show();
    auto *model = page.memberModel();
    auto rowOf = [model](std::uint32_t orgId) {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->row(r)->orgId == orgId)
                return r;
        }
        return -1;
    };
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 6, Long);
    using M = ui::MemberModel;
    for (std::uint32_t org = 1; org <= 3; ++org) {
        const int r = rowOf(org);
        QCOMPARE(model->row(r)->thisNode, int(org) == leader + 1);
        if (!model->row(r)->thisNode) {
            QTRY_COMPARE_WITH_TIMEOUT(cell(*model, r, M::Status), M::tr("Online"), Long);
            QCOMPARE(cell(*model, r, M::Role), M::tr("Voter"));
            QTRY_COMPARE_WITH_TIMEOUT(cell(*model, r, M::Lag), M::tr("Up to date"), Long);
        }
    }
    QCOMPARE(cell(*model, rowOf(5), M::Status), M::tr("Not in the network"));
    QCOMPARE(model->voters(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(model->votersOnline(), 3, Long);

    // Hand leadership to the next organization's node.
    const int target = (leader + 1) % 3;
    auto *view = page.findChild<QTableView *>(QStringLiteral("memberTableView"));
    auto *transfer = page.findChild<QPushButton *>(QStringLiteral("transferLeadershipButton"));
    view->selectRow(rowOf(std::uint32_t(leader + 1)));
    QVERIFY(!transfer->isEnabled()); // not to itself
    view->selectRow(rowOf(std::uint32_t(target + 1)));
    QVERIFY(transfer->isEnabled());
    page.transferLeadershipTo(rowOf(std::uint32_t(target + 1)));
    QTRY_COMPARE_WITH_TIMEOUT(nodes[std::size_t(target)]->status().role, raft::Role::Leader, Long);
    QTRY_COMPARE_WITH_TIMEOUT(cell(*model, rowOf(std::uint32_t(target + 1)), M::Role),
                              M::tr("Leader"), Long);
    QVERIFY(!transfer->isEnabled()); // this computer no longer leads

    // The third node stops: offline on the new leader's page, and on a
    // follower's, whose connection to it closes.
    const int third = 3 - leader - target;
    ui::AppContext leaderContext { nodes[std::size_t(target)].get(), &admin, &navigator };
    ui::NetworkPage leaderPage(leaderContext);
    leaderPage.show();
    auto *leaderModel = leaderPage.memberModel();
    QTRY_COMPARE_WITH_TIMEOUT(leaderModel->rowCount(), 6, Long);
    const int thirdRow = rowOf(std::uint32_t(third + 1));
    QTRY_COMPARE_WITH_TIMEOUT(cell(*leaderModel, thirdRow, M::Status), M::tr("Online"), Long);
    QTRY_COMPARE_WITH_TIMEOUT(cell(*model, thirdRow, M::Status), M::tr("Online"), Long);
    nodes[std::size_t(third)].reset();
    QTRY_COMPARE_WITH_TIMEOUT(cell(*leaderModel, thirdRow, M::Status), M::tr("Offline"), Long);
    QTRY_COMPARE_WITH_TIMEOUT(cell(*model, thirdRow, M::Status), M::tr("Offline"), Long);
}

// For looking, not asserting: GONGZHI_UI_SHOTS=DIR saves the page and its dialogs.
void TestNetworkPage::screenshots_whenAsked()
{
    const QString dir = qEnvironmentVariable("GONGZHI_UI_SHOTS");
    if (dir.isEmpty())
        QSKIP("set GONGZHI_UI_SHOTS=DIR to save screenshots");
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    // GONGZHI_UI_QM=FILE: a translation to look at before it is merged.
    QTranslator translator;
    if (translator.load(qEnvironmentVariable("GONGZHI_UI_QM")))
        QCoreApplication::installTranslator(&translator);
    const auto *admin = m_demo.personWith(std::uint8_t(chain::Role::Admin));
    ui::NetworkPage page(m_demo.signIn(*admin));
    QSignalSpy loaded(&page, &ui::NetworkPage::organizationsLoaded);
    page.resize(1366, 768);
    page.show();
    page.activate({});
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, Long);
    QTest::qWait(800);
    page.grab().save(dir + QStringLiteral("/network-page.png"));
    for (const auto &[name, widget] : page.createTourDialogs()) {
        widget->show();
        QTest::qWait(800);
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
        delete widget;
    }
}

QTEST_MAIN(TestNetworkPage)
#include "TestNetworkPage.moc"
