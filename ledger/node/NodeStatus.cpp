#include "ledger/node/NodeStatus.h"

#include <QJsonArray>

#include <algorithm>

namespace ledger::node {

bool NodeStatus::leaderReachable() const
{
    if (halted || leader == 0)
        return false;
    if (leader == id)
        return true;
    return std::any_of(peers.begin(), peers.end(),
                       [this](const PeerStatus &p) { return p.id == leader && p.connected; });
}

QJsonObject NodeStatus::toJson() const
{
    QJsonArray peerList;
    for (const auto &p : peers) {
        peerList.append(QJsonObject {
            { QStringLiteral("id"), QString::number(p.id) },
            { QStringLiteral("voter"), p.voter },
            { QStringLiteral("connected"), p.connected },
            { QStringLiteral("linked"), p.linked },
            { QStringLiteral("match_index"), qint64(p.matchIndex) },
            { QStringLiteral("lag"), qint64(p.lag) },
            { QStringLiteral("last_contact_ms"), qint64(p.lastContactMs) },
        });
    }
    const auto ids = [](const std::vector<raft::NodeId> &list) {
        QJsonArray a;
        for (raft::NodeId node : list)
            a.append(QString::number(node));
        return a;
    };
    QJsonObject cp {
        { QStringLiteral("latest_own_height"),
          checkpoint.hasOwn ? QJsonValue(qint64(checkpoint.latestOwnHeight)) : QJsonValue() },
        { QStringLiteral("compared"), checkpoint.compared },
        { QStringLiteral("last_digest_ms"), checkpoint.lastDigestMs },
        { QStringLiteral("last_handoff_ms"), checkpoint.lastHandoffMs },
    };
    if (checkpoint.compared) {
        cp.insert(QStringLiteral("height"), qint64(checkpoint.comparedHeight));
        cp.insert(QStringLiteral("head_hash"), checkpoint.headHash);
        cp.insert(QStringLiteral("state_digest"), checkpoint.stateDigest);
        cp.insert(QStringLiteral("agreed_with"), ids(checkpoint.agreedWith));
        cp.insert(QStringLiteral("disagreed_with"), ids(checkpoint.disagreedWith));
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
        { QStringLiteral("member"), member },
        { QStringLiteral("voter"), voter },
        { QStringLiteral("peers"), peerList },
        { QStringLiteral("checkpoint"), cp },
    };
}

} // namespace ledger::node
