#pragma once

#include "ledger/chain/Types.h"
#include "ledger/core/ByteReader.h"
#include "ledger/core/ByteWriter.h"
#include "ledger/crypto/Types.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace ledger::domain {

struct PseudonymTag;
struct PinVerifierTag;
// A resident on the ledger: 16 random bytes chosen by the registering node.
// Never derived from personal data (docs/privacy.md).
using Pseudonym = core::FixedBytes<16, PseudonymTag>;
// Keyed hash of a resident's PIN under the registering node's secret pepper.
using PinVerifier = core::FixedBytes<32, PinVerifierTag>;
// Items are named by the id of the transaction that created them.
using RecordId = chain::TxId;
using ScoreEventId = chain::TxId;
using FeedbackId = chain::TxId;

// Bounds of every variable-length field (docs/domain.md).
namespace limits {
constexpr std::uint32_t NameBytes = 300; // names, titles, codes' labels
constexpr std::uint32_t CodeBytes = 32; // rule, category, item codes (ASCII)
constexpr std::uint32_t TextBytes = 16000; // record bodies, feedback text
constexpr std::uint32_t CommentBytes = 4000; // comments, reasons, notes, replies
constexpr std::uint32_t Lines = 500; // financial lines per record
constexpr std::uint32_t Attachments = 50;
constexpr std::uint32_t Categories = 100;
constexpr std::uint32_t Rules = 1000;
constexpr std::uint32_t Levels = 20;
constexpr std::uint32_t MaskedNameBytes = 32;
} // namespace limits

// A file referenced by a governance record: its bytes live in the
// AttachmentStore, the ledger holds the hash and size (and a file name).
//   sha256[32] | u64 size | string name
struct AttachmentRef {
    crypto::Digest sha256;
    std::uint64_t size = 0;
    QString name;
    friend bool operator==(const AttachmentRef &, const AttachmentRef &) = default;
};

void writeAttachments(core::ByteWriter &w, const std::vector<AttachmentRef> &refs);
core::Result<std::vector<AttachmentRef>> readAttachments(core::ByteReader &r);
core::Status validateAttachments(const std::vector<AttachmentRef> &refs);

// A code is 1..32 bytes of [A-Za-z0-9_.-]: one spelling per code.
bool isValidCode(const QString &code);
// Non-empty after trimming and without leading/trailing space.
bool isTidyText(const QString &text);

tl::unexpected<core::Error> invalid(const char *field, const QString &why);

} // namespace ledger::domain
