#include "ledger/domain/DemoCommunity.h"
#include "ledger/domain/Payloads.h"
#include "ledger/state/StateMembership.h"
#include "tests/ledger/state/StateHarness.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace ledger;
using namespace ledger::domain;
using chain::TxType;
using tests::StateHarness;

namespace {
// The child process of digest_sameInAnotherProcess: applies the blocks in
// `file` (u32-length-prefixed encodings) to a fresh state after some
// unrelated work, and prints the digest.
int childDigest(const QString &blocksFile, const QString &statePath)
{
    QFile f(blocksFile);
    if (!f.open(QIODevice::ReadOnly))
        return 2;
    const QByteArray all = f.readAll();
    core::ByteReader r(all);
    auto sm = state::StateMachine::open(statePath);
    if (!sm)
        return 3;
    // Unrelated work first: apply a prefix, reset, start again.
    std::vector<chain::Block> blocks;
    while (!r.atEnd()) {
        auto bytes = r.bytes(std::uint32_t(chain::Block::MaxEncodedSize), "block");
        auto block = chain::Block::decode(*bytes);
        if (!block)
            return 4;
        blocks.push_back(std::move(*block));
    }
    for (std::size_t i = 0; i < blocks.size() / 2; ++i)
        (void)(*sm)->apply(blocks[i]);
    if (!(*sm)->reset())
        return 5;
    for (const auto &b : blocks) {
        if (!(*sm)->apply(b))
            return 6;
    }
    const auto d = (*sm)->digest();
    if (!d)
        return 7;
    QTextStream(stdout) << d->toHex() << Qt::endl;
    return 0;
}

std::vector<chain::Block> readBlocks(const QString &file)
{
    QFile f(file);
    GONGZHI_ENFORCE(f.open(QIODevice::ReadOnly), "blocks file");
    const QByteArray all = f.readAll();
    core::ByteReader r(all);
    std::vector<chain::Block> blocks;
    while (!r.atEnd())
        blocks.push_back(
            *chain::Block::decode(*r.bytes(std::uint32_t(chain::Block::MaxEncodedSize), "block")));
    return blocks;
}

void writeBlocks(const QString &file, const std::vector<chain::Block> &blocks)
{
    core::ByteWriter w;
    for (const auto &b : blocks)
        w.bytes(b.encode());
    QFile f(file);
    GONGZHI_ENFORCE(f.open(QIODevice::WriteOnly) && f.write(w.data()) == w.size(), "write blocks");
}

// The child of crash_leavesStateAtABlockBoundary: applies blocks with full
// durability and says "applied N" after each, until it is killed.
int childApply(const QString &blocksFile, const QString &statePath)
{
    const auto blocks = readBlocks(blocksFile);
    auto sm = std::move(*state::StateMachine::open(statePath));
    QTextStream out(stdout);
    for (const auto &b : blocks) {
        if (!sm->apply(b))
            return 6;
        out << "applied " << b.height() << Qt::endl;
    }
    return 0;
}

ApprovalDecision decide(const chain::Transaction &held, const char *comment = "")
{
    return ApprovalDecision { held.id(), QString::fromUtf8(comment) };
}
} // namespace

class TestStateMachine : public QObject
{
    Q_OBJECT
private slots:
    void genesis_setsMembership()
    {
        StateHarness h;
        QCOMPARE(h.sm->appliedHeight().value(), std::uint64_t(0));
        QVERIFY(
            h.sm->isCurrentNodeKey(h.chain[QStringLiteral("node2")].key.publicKey(), 0).value());
        QVERIFY(h.sm->isCurrentPersonKey(h.chain[QStringLiteral("rcStaff")].key.publicKey(), 0)
                    .value());
        QVERIFY(
            !h.sm->isCurrentPersonKey(h.chain[QStringLiteral("node2")].key.publicKey(), 0).value());
        QVERIFY(!h.sm->isCurrentNodeKey(h.chain[QStringLiteral("stranger")].key.publicKey(), 0)
                     .value());
        QCOMPARE(h.sm->isCurrentNodeKey(h.chain[QStringLiteral("node2")].key.publicKey(), 1)
                     .error()
                     .code,
                 core::ErrorCode::Unavailable);
        QCOMPARE(h.sm->organizationOfNodeKey(h.chain[QStringLiteral("node3")].key.publicKey()), 3u);
    }

    void blocks_applyOnlyInHeightOrder()
    {
        StateHarness h;
        const auto &b1 = h.chain.block({});
        const auto &b2 = h.chain.block({});
        QCOMPARE(h.sm->apply(b2).error().code, core::ErrorCode::Conflict);
        QVERIFY(h.sm->apply(b1).has_value());
        QCOMPARE(h.sm->apply(b1).error().code, core::ErrorCode::Conflict);
        QVERIFY(h.sm->apply(b2).has_value());
        QCOMPARE(h.sm->appliedHeight().value(), std::uint64_t(2));
        // A block that does not extend the applied chain.
        tests::ChainFixture other;
        other.block({});
        other.block({});
        QCOMPARE(h.sm->apply(other.block({})).error().code, core::ErrorCode::Conflict);
    }

    void envelopeRejections_areRecordedWithTheirReason()
    {
        StateHarness h;
        const PolicySet policy { 5, 3 };
        GONGZHI_REJECTED(h, h.chain.tx(QStringLiteral("stranger"), TxType::PolicySet, policy),
                         RejectReason::UnknownSigner);
        auto replayed = h.chain.tx(QStringLiteral("partySec"), TxType::PolicySet, policy);
        GONGZHI_APPLIED(h, replayed);
        h.chain[QStringLiteral("partySec")].sequence
            -= 1; // same sequence again, new signature bytes
        GONGZHI_REJECTED(
            h, h.chain.tx(QStringLiteral("partySec"), TxType::PolicySet, PolicySet { 6, 3 }),
            RejectReason::Replay);
        GONGZHI_REJECTED(h, h.chain.tx(QStringLiteral("rcStaff"), TxType::PolicySet, policy),
                         RejectReason::NotPermitted);
        GONGZHI_REJECTED(h, h.chain.tx(QStringLiteral("rcSec"), TxType::PolicySet, policy),
                         RejectReason::OutOfScope);
        chain::TxBody body;
        body.type = TxType::PolicySet;
        body.consortium = h.chain.consortium();
        body.consortium.data()[0] ^= 1;
        body.sequence = 100;
        body.payload = encodePayload(policy);
        GONGZHI_REJECTED(h, chain::Transaction::sign(body, h.chain[QStringLiteral("partySec")].key),
                         RejectReason::WrongConsortium);
        body.consortium = h.chain.consortium();
        body.payload = QByteArray("\x01\x00", 2);
        GONGZHI_REJECTED(h, chain::Transaction::sign(body, h.chain[QStringLiteral("partySec")].key),
                         RejectReason::MalformedPayload);
        body.type = TxType::Genesis;
        body.sequence = 101;
        body.payload = h.chain.genesisPayload().encode();
        GONGZHI_REJECTED(h, chain::Transaction::sign(body, h.chain[QStringLiteral("admin")].key),
                         RejectReason::MisplacedGenesis);
        const auto d = h.queries().dashboard(h.chain.now());
        QCOMPARE(d->rejectedTransactions, std::int64_t(7));
    }

    void nodeKeyRotation_retiresTheOldKeyFromThatHeight()
    {
        StateHarness h;
        const auto oldKey = h.chain[QStringLiteral("node2")].key.publicKey();
        auto &fresh = h.chain[QStringLiteral("node2b")];
        GONGZHI_APPLIED(
            h,
            h.chain.tx(QStringLiteral("rcAdmin"), TxType::NodeKeyRotated,
                       NodeKeyRotated { 2, fresh.key.publicKey(), QStringLiteral("更换电脑") }));
        const std::uint64_t at = h.sm->appliedHeight().value();
        QVERIFY(h.sm->isCurrentNodeKey(oldKey, at - 1).value());
        QVERIFY(!h.sm->isCurrentNodeKey(oldKey, at).value());
        QVERIFY(h.sm->isCurrentNodeKey(fresh.key.publicKey(), at).value());
        QVERIFY(!h.sm->isCurrentNodeKey(fresh.key.publicKey(), at - 1).value());
        const ResidentPin pin { Pseudonym(std::array<std::uint8_t, 16> { 1, 2, 3 }),
                                PinVerifier() };
        GONGZHI_REJECTED(h, h.chain.tx(QStringLiteral("node2"), TxType::ResidentEnrolled, pin),
                         RejectReason::UnknownSigner);
        GONGZHI_APPLIED(h, h.chain.tx(QStringLiteral("node2b"), TxType::ResidentEnrolled, pin));
        // A key is never reused, and another organization cannot rotate this one.
        GONGZHI_REJECTED(h,
                         h.chain.tx(QStringLiteral("rcAdmin"), TxType::NodeKeyRotated,
                                    NodeKeyRotated { 2, oldKey, QStringLiteral("回退") }),
                         RejectReason::Duplicate);
        GONGZHI_REJECTED(
            h,
            h.chain.tx(QStringLiteral("rcAdmin"), TxType::NodeKeyRotated,
                       NodeKeyRotated { 3, h.chain[QStringLiteral("x")].key.publicKey(),
                                        QStringLiteral("越权") }),
            RejectReason::OutOfScope);
    }

    void stateMembership_followsKeyRotationForTheVerifier()
    {
        StateHarness h;
        auto &fresh = h.chain[QStringLiteral("node2b")];
        h.commit({ h.chain.tx(
            QStringLiteral("rcAdmin"), TxType::NodeKeyRotated,
            NodeKeyRotated { 2, fresh.key.publicKey(), QStringLiteral("更换电脑") }) });
        h.commit({});
        tests::TempDir dir;
        auto scratch = std::move(*state::StateMachine::open(dir.file(QStringLiteral("m.db")),
                                                            state::StateMachine::Durability::Fast));
        state::StateMembership m(*scratch);
        m.reset(h.chain.genesisPayload());
        const auto old = h.chain[QStringLiteral("node2")].key.publicKey();
        QVERIFY(m.isNodeKey(old, 0));
        QVERIFY(!m.isNodeKey(fresh.key.publicKey(), 0));
        for (const auto &b : h.chain.blocks())
            m.apply(b);
        QVERIFY(!m.error());
        QVERIFY(m.isNodeKey(old, 1)); // block 1 is checked against the state after block 0
        QVERIFY(!m.isNodeKey(old, 2)); // rotated in block 1
        QVERIFY(m.isNodeKey(fresh.key.publicKey(), 2));
        QVERIFY(!m.isNodeKey(fresh.key.publicKey(), 9)); // beyond what was applied
    }

    void orgAdmission_byAdmin_waitsForAPartySecretary()
    {
        StateHarness h;
        auto &node4 = h.chain[QStringLiteral("node4")];
        const auto held = h.chain.tx(QStringLiteral("admin"), TxType::OrgAdmitted,
                                     OrgAdmitted { 4,
                                                   chain::OrgKind::SocialOrganization,
                                                   QStringLiteral("志愿服务队"),
                                                   node4.key.publicKey(),
                                                   {} });
        GONGZHI_PENDING(h, held);
        QCOMPARE(h.queries().pendingApprovals({}).value().size(), std::size_t(1));
        QVERIFY(
            !h.sm->isCurrentNodeKey(node4.key.publicKey(), h.sm->appliedHeight().value()).value());
        GONGZHI_REJECTED(h,
                         h.chain.tx(QStringLiteral("rcSec"), TxType::ApprovalGranted, decide(held)),
                         RejectReason::OutOfScope);
        GONGZHI_REJECTED(
            h, h.chain.tx(QStringLiteral("partySec"), TxType::ApprovalRefused, decide(held)),
            RejectReason::InvalidValue);
        GONGZHI_APPLIED(h,
                        h.chain.tx(QStringLiteral("partySec"), TxType::ApprovalGranted,
                                   decide(held, "同意加入")));
        QCOMPARE(int(h.outcomeOf(held).outcome), int(state::TxOutcome::Applied));
        QVERIFY(
            h.sm->isCurrentNodeKey(node4.key.publicKey(), h.sm->appliedHeight().value()).value());
        QVERIFY(h.queries().pendingApprovals({}).value().empty());
        GONGZHI_REJECTED(
            h, h.chain.tx(QStringLiteral("partySec"), TxType::ApprovalGranted, decide(held)),
            RejectReason::WrongStatus);
        // Leaving: the node key and the people's keys stop being current.
        GONGZHI_APPLIED(h,
                        h.chain.tx(QStringLiteral("partySec"), TxType::OrgRemoved,
                                   OrgRemoved { 3, QStringLiteral("合同到期") }));
        QVERIFY(!h.sm->isCurrentPersonKey(h.chain[QStringLiteral("pmStaff")].key.publicKey(),
                                          h.sm->appliedHeight().value())
                     .value());
        GONGZHI_REJECTED(h,
                         h.chain.tx(QStringLiteral("pmStaff"), TxType::ResidentEnrolled,
                                    ResidentPin { Pseudonym(std::array<std::uint8_t, 16> { 9 }),
                                                  PinVerifier() }),
                         RejectReason::UnknownSigner);
    }

    void refusalAndSelfApproval()
    {
        StateHarness h;
        const auto held
            = h.chain.tx(QStringLiteral("admin"), TxType::PolicySet, PolicySet { 3, 5 });
        GONGZHI_PENDING(h, held);
        GONGZHI_APPLIED(h,
                        h.chain.tx(QStringLiteral("partySec"), TxType::ApprovalRefused,
                                   decide(held, "阈值过低")));
        QCOMPARE(h.outcomeOf(held).reason, RejectReason::ApprovalRefused);
        // partySec proposes a handbook (held for everyone) and cannot approve it.
        ScoringHandbook hb { 1,
                             QStringLiteral("手册"),
                             { { QStringLiteral("c"), QStringLiteral("类") } },
                             { { QStringLiteral("VOL"), QStringLiteral("c"),
                                 QStringLiteral("志愿服务"), 5, 0, false } },
                             {} };
        const auto proposal = h.chain.tx(QStringLiteral("partySec"), TxType::HandbookProposed, hb);
        GONGZHI_PENDING(h, proposal);
        GONGZHI_REJECTED(
            h, h.chain.tx(QStringLiteral("partySec"), TxType::ApprovalGranted, decide(proposal)),
            RejectReason::SelfApproval);
        GONGZHI_REJECTED(
            h, h.chain.tx(QStringLiteral("partyStaff"), TxType::ApprovalGranted, decide(proposal)),
            RejectReason::NotPermitted);
        GONGZHI_REJECTED(h,
                         h.chain.tx(QStringLiteral("partySec"), TxType::ApprovalGranted,
                                    ApprovalDecision { crypto::Digest(), {} }),
                         RejectReason::NotFound);
    }

    void people_enrolRotateRoleChangeRemove()
    {
        StateHarness h;
        auto &newbie = h.chain[QStringLiteral("newbie")];
        GONGZHI_REJECTED(
            h,
            h.chain.tx(QStringLiteral("rcAdmin"), TxType::PersonEnrolled,
                       PersonEnrolled { newbie.key.publicKey(), 3, QStringLiteral("赵敏"), 1 }),
            RejectReason::OutOfScope);
        GONGZHI_APPLIED(
            h,
            h.chain.tx(QStringLiteral("rcAdmin"), TxType::PersonEnrolled,
                       PersonEnrolled { newbie.key.publicKey(), 2, QStringLiteral("赵敏"), 1 }));
        GONGZHI_REJECTED(
            h,
            h.chain.tx(QStringLiteral("rcAdmin"), TxType::PersonEnrolled,
                       PersonEnrolled { newbie.key.publicKey(), 2, QStringLiteral("赵敏"), 1 }),
            RejectReason::Duplicate);
        // Granting a role by an admin waits for a secretary of the party committee.
        const auto grant = h.chain.tx(QStringLiteral("rcAdmin"), TxType::RoleGranted,
                                      RoleChange { newbie.key.publicKey(), chain::Role::Auditor });
        GONGZHI_PENDING(h, grant);
        GONGZHI_REJECTED(
            h, h.chain.tx(QStringLiteral("rcSec"), TxType::ApprovalGranted, decide(grant)),
            RejectReason::OutOfScope);
        GONGZHI_APPLIED(
            h, h.chain.tx(QStringLiteral("partySec"), TxType::ApprovalGranted, decide(grant)));
        GONGZHI_APPLIED(h,
                        h.chain.tx(QStringLiteral("rcSec"), TxType::RoleRevoked,
                                   RoleChange { newbie.key.publicKey(), chain::Role::Auditor }));
        GONGZHI_REJECTED(h,
                         h.chain.tx(QStringLiteral("rcSec"), TxType::RoleRevoked,
                                    RoleChange { newbie.key.publicKey(), chain::Role::Auditor }),
                         RejectReason::WrongStatus);
        GONGZHI_REJECTED(h,
                         h.chain.tx(QStringLiteral("rcSec"), TxType::RoleRevoked,
                                    RoleChange { newbie.key.publicKey(), chain::Role::Staff }),
                         RejectReason::InvalidValue);
        // The person rotates their own key; the old one signs nothing afterwards.
        auto &next = h.chain[QStringLiteral("newbie2")];
        GONGZHI_APPLIED(h,
                        h.chain.tx(QStringLiteral("newbie"), TxType::PersonKeyRotated,
                                   PersonKeyRotated { newbie.key.publicKey(), next.key.publicKey(),
                                                      QStringLiteral("换手机") }));
        QVERIFY(!h.sm->isCurrentPersonKey(newbie.key.publicKey(), h.sm->appliedHeight().value())
                     .value());
        GONGZHI_REJECTED(
            h,
            h.chain.tx(
                QStringLiteral("newbie"), TxType::FeedbackSubmitted,
                FeedbackSubmitted {
                    FeedbackKind::Suggestion, QStringLiteral("env"), QStringLiteral("x"), 0, {} }),
            RejectReason::UnknownSigner);
        GONGZHI_APPLIED(h,
                        h.chain.tx(QStringLiteral("rcSec"), TxType::PersonRemoved,
                                   PersonRemoved { next.key.publicKey(), QStringLiteral("离职") }));
        QVERIFY(
            !h.sm->isCurrentPersonKey(next.key.publicKey(), h.sm->appliedHeight().value()).value());
        QVERIFY(h.sm->isCurrentPersonKey(next.key.publicKey(), h.sm->appliedHeight().value() - 1)
                    .value());
    }

    void digest_sameAfterRebuildAndInAnotherProcess()
    {
        StateHarness h;
        h.commit({ h.chain.tx(QStringLiteral("partySec"), TxType::PolicySet, PolicySet { 20, 5 }),
                   h.chain.tx(QStringLiteral("rcStaff"), TxType::ResidentEnrolled,
                              ResidentPin { Pseudonym(std::array<std::uint8_t, 16> { 7 }),
                                            PinVerifier() }) });
        h.commit({ h.chain.tx(QStringLiteral("rcStaff"), TxType::RecordSubmitted,
                              RecordSubmitted { RecordKind::Decision,
                                                { QStringLiteral("议事"), {}, {}, {} },
                                                0,
                                                0,
                                                0,
                                                0,
                                                0,
                                                {} }),
                   h.chain.tx(QStringLiteral("stranger"), TxType::PolicySet, PolicySet {}) });
        const auto d1 = h.sm->digest().value();
        QVERIFY(h.sm->reset().has_value());
        QVERIFY(!h.sm->appliedHeight());
        for (const auto &b : h.chain.blocks())
            QVERIFY(h.sm->apply(b).has_value());
        QCOMPARE(h.sm->digest().value(), d1);

        // Another state differs (the digest is not constant).
        tests::StateHarness other;
        QVERIFY(other.sm->digest().value() != d1);

        core::ByteWriter w;
        for (const auto &b : h.chain.blocks())
            w.bytes(b.encode());
        QFile f(h.dir.file(QStringLiteral("blocks.bin")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(w.data());
        f.close();
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    { QStringLiteral("--child-digest"), f.fileName(),
                      h.dir.file(QStringLiteral("child.db")) });
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitCode(), 0);
        QCOMPARE(QString::fromLatin1(child.readAllStandardOutput()).trimmed(), d1.toHex());
    }

    void crash_leavesStateAtABlockBoundary()
    {
        // A process killed (SIGKILL) in the middle of applying leaves a state
        // equal to a fresh state built to its applied height: state and height
        // are never out of step.
        domain::demo::Options o;
        o.seed = 3;
        const auto blocks = domain::demo::sealBlocks(domain::demo::generate(o));
        tests::TempDir dir;
        writeBlocks(dir.file(QStringLiteral("blocks.bin")), blocks);
        const QString crashed = dir.file(QStringLiteral("crashed.db"));
        QProcess child;
        child.start(
            QCoreApplication::applicationFilePath(),
            { QStringLiteral("--child-apply"), dir.file(QStringLiteral("blocks.bin")), crashed });
        QVERIFY(child.waitForStarted());
        int lines = 0;
        while (lines < 40 && child.waitForReadyRead(60000)) {
            while (child.canReadLine()) {
                child.readLine();
                ++lines;
            }
        }
        QVERIFY(lines >= 40);
        child.kill();
        QVERIFY(child.waitForFinished());
        auto after = std::move(*state::StateMachine::open(crashed));
        const std::uint64_t h = after->appliedHeight().value();
        QVERIFY(h + 1 >= std::uint64_t(lines));
        QVERIFY(h + 1 < blocks.size());
        QCOMPARE(after->lastBlockHash(), blocks[h].hash());
        auto fresh = std::move(*state::StateMachine::open(dir.file(QStringLiteral("fresh.db")),
                                                          state::StateMachine::Durability::Fast));
        QVERIFY(fresh->applyBatch(std::span<const chain::Block>(blocks.data(), h + 1)).has_value());
        QCOMPARE(after->digest().value(), fresh->digest().value());
        // And it carries on from there.
        QVERIFY(after->apply(blocks[h + 1]).has_value());
    }

    void reopen_loadsTheApplyCachesOnlyOnTheFirstApply()
    {
        // Opening reads only the meta table (the app's query reader never
        // applies); the first apply after a reopen loads every cache (keys,
        // residents, sequences, handbook, next numbers) and reaches the same
        // state as applying without a reopen.
        domain::demo::Options o;
        o.seed = 5;
        const auto blocks = domain::demo::sealBlocks(domain::demo::generate(o));
        QVERIFY(blocks.size() > 20);
        tests::TempDir dir;
        const QString path = dir.file(QStringLiteral("reopened.db"));
        const std::size_t half = blocks.size() / 2;
        {
            auto sm = std::move(*state::StateMachine::open(path));
            QVERIFY(!sm->applyCachesLoaded());
            QVERIFY(sm->applyBatch(std::span<const chain::Block>(blocks.data(), half)).has_value());
            QVERIFY(sm->applyCachesLoaded());
        }
        auto sm = std::move(*state::StateMachine::open(path));
        QVERIFY(!sm->applyCachesLoaded());
        QCOMPARE(sm->appliedHeight().value(), std::uint64_t(half - 1));
        // Reads need no caches.
        QVERIFY(state::StateQueries(*sm)
                    .txOutcome(blocks[half - 1].transactions().front().id(), half - 1)
                    .has_value());
        QVERIFY(!sm->applyCachesLoaded());
        // A block that does not continue the chain is refused before any load.
        QVERIFY(!sm->apply(blocks[half + 1]).has_value());
        QVERIFY(!sm->applyCachesLoaded());
        // One block at a time, as a node applies after start-up.
        for (std::size_t i = half; i < blocks.size(); ++i)
            QVERIFY(sm->apply(blocks[i]).has_value());
        QVERIFY(sm->applyCachesLoaded());

        auto fresh = std::move(*state::StateMachine::open(dir.file(QStringLiteral("fresh.db")),
                                                          state::StateMachine::Durability::Fast));
        QVERIFY(fresh->applyBatch(blocks).has_value());
        QCOMPARE(sm->digest().value(), fresh->digest().value());
    }

    void reopen_keepsHeightAndState()
    {
        tests::TempDir dir;
        tests::ChainFixture chain;
        const QString path = dir.file(QStringLiteral("s.db"));
        crypto::Digest d;
        {
            auto sm = std::move(*state::StateMachine::open(path));
            QVERIFY(sm->apply(chain.blocks().front()).has_value());
            QVERIFY(sm->apply(chain.block({ chain.tx(QStringLiteral("partySec"), TxType::PolicySet,
                                                     PolicySet { 9, 9 }) }))
                        .has_value());
            d = sm->digest().value();
        }
        auto sm = std::move(*state::StateMachine::open(path));
        QCOMPARE(sm->appliedHeight().value(), std::uint64_t(1));
        QCOMPARE(sm->digest().value(), d);
        QCOMPARE(sm->lastBlockHash(), chain.blocks().back().hash());
        QVERIFY(sm->apply(chain.block({ chain.tx(QStringLiteral("partySec"), TxType::PolicySet,
                                                 PolicySet { 8, 8 }) }))
                    .has_value());
        const auto o = state::StateQueries(*sm).txOutcome(
            chain.blocks().back().transactions().front().id(), chain.blocks().back().height());
        QCOMPARE(int(o->outcome), int(state::TxOutcome::Applied));
        // Sequence numbers survived the reopen: an old sequence is a replay.
        chain[QStringLiteral("partySec")].sequence = 1;
        const auto replay
            = chain.tx(QStringLiteral("partySec"), TxType::PolicySet, PolicySet { 7, 7 });
        QVERIFY(sm->apply(chain.block({ replay })).has_value());
        QCOMPARE(
            state::StateQueries(*sm).txOutcome(replay.id(), chain.blocks().back().height())->reason,
            RejectReason::Replay);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && QByteArray(argv[1]) == "--child-apply")
        return childApply(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    if (argc == 4 && QByteArray(argv[1]) == "--child-digest")
        return childDigest(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    TestStateMachine t;
    return QTest::qExec(&t, argc, argv);
}

#include "TestStateMachine.moc"
