#include "ui/network/MemberModel.h"

#include "ledger/node/NodeIdentity.h"
#include "ui/common/DomainText.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QSet>

#include <algorithm>

using namespace ledger;

namespace ui {

MemberModel::MemberModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MemberModel::setOrganizations(const state::AuditNames &names)
{
    m_names = names;
    rebuild();
}

void MemberModel::setStatus(const node::NodeStatus &status)
{
    m_status = status;
    rebuild();
}

void MemberModel::rebuild()
{
    std::vector<Row> rows;
    QSet<raft::NodeId> matched;
    std::vector<std::uint32_t> ids(m_names.orgs.keyBegin(), m_names.orgs.keyEnd());
    std::sort(ids.begin(), ids.end());
    for (std::uint32_t id : ids) {
        const auto &org = m_names.orgs[id];
        if (!org.active)
            continue;
        Row r;
        r.orgId = id;
        r.name = org.name;
        r.kind = org.kind;
        r.nodeKey = org.nodeKey;
        r.nodeId = org.nodeKey.isZero() ? 0 : node::nodeIdFor(org.nodeKey);
        rows.push_back(r);
    }
    auto peerOf = [this](raft::NodeId id) -> const node::PeerStatus * {
        for (const auto &p : m_status.peers) {
            if (p.id == id)
                return &p;
        }
        return nullptr;
    };
    for (Row &r : rows) {
        if (r.nodeId == 0)
            continue;
        r.leader = r.nodeId == m_status.leader;
        if (r.nodeId == m_status.id) {
            r.thisNode = r.inCluster = r.connected = r.voter = true;
            if (m_status.role == raft::Role::Leader)
                r.lag = 0;
        } else if (const auto *p = peerOf(r.nodeId)) {
            r.inCluster = true;
            r.connected = p->connected;
            r.linked = p->linked;
            r.voter = p->voter;
            r.lastContactMs = p->lastContactMs;
            if (m_status.role == raft::Role::Leader)
                r.lag = std::max<std::int64_t>(0, p->lag);
        }
        matched.insert(r.nodeId);
    }
    for (const auto &p : m_status.peers) {
        if (matched.contains(p.id))
            continue;
        Row r;
        r.nodeId = p.id;
        r.inCluster = true;
        r.connected = p.connected;
        r.linked = p.linked;
        r.voter = p.voter;
        r.leader = p.id == m_status.leader;
        r.lastContactMs = p.lastContactMs;
        rows.push_back(r);
    }

    const bool sameShape = rows.size() == m_rows.size()
        && std::equal(rows.begin(), rows.end(), m_rows.begin(), [](const Row &a, const Row &b) {
                               return a.orgId == b.orgId && a.nodeId == b.nodeId;
                           });
    if (sameShape) {
        m_rows = std::move(rows);
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const MemberModel::Row *MemberModel::row(int i) const
{
    return i >= 0 && i < rowCount() ? &m_rows[std::size_t(i)] : nullptr;
}

int MemberModel::voters() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const Row &r) { return r.inCluster && r.voter; }));
}

int MemberModel::votersOnline() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [this](const Row &r) { return r.inCluster && r.voter && online(r); }));
}

int MemberModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MemberModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MemberModel::elapsed(std::int64_t ms)
{
    if (ms < 0)
        return tr("never");
    const std::int64_t s = ms / 1000;
    if (s < 60)
        return tr("%n s ago", nullptr, int(s));
    if (s < 3600)
        return tr("%n min ago", nullptr, int(s / 60));
    if (s < 86400)
        return tr("%n h ago", nullptr, int(s / 3600));
    return tr("%n days ago", nullptr, int(s / 86400));
}

bool MemberModel::online(const Row &r) const
{
    // Followers hear Raft only from the leader; another follower is online
    // when this computer's connection to it is alive (keep-alives every few
    // seconds, closed when the other PC goes off).
    const bool hearsOnlyTheLeader = m_status.role != raft::Role::Leader && !r.leader;
    return r.connected || (hearsOnlyTheLeader && r.linked);
}

QString MemberModel::statusText(const Row &r) const
{
    if (r.thisNode)
        return tr("Online (this computer)");
    if (!r.inCluster)
        return tr("Not in the network");
    return online(r) ? tr("Online") : tr("Offline");
}

QString MemberModel::roleText(const Row &r) const
{
    if (!r.inCluster)
        return tr("—");
    if (r.leader)
        return tr("Leader");
    if (r.thisNode && m_status.role != raft::Role::Follower)
        return tr("Seeking election");
    return r.voter ? tr("Voter") : tr("Learner (catching up, no vote)");
}

QVariant MemberModel::data(const QModelIndex &index, int role) const
{
    const Row *r = row(index.row());
    if (!r)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Organization:
            return r->orgId ? r->name
                            : tr("Unknown node %1").arg(r->nodeId, 16, 16, QLatin1Char('0'));
        case Kind: return r->orgId ? DomainText::orgKind(r->kind) : QString();
        case Status: return statusText(*r);
        case Role: return roleText(*r);
        case Lag:
            if (!r->lag)
                return tr("—");
            return *r->lag == 0 ? tr("Up to date") : tr("%n blocks behind", nullptr, int(*r->lag));
        case LastContact: return r->thisNode || !r->inCluster ? tr("—") : elapsed(r->lastContactMs);
        }
    } else if (role == Qt::ForegroundRole && index.column() == Status) {
        if (!r->inCluster)
            return QBrush(QColor(0x75, 0x75, 0x75));
        return QBrush(online(*r) ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xc6, 0x28, 0x28));
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == Lag && !r->lag)
            return tr("Only the leader knows how far each member is behind.");
        if (index.column() == Organization && !r->nodeKey.isZero())
            return tr("Node key %1").arg(crypto::fingerprint(r->nodeKey));
        if (index.column() == Status && r->inCluster && !online(*r) && !r->thisNode)
            return tr("This computer has no connection to it: it is switched off, or the "
                      "network between the two is down.");
        if (index.column() == Status && !r->inCluster)
            return tr("The organization is on the ledger, but no node of it takes part in the "
                      "replication.");
    } else if (role == Qt::FontRole && r->thisNode) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant MemberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Organization: return tr("Organization");
    case Kind: return tr("Kind");
    case Status: return tr("Status");
    case Role: return tr("Role");
    case Lag: return tr("Behind");
    case LastContact: return tr("Last contact");
    }
    return {};
}

} // namespace ui
