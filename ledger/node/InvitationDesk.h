#pragma once

#include "ledger/core/Clock.h"
#include "ledger/net/DeskHandler.h"
#include "ledger/node/DeskProtocol.h"

#include <QString>

#include <deque>
#include <memory>

namespace ledger::node {

// The server side of the invitation desk (docs/transport.md §Invitation
// desk): answers a new PC that dialed this node's own port with a code.
//
//   fetch:   DATA_DIR/invitations/CODE.json (as kept by `invite` and the
//            desktop's InvitationDialog) if it is unspent (no CODE.json.used
//            only) and made less than 7 days ago (created_ms);
//   deliver: a signed join request that answers that invitation
//            (JoinRequest::matches), stored as DATA_DIR/join-requests/CODE.json;
//            the same request again is fine, a different one is refused.
//
// Brute force: at most WrongCodeLimit unknown codes (or malformed requests)
// per WrongCodeWindowMs for the whole desk; beyond that every request is
// refused (TooManyWrongCodes) until the oldest wrong code leaves the window.
// Each refusal is logged (category gongzhi.node) with the remote address.
//
// Not thread-safe: used on the transport's thread only.
class InvitationDesk
{
public:
    static constexpr std::int64_t InvitationLifetimeMs = 7LL * 24 * 3600 * 1000;
    static constexpr int WrongCodeLimit = 10;
    static constexpr std::int64_t WrongCodeWindowMs = 10LL * 60 * 1000;

    // `clock` null: the system clock.
    explicit InvitationDesk(QString dataDir, std::shared_ptr<const core::Clock> clock = nullptr);

    // The transport's desk hook: decodes, handles, encodes. The node's
    // identity is revealed only with a fetched invitation.
    net::DeskAnswer answer(const QByteArray &request, const QString &remoteAddress);
    DeskReply handle(const DeskRequest &request, const QString &remoteAddress);

    static QString invitationsDir(const QString &dataDir);
    static QString joinRequestsDir(const QString &dataDir);

    // A desk handler for `dataDir` (owns its InvitationDesk).
    static net::DeskHandler handlerFor(const QString &dataDir);

private:
    bool throttled(std::int64_t now);
    DeskReply refuse(DeskStatus status, const QString &detail, const QString &remote,
                     bool wrongCode);
    DeskReply deliver(const DeskRequest &request, const Invitation &invitation,
                      const QString &remote);

    QString m_dataDir;
    std::shared_ptr<const core::Clock> m_clock;
    std::deque<std::int64_t> m_wrongCodes; // times (ms) of wrong codes in the window
};

} // namespace ledger::node
