#pragma once

#include "ledger/chain/Types.h"
#include "ledger/core/Result.h"
#include "ledger/net/DeskClient.h"
#include "ledger/node/Invitation.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <optional>

namespace ledger::node {

// The messages of the invitation desk (docs/transport.md §Invitation desk),
// carried as the one request and the one answer of a desk connection
// (net::DeskChannel). Big-endian, strict: nothing trailing, every length
// bounded, an unknown version, kind or status is an error.
//
//   request: u8 version (1), u8 kind, 9 bytes code "ABCD-EFGH" (ASCII),
//            kind 2 only: u32 length (<= MaxJoinRequestBytes) + join request JSON
//   answer:  u8 version (1), u8 status, u32 length (<= MaxAnswerBytes) + body
//            (status Ok: the invitation JSON for kind 1, empty for kind 2;
//             otherwise an English detail for logs, never shown translated)
inline constexpr std::uint8_t DeskVersion = 1;
inline constexpr std::uint32_t MaxJoinRequestBytes = 64 * 1024;
inline constexpr std::uint32_t MaxAnswerBytes = 200 * 1024;

enum class DeskKind : std::uint8_t {
    FetchInvitation = 1,
    DeliverJoinRequest = 2,
};

enum class DeskStatus : std::uint8_t {
    Ok = 0,
    NoSuchInvitation = 1, // no invitation with this code was made at this node
    Expired = 2, // made more than 7 days ago
    AlreadyUsed = 3, // its join request was admitted
    TooManyWrongCodes = 4, // the desk is closed for a while (brute force)
    BadRequest = 5, // malformed request or join request
    RequestRefused = 6, // the join request does not answer the invitation, or another came first
};

struct DeskRequest {
    DeskKind kind = DeskKind::FetchInvitation;
    QString code; // "ABCD-EFGH"
    QByteArray joinRequest; // compact JSON, DeliverJoinRequest only

    friend bool operator==(const DeskRequest &, const DeskRequest &) = default;
};

struct DeskReply {
    DeskStatus status = DeskStatus::Ok;
    QByteArray body;

    friend bool operator==(const DeskReply &, const DeskReply &) = default;
};

QByteArray encodeDeskRequest(const DeskRequest &request);
core::Result<DeskRequest> decodeDeskRequest(QByteArrayView bytes);
QByteArray encodeDeskReply(const DeskReply &reply);
core::Result<DeskReply> decodeDeskReply(QByteArrayView bytes);

// What a person typed ("abcd efgh", "ABCD-EFGH", "abcdefgh") as the canonical
// "ABCD-EFGH", or nullopt if it is not 8 characters of the code alphabet.
std::optional<QString> normalizeInvitationCode(const QString &typed);

// What the two people compare on the phone: the first 8 hex digits of the
// genesis hash in two groups, e.g. "3FA2 91C0".
QString consortiumFingerprint(const chain::BlockHash &genesisHash);

// The requester's checks on a fetched invitation (`reply` has status Ok):
// it parses (its genesis block hashes to its genesis hash), carries the code
// asked for, names the consortium and genesis the desk proved in its
// handshake, and the desk's node key is one of its peers. A desk that
// did not prove its key is refused. Errors: BadValue, Conflict, BadSignature.
core::Result<Invitation> checkFetchedInvitation(const DeskReply &reply,
                                                const std::optional<net::DeskServer> &server,
                                                const QString &code);

// "HOST:PORT" as a net::PeerAddress, nullopt if it is not one.
std::optional<net::PeerAddress> parseDeskAddress(const QString &text);

} // namespace ledger::node
