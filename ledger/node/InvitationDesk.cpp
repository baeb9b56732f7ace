#include "ledger/node/InvitationDesk.h"

#include "ledger/node/LedgerNode.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace ledger::node {

InvitationDesk::InvitationDesk(QString dataDir, std::shared_ptr<const core::Clock> clock)
    : m_dataDir(std::move(dataDir))
    , m_clock(clock ? std::move(clock) : std::make_shared<core::SystemClock>())
{
}

QString InvitationDesk::invitationsDir(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("invitations"));
}

QString InvitationDesk::joinRequestsDir(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("join-requests"));
}

net::DeskHandler InvitationDesk::handlerFor(const QString &dataDir)
{
    auto desk = std::make_shared<InvitationDesk>(dataDir);
    return [desk](const QByteArray &request, const QString &remote) {
        return desk->answer(request, remote);
    };
}

net::DeskAnswer InvitationDesk::answer(const QByteArray &request, const QString &remoteAddress)
{
    auto decoded = decodeDeskRequest(request);
    DeskReply reply;
    if (!decoded) {
        reply = throttled(m_clock->nowMs())
            ? refuse(DeskStatus::TooManyWrongCodes, QStringLiteral("too many wrong codes"),
                     remoteAddress, false)
            : refuse(DeskStatus::BadRequest, decoded.error().toString(), remoteAddress, true);
    } else {
        reply = handle(*decoded, remoteAddress);
    }
    const bool reveal = reply.status == DeskStatus::Ok;
    return { reveal, encodeDeskReply(reply) };
}

bool InvitationDesk::throttled(std::int64_t now)
{
    while (!m_wrongCodes.empty() && m_wrongCodes.front() <= now - WrongCodeWindowMs)
        m_wrongCodes.pop_front();
    return int(m_wrongCodes.size()) >= WrongCodeLimit;
}

DeskReply InvitationDesk::refuse(DeskStatus status, const QString &detail, const QString &remote,
                                 bool wrongCode)
{
    if (wrongCode)
        m_wrongCodes.push_back(m_clock->nowMs());
    qCWarning(lcNode).noquote() << "invitation desk refused" << remote << "-" << detail;
    return { status, detail.toUtf8() };
}

DeskReply InvitationDesk::handle(const DeskRequest &request, const QString &remote)
{
    const std::int64_t now = m_clock->nowMs();
    if (throttled(now))
        return refuse(DeskStatus::TooManyWrongCodes,
                      QStringLiteral("too many wrong codes, try later (code %1)").arg(request.code),
                      remote, false);
    const QString kept
        = QDir(invitationsDir(m_dataDir)).filePath(request.code + QStringLiteral(".json"));
    if (!QFileInfo::exists(kept)) {
        if (QFileInfo::exists(kept + QStringLiteral(".used")))
            return refuse(DeskStatus::AlreadyUsed,
                          QStringLiteral("invitation %1 was already used").arg(request.code),
                          remote, false);
        return refuse(DeskStatus::NoSuchInvitation,
                      QStringLiteral("no invitation with code %1").arg(request.code), remote, true);
    }
    auto json = readJsonFile(kept);
    auto invitation
        = json ? Invitation::fromJson(*json) : core::Result<Invitation>(core::fail(json.error()));
    if (!invitation || !invitation->isV2())
        return refuse(DeskStatus::NoSuchInvitation,
                      QStringLiteral("invitation %1 is unreadable or v1: %2")
                          .arg(request.code,
                               invitation ? QStringLiteral("no genesis block")
                                          : invitation.error().toString()),
                      remote, false);
    if (now - invitation->createdMs > InvitationLifetimeMs)
        return refuse(DeskStatus::Expired,
                      QStringLiteral("invitation %1 has expired").arg(request.code), remote, false);
    if (request.kind == DeskKind::DeliverJoinRequest)
        return deliver(request, *invitation, remote);
    qCInfo(lcNode).noquote() << "invitation desk: gave invitation" << request.code << "to"
                             << remote;
    return { DeskStatus::Ok, QJsonDocument(*json).toJson(QJsonDocument::Compact) };
}

DeskReply InvitationDesk::deliver(const DeskRequest &request, const Invitation &invitation,
                                  const QString &remote)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.joinRequest, &parseError);
    if (!doc.isObject())
        return refuse(DeskStatus::BadRequest,
                      QStringLiteral("join request is not JSON: %1").arg(parseError.errorString()),
                      remote, false);
    // fromJson verifies a v2 request's signature by its node key.
    auto joinRequest = JoinRequest::fromJson(doc.object());
    if (!joinRequest)
        return refuse(DeskStatus::BadRequest, joinRequest.error().toString(), remote, false);
    if (!joinRequest->isV2())
        return refuse(DeskStatus::BadRequest,
                      QStringLiteral("join request without address and incarnation"), remote,
                      false);
    if (auto s = joinRequest->matches(invitation); !s)
        return refuse(DeskStatus::RequestRefused, s.error().toString(), remote, false);

    const QString dir = joinRequestsDir(m_dataDir);
    const QString path = QDir(dir).filePath(request.code + QStringLiteral(".json"));
    const QJsonObject canonical = joinRequest->toJson();
    if (QFileInfo::exists(path)) {
        auto stored = readJsonFile(path);
        if (stored && *stored == canonical)
            return { DeskStatus::Ok, {} }; // delivered twice: a retry
        return refuse(
            DeskStatus::RequestRefused,
            QStringLiteral("another join request for %1 was delivered first").arg(request.code),
            remote, false);
    }
    if (!QDir().mkpath(dir))
        return refuse(DeskStatus::RequestRefused, QStringLiteral("cannot create %1").arg(dir),
                      remote, false);
    if (auto s = writeJsonFile(path, canonical); !s)
        return refuse(DeskStatus::RequestRefused, s.error().toString(), remote, false);
    qCInfo(lcNode).noquote() << "invitation desk: stored join request" << request.code << "from"
                             << remote << "node key" << joinRequest->nodeKey.toHex();
    return { DeskStatus::Ok, {} };
}

} // namespace ledger::node
