#include "ledger/chain/Genesis.h"

#include "ledger/core/ByteReader.h"
#include "ledger/core/ByteWriter.h"
#include "ledger/merkle/TreeHash.h"

#include <QSet>

namespace ledger::chain {

using core::ErrorCode;
using core::fail;

bool isKnownOrgKind(std::uint8_t value)
{
    return value >= 1 && value <= 6;
}

const char *orgKindName(OrgKind kind)
{
    switch (kind) {
    case OrgKind::PartyCommittee: return "party_committee";
    case OrgKind::ResidentsCommittee: return "residents_committee";
    case OrgKind::StreetOffice: return "street_office";
    case OrgKind::PropertyManagement: return "property_management";
    case OrgKind::SocialOrganization: return "social_organization";
    case OrgKind::SupervisionCommittee: return "supervision_committee";
    }
    return "unknown";
}

QByteArray GenesisPayload::encode() const
{
    core::ByteWriter w;
    w.u8(Version).string(name).u32(std::uint32_t(organizations.size()));
    for (const auto &o : organizations)
        w.u32(o.orgId).u8(std::uint8_t(o.kind)).string(o.name).fixed(o.nodeKey);
    w.u32(std::uint32_t(persons.size()));
    for (const auto &p : persons)
        w.fixed(p.key).u32(p.orgId).string(p.displayName).u8(p.roles);
    return w.take();
}

core::Result<GenesisPayload> GenesisPayload::decode(QByteArrayView bytes)
{
    core::ByteReader r(bytes);
    const auto version = GONGZHI_TRY(r.u8("version"));
    if (version != Version)
        return fail(ErrorCode::BadVersion,
                    QStringLiteral("unknown genesis version %1").arg(version),
                    QStringLiteral("version"));
    GenesisPayload g;
    g.name = GONGZHI_TRY(r.string(MaxNameBytes, "name"));
    const auto orgCount = GONGZHI_TRY(r.count(MaxOrganizations, 4 + 1 + 4 + 32, "organizations"));
    for (std::uint32_t i = 0; i < orgCount; ++i) {
        FoundingOrganization o;
        o.orgId = GONGZHI_TRY(r.u32("org_id"));
        const auto kind = GONGZHI_TRY(r.u8("kind"));
        if (!isKnownOrgKind(kind))
            return fail(ErrorCode::BadValue,
                        QStringLiteral("unknown organization kind %1").arg(kind),
                        QStringLiteral("organizations[%1].kind").arg(i));
        o.kind = OrgKind(kind);
        o.name = GONGZHI_TRY(r.string(MaxNameBytes, "name"));
        o.nodeKey = GONGZHI_TRY(r.fixed<32, crypto::PublicKeyTag>("node_key"));
        g.organizations.push_back(std::move(o));
    }
    const auto personCount = GONGZHI_TRY(r.count(MaxPersons, 32 + 4 + 4 + 1, "persons"));
    for (std::uint32_t i = 0; i < personCount; ++i) {
        FoundingPerson p;
        p.key = GONGZHI_TRY(r.fixed<32, crypto::PublicKeyTag>("key"));
        p.orgId = GONGZHI_TRY(r.u32("org_id"));
        p.displayName = GONGZHI_TRY(r.string(MaxNameBytes, "display_name"));
        p.roles = GONGZHI_TRY(r.u8("roles"));
        g.persons.push_back(std::move(p));
    }
    GONGZHI_CHECK(r.expectEnd());
    return g;
}

core::Status GenesisPayload::validate() const
{
    auto bad = [](const QString &why, const QString &field) {
        return fail(ErrorCode::Invalid, why, field);
    };
    if (name.trimmed().isEmpty())
        return bad(QStringLiteral("the consortium has no name"), QStringLiteral("name"));
    if (organizations.empty())
        return bad(QStringLiteral("no founding organization"), QStringLiteral("organizations"));
    QSet<crypto::PublicKey> keys;
    bool party = false;
    for (std::size_t i = 0; i < organizations.size(); ++i) {
        const auto &o = organizations[i];
        const QString field = QStringLiteral("organizations[%1]").arg(i);
        if (o.orgId != i + 1)
            return bad(QStringLiteral("organization ids must be 1..n in order"), field);
        if (o.name.trimmed().isEmpty())
            return bad(QStringLiteral("organization has no name"), field);
        if (keys.contains(o.nodeKey))
            return bad(QStringLiteral("node key used twice"), field);
        keys.insert(o.nodeKey);
        party = party || o.kind == OrgKind::PartyCommittee;
    }
    if (!party)
        return bad(QStringLiteral("no party committee among the founders"),
                   QStringLiteral("organizations"));
    bool secretary = false;
    bool admin = false;
    for (std::size_t i = 0; i < persons.size(); ++i) {
        const auto &p = persons[i];
        const QString field = QStringLiteral("persons[%1]").arg(i);
        if (p.orgId == 0 || p.orgId > organizations.size())
            return bad(QStringLiteral("person belongs to no listed organization"), field);
        if (p.roles == 0 || (p.roles & ~AllRoles) != 0)
            return bad(QStringLiteral("person has no role or an unknown role"), field);
        if (p.displayName.trimmed().isEmpty())
            return bad(QStringLiteral("person has no name"), field);
        if (keys.contains(p.key))
            return bad(QStringLiteral("key used twice"), field);
        keys.insert(p.key);
        secretary = secretary || hasRole(p.roles, Role::Secretary);
        admin = admin || hasRole(p.roles, Role::Admin);
    }
    if (!secretary)
        return bad(QStringLiteral("no party secretary among the founders"),
                   QStringLiteral("persons"));
    if (!admin)
        return bad(QStringLiteral("no administrator among the founders"),
                   QStringLiteral("persons"));
    return {};
}

const FoundingOrganization *
GenesisPayload::organizationByNodeKey(const crypto::PublicKey &key) const
{
    for (const auto &o : organizations) {
        if (o.nodeKey == key)
            return &o;
    }
    return nullptr;
}

const FoundingPerson *GenesisPayload::personByKey(const crypto::PublicKey &key) const
{
    for (const auto &p : persons) {
        if (p.key == key)
            return &p;
    }
    return nullptr;
}

core::Result<Block> makeGenesisBlock(const ConsortiumId &consortium, const GenesisPayload &payload,
                                     const crypto::KeyPair &founder,
                                     const crypto::KeyPair &proposerNode, std::int64_t timestampMs)
{
    GONGZHI_CHECK(payload.validate());
    TxBody body;
    body.type = TxType::Genesis;
    body.consortium = consortium;
    body.sequence = 1;
    body.timestampMs = timestampMs;
    body.payload = payload.encode();
    std::vector<Transaction> txs { Transaction::sign(std::move(body), founder) };
    BlockHeader h;
    h.consortium = consortium;
    h.height = 0;
    h.historyRoot = merkle::emptyRoot();
    h.timestampMs = timestampMs;
    Block block = Block::seal(h, std::move(txs), proposerNode);
    GONGZHI_TRY(readGenesis(block));
    return block;
}

core::Result<GenesisPayload> readGenesis(const Block &block)
{
    const auto &h = block.header();
    auto bad
        = [](const QString &why) { return fail(core::Error(ErrorCode::Invalid, why).atHeight(0)); };
    if (h.height != 0)
        return bad(QStringLiteral("the genesis block must have height 0"));
    if (!h.prevHash.isZero())
        return bad(QStringLiteral("the genesis block must have an all-zero previous hash"));
    if (h.historyRoot != merkle::emptyRoot())
        return bad(QStringLiteral("the genesis block's history root must be the empty-tree root"));
    if (block.transactions().size() != 1 || block.transactions()[0].type() != TxType::Genesis)
        return bad(QStringLiteral("the genesis block must hold exactly one genesis transaction"));
    const Transaction &tx = block.transactions()[0];
    if (tx.body().consortium != h.consortium)
        return bad(QStringLiteral("the genesis transaction names another consortium"));
    auto payload = GenesisPayload::decode(tx.payload());
    if (!payload)
        return fail(payload.error().atHeight(0).forTx(tx.id().toByteArray()));
    GONGZHI_CHECK(payload->validate().map_error([](core::Error e) {
        e.atHeight(0);
        return e;
    }));
    const FoundingPerson *founder = payload->personByKey(tx.author());
    if (!founder || !hasRole(founder->roles, Role::Admin))
        return bad(
            QStringLiteral("the genesis transaction is not signed by a founding administrator"));
    if (!payload->organizationByNodeKey(h.proposer))
        return bad(QStringLiteral("the genesis block is not proposed by a founding node"));
    return payload;
}

} // namespace ledger::chain
