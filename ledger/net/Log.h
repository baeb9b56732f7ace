#pragma once

#include <QLoggingCategory>

namespace ledger::net {

// One logging category for the transport (STYLE.md: one category per module).
// Every refused or dropped connection is logged here at warning level with its
// reason; per-frame traffic only at debug level.
Q_DECLARE_LOGGING_CATEGORY(lcNet)

} // namespace ledger::net
