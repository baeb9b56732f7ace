#pragma once

#include "tests/support/DataDirs.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tests {

// Runs gongzhi-cli with `args`; true on exit code 0 within timeoutMs. On
// failure `log` (if given) gets its output.
bool runCli(const QStringList &args, int timeoutMs, QString *log = nullptr);

} // namespace tests
