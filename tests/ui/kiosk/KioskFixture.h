#pragma once

#include "ledger/crypto/Ed25519.h"

#include <QString>
#include <QStringList>

#include <vector>

class QWidget;

namespace tests::kiosk {

// Runs gongzhi-cli with `args`; false (and its output in `log`) on failure.
bool runCli(const QStringList &args, int timeoutMs, QString *log = nullptr);
// The person keys the demo writes beside organization 1's data directory.
std::vector<ledger::crypto::KeyPair> demoPersonKeys(const QString &dataDir);
// Clicks the keypad named `keypad` under `root` digit by digit.
void typeDigits(QWidget *root, const QString &keypad, const QString &digits);
// Resident code, "next", PIN, "confirm" on a ResidentSignIn under `root`.
void signIn(QWidget *root, const QString &code, const QString &pin);
// Every label text under `root`, joined: for "is X shown anywhere" checks.
QString allText(QWidget *root);

} // namespace tests::kiosk
