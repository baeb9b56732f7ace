// Joining on the ledger side (docs/raft.md §Joining): OrgAdmitted v2, NodeAdded
// and NodeRemoved in the state (held, approved, retired; node_endpoints in the
// digest), and the invitation / join-request files (strict, signed).
#include "ledger/domain/ConsortiumPayloads.h"
#include "ledger/node/Invitation.h"
#include "ledger/state/queries/MembershipQueries.h"
#include "tests/ledger/state/StateHarness.h"

#include <QSqlQuery>
#include <QTest>

using namespace ledger;
using namespace ledger::domain;
using chain::TxType;
using tests::StateHarness;

namespace {

std::optional<state::LedgerNodeInfo> nodeWithKey(const StateHarness &h,
                                                 const crypto::PublicKey &key)
{
    const auto nodes = state::ledgerNodes(*h.sm);
    if (!nodes)
        return std::nullopt;
    for (const auto &n : *nodes) {
        if (n.key == key)
            return n;
    }
    return std::nullopt;
}

ApprovalDecision grant(const chain::Transaction &held)
{
    return ApprovalDecision { held.id(), QString() };
}

node::Invitation invitationFor(const tests::ChainFixture &chain)
{
    node::Invitation inv;
    inv.community = QStringLiteral("幸福里社区");
    inv.consortium = chain.consortium();
    inv.genesisHash = chain.blocks().front().hash();
    inv.genesisBlock = chain.blocks().front().encode();
    inv.orgName = QStringLiteral("志愿服务队");
    inv.code = node::Invitation::randomCode();
    inv.token = QByteArray(16, '\x07');
    inv.peers.push_back(
        { crypto::KeyPair::generate().publicKey(), QStringLiteral("10.0.0.2"), 7400 });
    return inv;
}

} // namespace

class TestJoinLedger : public QObject
{
    Q_OBJECT
private slots:
    void nodeAdded_byAdmin_isHeld_thenApprovedWithItsEndpoint()
    {
        StateHarness h;
        const auto kiosk = crypto::KeyPair::generate();
        const NodeAdded added { 2, kiosk.publicKey(),
                                NodeEndpoint { 4242, QStringLiteral("10.0.0.9:7400"), true } };
        const auto held = h.chain.tx(QStringLiteral("admin"), TxType::NodeAdded, added);
        GONGZHI_PENDING(h, held);
        QVERIFY(!nodeWithKey(h, kiosk.publicKey()));
        // Only a party committee secretary approves a node.
        GONGZHI_REJECTED(h,
                         h.chain.tx(QStringLiteral("rcSec"), TxType::ApprovalGranted, grant(held)),
                         RejectReason::OutOfScope);
        GONGZHI_APPLIED(
            h, h.chain.tx(QStringLiteral("partySec"), TxType::ApprovalGranted, grant(held)));
        const auto n = nodeWithKey(h, kiosk.publicKey());
        QVERIFY(n);
        QVERIFY(n->current && n->hasEndpoint && n->learner);
        QCOMPARE(n->orgId, 2u);
        QCOMPARE(n->incarnation, std::uint64_t(4242));
        QCOMPARE(n->address, QStringLiteral("10.0.0.9:7400"));
        // The key is taken for good.
        GONGZHI_REJECTED(h, h.chain.tx(QStringLiteral("partySec"), TxType::NodeAdded, added),
                         RejectReason::Duplicate);
        // Founders are listed without an endpoint.
        const auto founder = nodeWithKey(h, h.chain[QStringLiteral("node1")].key.publicKey());
        QVERIFY(founder && founder->current && !founder->hasEndpoint);
    }

    void orgAdmittedV2_bySecretary_storesTheEndpoint_andNodeRemovedRetiresIt()
    {
        StateHarness h;
        const auto pc = crypto::KeyPair::generate();
        GONGZHI_APPLIED(
            h,
            h.chain.tx(QStringLiteral("partySec"), TxType::OrgAdmitted,
                       OrgAdmitted { 4, chain::OrgKind::SocialOrganization,
                                     QStringLiteral("志愿服务队"), pc.publicKey(),
                                     NodeEndpoint { 7, QStringLiteral("10.0.0.4:7400"), false } }));
        auto n = nodeWithKey(h, pc.publicKey());
        QVERIFY(n && n->current && n->hasEndpoint && !n->learner);
        QCOMPARE(state::nextOrgId(*h.sm), 5u);
        QCOMPARE(state::lastSequence(*h.sm, h.chain[QStringLiteral("partySec")].key.publicKey()),
                 h.chain[QStringLiteral("partySec")].sequence);
        // Removing needs a reason and a current node key.
        GONGZHI_REJECTED(h,
                         h.chain.tx(QStringLiteral("partySec"), TxType::NodeRemoved,
                                    NodeRemoved { crypto::KeyPair::generate().publicKey(),
                                                  QStringLiteral("不存在") }),
                         RejectReason::NotFound);
        GONGZHI_APPLIED(h,
                        h.chain.tx(QStringLiteral("partySec"), TxType::NodeRemoved,
                                   NodeRemoved { pc.publicKey(), QStringLiteral("换新电脑") }));
        n = nodeWithKey(h, pc.publicKey());
        QVERIFY(n && !n->current);
        QVERIFY(!h.sm->isCurrentNodeKey(pc.publicKey(), h.sm->appliedHeight().value()).value());
    }

    void nodeEndpoints_areCoveredByTheStateDigest()
    {
        StateHarness h;
        const auto kiosk = crypto::KeyPair::generate();
        GONGZHI_APPLIED(
            h,
            h.chain.tx(QStringLiteral("partySec"), TxType::NodeAdded,
                       NodeAdded { 2, kiosk.publicKey(),
                                   NodeEndpoint { 9, QStringLiteral("10.0.0.9:7400"), true } }));
        const auto before = h.sm->digest().value();
        QSqlQuery q(h.sm->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE node_endpoints SET learner = 0")));
        QVERIFY(h.sm->digest().value() != before);
    }

    void invitation_roundTrips_andChecksItsGenesisBlock()
    {
        tests::ChainFixture chain;
        node::Invitation inv = invitationFor(chain);
        inv.learner = true;
        auto back = node::Invitation::fromJson(inv.toJson());
        QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
        QVERIFY(back->isV2() && back->learner);
        QCOMPARE(back->genesisBlock, inv.genesisBlock);
        QCOMPARE(back->token, inv.token);

        QJsonObject tampered = inv.toJson();
        tampered.insert(QStringLiteral("genesis_hash"), QString(64, QLatin1Char('a')));
        auto bad = node::Invitation::fromJson(tampered);
        QVERIFY(!bad);
        QCOMPARE(bad.error().field, QStringLiteral("genesis_block"));
        tampered = inv.toJson();
        tampered.insert(QStringLiteral("role"), QStringLiteral("observer"));
        QCOMPARE(node::Invitation::fromJson(tampered).error().field, QStringLiteral("role"));
        tampered = inv.toJson();
        tampered.insert(QStringLiteral("token"), QStringLiteral("00ff"));
        QCOMPARE(node::Invitation::fromJson(tampered).error().field, QStringLiteral("token"));

        // A v1 file (the desktop's dialogs) still loads, without a genesis block.
        node::Invitation v1 = inv;
        v1.genesisBlock.clear();
        auto old = node::Invitation::fromJson(v1.toJson());
        QVERIFY(old && !old->isV2());
    }

    void joinRequest_isSignedByItsNodeKey_andMustAnswerTheInvitation()
    {
        tests::ChainFixture chain;
        const node::Invitation inv = invitationFor(chain);
        const auto key = crypto::KeyPair::generate();
        node::JoinRequest r;
        r.consortium = inv.consortium;
        r.orgName = inv.orgName;
        r.orgKind = inv.orgKind;
        r.nodeKey = key.publicKey();
        r.code = inv.code;
        r.address = QStringLiteral("10.0.0.5:7400");
        r.incarnation = 99;
        r.token = inv.token;
        r.sign(key);
        auto back = node::JoinRequest::fromJson(r.toJson());
        QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
        QCOMPARE(back->incarnation, std::uint64_t(99));
        QVERIFY(back->matches(inv));

        QJsonObject moved = r.toJson();
        moved.insert(QStringLiteral("address"), QStringLiteral("10.6.6.6:7400"));
        const auto forged = node::JoinRequest::fromJson(moved);
        QVERIFY(!forged);
        QCOMPARE(forged.error().code, core::ErrorCode::BadSignature);

        node::Invitation other = inv;
        other.token = QByteArray(16, '\x01');
        QCOMPARE(back->matches(other).error().field, QStringLiteral("token"));
        other = inv;
        other.learner = true;
        QCOMPARE(back->matches(other).error().field, QStringLiteral("role"));
        QJsonObject noAddress = r.toJson();
        noAddress.insert(QStringLiteral("address"), QStringLiteral("10.0.0.5"));
        QCOMPARE(node::JoinRequest::fromJson(noAddress).error().field, QStringLiteral("address"));
    }
};

QTEST_GUILESS_MAIN(TestJoinLedger)
#include "TestJoinLedger.moc"
