#pragma once

#include "ledger/crypto/Ed25519.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace tests {

// Helpers for tests that work on whole data directories (demo data made once
// with gongzhi-cli and copied for each test) and on loopback clusters.

// Runs `program` with `args`; true on exit code 0 within timeoutMs. On
// failure `log` (if given) gets its merged output.
bool runProgram(const QString &program, const QStringList &args, int timeoutMs,
                QString *log = nullptr);

// Copies a directory tree with its file permissions, leaving out sockets.
bool copyTree(const QString &from, const QString &to);

// `count` distinct TCP ports on 127.0.0.1 that were free a moment ago.
std::vector<quint16> freePorts(int count);

// The person keys in DIR/keys (unprotected demo keys).
std::vector<ledger::crypto::KeyPair> demoPersonKeys(const QString &dataDir);

} // namespace tests
