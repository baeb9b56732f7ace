#pragma once

#include "ui/common/AppContext.h"

#include <QString>

#include <optional>

namespace tests {

// Runs `gongzhi-cli demo-data --data-dir DIR` (the demo community; people of
// organization 1 have unprotected key files in DIR/keys). Returns an empty
// string on success, else the CLI's output.
QString makeDemoLedger(const QString &dir);

// A person of the demo's organization 1 whose roles satisfy `wanted`, read
// from the state (names and roles) and DIR/keys (their key).
std::optional<ui::SignedInPerson> demoPerson(const QString &dir,
                                             bool (*wanted)(std::uint8_t roles));

} // namespace tests
