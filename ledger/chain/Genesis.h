#pragma once

#include "ledger/chain/Block.h"
#include "ledger/core/Result.h"

#include <QString>

#include <vector>

namespace ledger::chain {

// Kinds of governance body (GLOSSARY.md). Values are part of the format.
enum class OrgKind : std::uint8_t {
    PartyCommittee = 1,
    ResidentsCommittee = 2,
    StreetOffice = 3,
    PropertyManagement = 4,
    SocialOrganization = 5,
    SupervisionCommittee = 6,
};
bool isKnownOrgKind(std::uint8_t value);
const char *orgKindName(OrgKind kind);

// Roles a person holds in an organization, as bits. Values are part of the format.
enum class Role : std::uint8_t {
    Staff = 1,
    Secretary = 2,
    Auditor = 4,
    Admin = 8,
};
constexpr std::uint8_t AllRoles = 1 | 2 | 4 | 8;
constexpr bool hasRole(std::uint8_t roles, Role r)
{
    return (roles & std::uint8_t(r)) != 0;
}

struct FoundingOrganization {
    std::uint32_t orgId = 0; // 1..n in order
    OrgKind kind = OrgKind::PartyCommittee;
    QString name;
    crypto::PublicKey nodeKey; // the organization's node (office PC)
    friend bool operator==(const FoundingOrganization &, const FoundingOrganization &) = default;
};

struct FoundingPerson {
    crypto::PublicKey key; // the person's own signing key
    std::uint32_t orgId = 0;
    QString displayName; // staff name as shown on signed entries (staff are public officers)
    std::uint8_t roles = 0;
    friend bool operator==(const FoundingPerson &, const FoundingPerson &) = default;
};

// The payload of the Genesis transaction, the only transaction of block 0
// (docs/ledger-format.md §Genesis):
//   u8 version=1 | string name | u32 orgCount | orgs | u32 personCount | persons
//   org    = u32 orgId | u8 kind | string name | nodeKey[32]
//   person = key[32] | u32 orgId | string displayName | u8 roles
// Rules (checked by validate()): orgIds are 1..n in order; node keys and person
// keys are distinct; every person belongs to a listed organization; at least
// one organization is a party committee, and there is at least one secretary
// and one administrator; the genesis transaction is signed by an administrator.
struct GenesisPayload {
    static constexpr std::uint8_t Version = 1;
    static constexpr std::uint32_t MaxOrganizations = 64;
    static constexpr std::uint32_t MaxPersons = 1024;
    static constexpr std::uint32_t MaxNameBytes = 300;

    QString name; // the community, e.g. "城关镇幸福里社区"
    std::vector<FoundingOrganization> organizations;
    std::vector<FoundingPerson> persons;

    QByteArray encode() const;
    static core::Result<GenesisPayload> decode(QByteArrayView bytes);
    core::Status validate() const;
    const FoundingOrganization *organizationByNodeKey(const crypto::PublicKey &key) const;
    const FoundingPerson *personByKey(const crypto::PublicKey &key) const;

    friend bool operator==(const GenesisPayload &, const GenesisPayload &) = default;
};

// Builds block 0: one Genesis transaction signed by `founder` (an administrator
// listed in the payload), sealed by `proposerNode` (a listed node key).
core::Result<Block> makeGenesisBlock(const ConsortiumId &consortium, const GenesisPayload &payload,
                                     const crypto::KeyPair &founder,
                                     const crypto::KeyPair &proposerNode, std::int64_t timestampMs);

// Checks that `block` is a well-formed genesis block and returns its payload.
core::Result<GenesisPayload> readGenesis(const Block &block);

} // namespace ledger::chain
