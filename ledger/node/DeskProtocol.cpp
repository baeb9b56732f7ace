#include "ledger/node/DeskProtocol.h"

#include "ledger/core/ByteReader.h"
#include "ledger/core/ByteWriter.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace ledger::node {

using core::ErrorCode;
using core::fail;

namespace {
constexpr qsizetype CodeBytes = 9; // "ABCD-EFGH"
constexpr char CodeAlphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"; // as Invitation::randomCode

bool isCanonicalCode(QByteArrayView code)
{
    if (code.size() != CodeBytes || code[4] != '-')
        return false;
    for (qsizetype i = 0; i < CodeBytes; ++i) {
        if (i != 4 && !QByteArrayView(CodeAlphabet).contains(code[i]))
            return false;
    }
    return true;
}

core::Status expectVersion(core::ByteReader &r)
{
    const std::uint8_t version = GONGZHI_TRY(r.u8("version"));
    if (version != DeskVersion)
        return fail(ErrorCode::BadVersion, QStringLiteral("desk version %1").arg(version),
                    QStringLiteral("version"));
    return {};
}
} // namespace

QByteArray encodeDeskRequest(const DeskRequest &request)
{
    core::ByteWriter w(16 + request.joinRequest.size());
    w.u8(DeskVersion).u8(std::uint8_t(request.kind)).raw(request.code.toLatin1());
    if (request.kind == DeskKind::DeliverJoinRequest)
        w.bytes(request.joinRequest);
    return w.take();
}

core::Result<DeskRequest> decodeDeskRequest(QByteArrayView bytes)
{
    core::ByteReader r(bytes);
    GONGZHI_CHECK(expectVersion(r));
    const std::uint8_t kind = GONGZHI_TRY(r.u8("kind"));
    if (kind != std::uint8_t(DeskKind::FetchInvitation)
        && kind != std::uint8_t(DeskKind::DeliverJoinRequest))
        return fail(ErrorCode::BadType, QStringLiteral("desk request kind %1").arg(kind),
                    QStringLiteral("kind"));
    const QByteArrayView code = GONGZHI_TRY(r.raw(CodeBytes, "code"));
    if (!isCanonicalCode(code))
        return fail(ErrorCode::BadValue, QStringLiteral("not an invitation code"),
                    QStringLiteral("code"));
    DeskRequest request;
    request.kind = DeskKind(kind);
    request.code = QString::fromLatin1(code);
    if (request.kind == DeskKind::DeliverJoinRequest)
        request.joinRequest = GONGZHI_TRY(r.bytes(MaxJoinRequestBytes, "join_request"));
    GONGZHI_CHECK(r.expectEnd());
    return request;
}

QByteArray encodeDeskReply(const DeskReply &reply)
{
    core::ByteWriter w(8 + reply.body.size());
    w.u8(DeskVersion).u8(std::uint8_t(reply.status)).bytes(reply.body);
    return w.take();
}

core::Result<DeskReply> decodeDeskReply(QByteArrayView bytes)
{
    core::ByteReader r(bytes);
    GONGZHI_CHECK(expectVersion(r));
    const std::uint8_t status = GONGZHI_TRY(r.u8("status"));
    if (status > std::uint8_t(DeskStatus::RequestRefused))
        return fail(ErrorCode::BadType, QStringLiteral("desk status %1").arg(status),
                    QStringLiteral("status"));
    DeskReply reply;
    reply.status = DeskStatus(status);
    reply.body = GONGZHI_TRY(r.bytes(MaxAnswerBytes, "body"));
    GONGZHI_CHECK(r.expectEnd());
    return reply;
}

std::optional<QString> normalizeInvitationCode(const QString &typed)
{
    QString compact;
    for (const QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        compact += c.toUpper();
    }
    if (compact.size() != 8)
        return std::nullopt;
    const QString code = compact.left(4) + QLatin1Char('-') + compact.mid(4);
    if (!isCanonicalCode(code.toLatin1()))
        return std::nullopt;
    return code;
}

QString consortiumFingerprint(const chain::BlockHash &genesisHash)
{
    const QString hex = genesisHash.toHex().left(8).toUpper();
    return hex.left(4) + QLatin1Char(' ') + hex.mid(4);
}

core::Result<Invitation> checkFetchedInvitation(const DeskReply &reply,
                                                const std::optional<net::DeskServer> &server,
                                                const QString &code)
{
    if (!server)
        return fail(ErrorCode::BadSignature,
                    QStringLiteral("the desk sent an invitation without proving its node key"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &parseError);
    if (!doc.isObject())
        return fail(ErrorCode::BadValue, parseError.errorString(), QStringLiteral("invitation"));
    // fromJson checks that the genesis block hashes to genesis_hash.
    Invitation inv = GONGZHI_TRY(Invitation::fromJson(doc.object()));
    if (!inv.isV2())
        return fail(ErrorCode::BadValue, QStringLiteral("an invitation without a genesis block"),
                    QStringLiteral("genesis_block"));
    if (inv.code != code)
        return fail(ErrorCode::Conflict, QStringLiteral("the desk answered with another code"),
                    QStringLiteral("code"));
    if (inv.consortium != server->consortiumId || inv.genesisHash != server->genesisHash)
        return fail(ErrorCode::Conflict,
                    QStringLiteral("the invitation names another consortium than the desk's"),
                    QStringLiteral("consortium"));
    const bool servedByPeer = std::any_of(inv.peers.begin(), inv.peers.end(), [&](const auto &p) {
        return p.nodeKey == server->nodeKey;
    });
    if (!servedByPeer)
        return fail(ErrorCode::Conflict,
                    QStringLiteral("the desk's node key %1 is not one of the invitation's peers")
                        .arg(crypto::fingerprint(server->nodeKey)),
                    QStringLiteral("peers"));
    return inv;
}

std::optional<net::PeerAddress> parseDeskAddress(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype colon = trimmed.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint port = trimmed.mid(colon + 1).toUInt(&ok);
    if (colon <= 0 || !ok || port == 0 || port > 65535)
        return std::nullopt;
    QString host = trimmed.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    return net::PeerAddress { host, quint16(port) };
}

} // namespace ledger::node
