#pragma once

#include "ledger/core/Result.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

namespace ledger::state {

class StateMachine;

// What the desktop shell reads: who may sign in at this PC, the member
// organizations, and what waits for the signed-in person (sidebar badges,
// tray notifications). Thread: the StateMachine's. Errors: Io if SQLite fails.

struct PersonEntry {
    QByteArray key; // public key, 32 bytes
    QString displayName;
    std::uint32_t orgId = 0;
    std::uint8_t roles = 0; // chain::Role bits
};

struct OrganizationEntry {
    std::uint32_t orgId = 0;
    int kind = 0; // chain::OrgKind
    QString name;
    bool active = true;
};

struct Attention {
    std::int64_t pendingApprovals = 0; // held items the person could decide (if a secretary)
    std::int64_t assignedFeedback = 0; // unresolved feedback assigned to the person
};

// People currently enrolled in `orgId` (not removed, key not rotated away), by enrolment order.
core::Result<std::vector<PersonEntry>> currentPeople(const StateMachine &state,
                                                     std::uint32_t orgId);

// Every organization ever admitted, by id.
core::Result<std::vector<OrganizationEntry>> organizations(const StateMachine &state);

// `partyCommittee`: the person's organization is the party committee (sees all held items).
core::Result<Attention> attention(const StateMachine &state, const QByteArray &personKey,
                                  std::uint32_t orgId, bool partyCommittee);

} // namespace ledger::state
