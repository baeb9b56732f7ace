#pragma once

#include "ledger/core/FixedBytes.h"

namespace ledger::crypto {

struct DigestTag;
struct PublicKeyTag;
struct SignatureTag;

// SHA-256 output.
using Digest = core::FixedBytes<32, DigestTag>;
// Ed25519 public key (RFC 8032 encoding).
using PublicKey = core::FixedBytes<32, PublicKeyTag>;
// Ed25519 signature (R || S).
using Signature = core::FixedBytes<64, SignatureTag>;

} // namespace ledger::crypto
