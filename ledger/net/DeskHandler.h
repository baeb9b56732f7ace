#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace ledger::net {

// What the invitation desk answers to one desk request (Handshake.h,
// docs/transport.md §Invitation desk). revealIdentity: send this node's Hello
// and Auth before the answer, so that the requester learns (and can check)
// who answered; only for a good code.
struct DeskAnswer {
    bool revealIdentity = false;
    QByteArray body;
};

// Answers a desk connection's one request (`request` as sent, at most
// DeskMaxFrameLength; `remoteAddress` "HOST:PORT" for logs). Called on the
// transport's thread; must be quick (it reads and writes small files). An
// empty handler: desk connections are refused like any stranger's
// (WrongConsortium).
using DeskHandler
    = std::function<DeskAnswer(const QByteArray &request, const QString &remoteAddress)>;

} // namespace ledger::net
