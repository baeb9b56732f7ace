#pragma once

#include "ledger/core/Result.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

namespace ledger::state {

class StateMachine;

// The residents page's list (ui/residents): one organization's residents
// with what the ledger knows of each. Names are not here; they live only in
// that organization's ResidentRegistry (docs/privacy.md).
struct ResidentListRow {
    QByteArray pseudonym;
    std::int64_t residentNo = 0;
    bool consent = false;
    QString maskedName; // empty without consent
    std::int64_t balance = 0; // points; 0 before any score event
    std::uint64_t enrolledHeight = 0;
};

// Residents registered by `orgId`, newest enrolment first; uses the
// residents primary key per row and the balances primary key (a few
// milliseconds for the demo's 2,000 per organization).
core::Result<std::vector<ResidentListRow>> residentList(const StateMachine &state,
                                                        std::uint32_t orgId);
// The organization's name (for the resident's slip); empty if unknown.
core::Result<QString> organizationName(const StateMachine &state, std::uint32_t orgId);

} // namespace ledger::state
