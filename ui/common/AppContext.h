#pragma once

#include "ledger/crypto/Ed25519.h"

#include <QObject>
#include <QString>
#include <QVariantMap>

#include <cstdint>

namespace ledger::service {
class LedgerService;
}

namespace ui {

// The person signed in at this PC (a PC is shared by several staff).
struct SignedInPerson {
    ledger::crypto::KeyPair key; // unlocked with their password at sign-in
    QString displayName;
    std::uint32_t orgId = 0;
    std::uint8_t roles = 0; // ledger::chain::Role bits
};

// Page ids for navigation (sidebar order).
// Residents and People last so the values of the others stay as they were
// (settings, tours).
enum class PageId {
    Overview,
    Records,
    Credit,
    Feedback,
    Approvals,
    Network,
    Audit,
    Residents,
    People
};

// Navigation between pages, e.g. an overview tile opening a filtered list.
// filter keys are documented by each page's activate().
class Navigator : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
Q_SIGNALS:
    void navigate(ui::PageId page, const QVariantMap &filter);
};

// Everything a page needs; owned by the main window, outlives every page.
struct AppContext {
    ledger::service::LedgerService *ledger = nullptr;
    const SignedInPerson *person = nullptr;
    Navigator *navigator = nullptr;
};

} // namespace ui
