#include "ledger/node/NodeStatus.h"

#include <QJsonArray>

namespace ledger::node {

QJsonObject NodeStatus::toJson() const
{
    QJsonArray peerList;
    for (const auto &p : peers) {
        peerList.append(QJsonObject {
            { QStringLiteral("id"), QString::number(p.id) },
            { QStringLiteral("voter"), p.voter },
            { QStringLiteral("connected"), p.connected },
            { QStringLiteral("match_index"), qint64(p.matchIndex) },
            { QStringLiteral("lag"), qint64(p.lag) },
            { QStringLiteral("last_contact_ms"), qint64(p.lastContactMs) },
        });
    }
    return QJsonObject {
        { QStringLiteral("id"), QString::number(id) },
        { QStringLiteral("role"), QString::fromLatin1(raft::roleName(role)) },
        { QStringLiteral("term"), qint64(term) },
        { QStringLiteral("leader"), leader == 0 ? QString() : QString::number(leader) },
        { QStringLiteral("commit_index"), qint64(commitIndex) },
        { QStringLiteral("last_index"), qint64(lastIndex) },
        { QStringLiteral("commit_height"), qint64(commitHeight) },
        { QStringLiteral("applied_height"), qint64(appliedHeight) },
        { QStringLiteral("pooled"), qint64(pooled) },
        { QStringLiteral("pending"), qint64(pending) },
        { QStringLiteral("halted"), halted },
        { QStringLiteral("peers"), peerList },
    };
}

} // namespace ledger::node
