#pragma once

#include "ledger/core/Result.h"
#include "ledger/crypto/Types.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace ledger::state {

class StateMachine;

// The people administration's list (the desktop's People page): every person
// key ever enrolled, with when it became current and, for keys that stopped
// being current, why. Thread: the StateMachine's. Errors: Io if SQLite fails.

struct PersonRecord {
    enum class Ended {
        No, // current: may sign
        Removed, // PersonRemoved; `endReason` is the reason given
        KeyReplaced, // PersonKeyRotated: the same person continues under a new key
        OrgRemoved, // the organization left the consortium
    };
    crypto::PublicKey key;
    std::int64_t personNo = 0; // enrolment order; shared by a person's rotated keys
    std::uint32_t orgId = 0;
    QString displayName;
    std::uint8_t roles = 0; // chain::Role bits
    std::int64_t fromHeight = 0;
    std::int64_t sinceMs = 0; // block time the key became current; 0 for the founders (genesis)
    Ended ended = Ended::No;
    std::int64_t endedMs = 0;
    QString endReason; // Removed: the reason typed by whoever removed the person
    bool current() const { return ended == Ended::No; }
};

// Persons of `orgId` (all when nullopt), newest enrolment first within the
// current ones, then the ended ones (most recently ended first).
core::Result<std::vector<PersonRecord>> personRecords(const StateMachine &state,
                                                      std::optional<std::uint32_t> orgId);

} // namespace ledger::state
