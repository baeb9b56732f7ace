#pragma once

#include "ledger/chain/Genesis.h"
#include "ledger/core/Result.h"
#include "ledger/crypto/Types.h"

#include <QString>

#include <optional>
#include <vector>

namespace ledger::state {

class StateMachine;

// The consortium's members as the state knows them: organizations with their
// node keys, and persons with their roles. For the sign-in screen, the
// network page and the people administration. Thread: the StateMachine's.
// Errors: Io if SQLite fails.

struct OrganizationInfo {
    std::uint32_t orgId = 0;
    chain::OrgKind kind = chain::OrgKind::ResidentsCommittee;
    QString name;
    // The current node key; nullopt once the organization is removed (or if
    // it never had one, which a valid chain does not allow).
    std::optional<crypto::PublicKey> nodeKey;
    std::int64_t admittedHeight = 0;
    std::optional<std::int64_t> removedHeight; // set: removed at that block
    bool removed() const { return removedHeight.has_value(); }
};

struct PersonInfo {
    crypto::PublicKey key;
    std::int64_t personNo = 0; // enrolment order, consortium-wide
    std::uint32_t orgId = 0;
    QString displayName;
    std::uint8_t roles = 0; // chain::Role bits
    std::int64_t fromHeight = 0;
    // Set: the key stopped being current at that block (person removed, key
    // rotated, or the organization removed).
    std::optional<std::int64_t> untilHeight;
    bool removed() const { return untilHeight.has_value(); }
    bool hasRole(chain::Role r) const { return chain::hasRole(roles, r); }
};

class PeopleQueries
{
public:
    explicit PeopleQueries(const StateMachine &state);

    // Every organization ever admitted, by id.
    core::Result<std::vector<OrganizationInfo>> organizations() const;
    core::Result<std::optional<OrganizationInfo>> organization(std::uint32_t orgId) const;

    // Persons of `orgId` (every organization when nullopt), by enrolment
    // order; removed ones (and rotated-away keys) only if includeRemoved.
    core::Result<std::vector<PersonInfo>> persons(std::optional<std::uint32_t> orgId,
                                                  bool includeRemoved = false) const;
    // The person holding `key`, current or not.
    core::Result<std::optional<PersonInfo>> person(const crypto::PublicKey &key) const;

private:
    const StateMachine &m_state;
};

} // namespace ledger::state
