#pragma once

#include "tests/support/DataDirs.h"

#include <QString>
#include <QStringList>

#include <vector>

class QWidget;

namespace tests::kiosk {

// Runs gongzhi-cli with `args`; false (and its output in `log`) on failure.
bool runCli(const QStringList &args, int timeoutMs, QString *log = nullptr);
using tests::demoPersonKeys;
// Clicks the keypad named `keypad` under `root` digit by digit.
void typeDigits(QWidget *root, const QString &keypad, const QString &digits);
// Resident code, "next", PIN, "confirm" on a ResidentSignIn under `root`.
void signIn(QWidget *root, const QString &code, const QString &pin);
// Every label text under `root`, joined: for "is X shown anywhere" checks.
QString allText(QWidget *root);

} // namespace tests::kiosk
