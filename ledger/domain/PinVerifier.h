#pragma once

#include "ledger/domain/Types.h"

#include <QStringView>

namespace ledger::domain {

// The PIN verifier put on the ledger by ResidentEnrolled (docs/privacy.md):
//   BLAKE2b-256 keyed with the registering node's 32-byte secret pepper, over
//   "gongzhi-pin-v1" | pseudonym[16] | PIN (UTF-8)
// Without the pepper, which never leaves that node's keychain, the verifier
// says nothing about the PIN: another node holding the whole ledger cannot
// test even the 10^6 six-digit PINs against it.
constexpr std::size_t PepperSize = 32;
PinVerifier makePinVerifier(QByteArrayView pepper, const Pseudonym &pseudonym, QStringView pin);

} // namespace ledger::domain
