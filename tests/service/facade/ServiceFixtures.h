#pragma once

#include "ledger/crypto/Ed25519.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tests {

// Runs gongzhi-cli with `args`; true on exit code 0 within timeoutMs. On
// failure `log` (if given) gets its output.
bool runCli(const QStringList &args, int timeoutMs, QString *log = nullptr);

// Copies a directory tree (demo data made once, used by several tests).
bool copyTree(const QString &from, const QString &to);

// `count` distinct TCP ports on 127.0.0.1 that were free a moment ago.
std::vector<quint16> freePorts(int count);

// The person keys in DIR/keys (unprotected demo keys).
std::vector<ledger::crypto::KeyPair> demoPersonKeys(const QString &dataDir);

} // namespace tests
