#pragma once

#include "ledger/service/LedgerService.h"
#include "ui/common/AppContext.h"

#include <QString>

#include <memory>

namespace tests {

// A demo community data directory made by the real gongzhi-cli, opened
// through the real LedgerService, with one of organization 1's people
// signed in (their key file from DIR/keys: unprotected, or the demo password 123456).
struct UiFixture {
    QString dataDir;
    std::unique_ptr<ledger::service::LedgerService> ledger;
    std::unique_ptr<ui::SignedInPerson> person;
    ui::Navigator navigator;
    ui::AppContext context;

    // Empty string on success, else what went wrong.
    QString setUp(const QString &dir, std::uint8_t wantedRole);
};

} // namespace tests
