#pragma once

#include "ledger/service/LedgerService.h"
#include "ui/common/AppContext.h"

#include <optional>

namespace tests {

// Organization 1's (the party committee's) people in a demo data directory:
// a staff member and the party secretary, with their unprotected demo keys.
struct DemoPeople {
    ui::SignedInPerson staff;
    ui::SignedInPerson secretary;
};

// Reads names, organizations and roles on the reader thread and waits (an
// event loop, at most `timeoutMs`) for the answer.
std::optional<DemoPeople> demoPeople(ledger::service::LedgerService &service,
                                     const QString &dataDir, int timeoutMs = 30000);

} // namespace tests
