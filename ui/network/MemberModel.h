#pragma once

#include "ledger/node/NodeStatus.h"
#include "ledger/state/queries/AuditQueries.h"

#include <QAbstractTableModel>

#include <optional>

namespace ui {

// The member organizations and their nodes: the organizations on the ledger
// (with their current node key) joined with the node's Raft status by node
// id (NodeIdentity.h: derived from the node key). Raft members that match no
// organization are listed too, as unknown nodes.
class MemberModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Organization, Kind, Status, Role, Lag, LastContact, ColumnCount };

    struct Row {
        std::uint32_t orgId = 0; // 0: a Raft member of no known organization
        QString name;
        ledger::chain::OrgKind kind = ledger::chain::OrgKind::PartyCommittee;
        ledger::crypto::PublicKey nodeKey;
        ledger::raft::NodeId nodeId = 0;
        bool thisNode = false;
        bool inCluster = false; // a Raft member (or this node)
        bool connected = false; // Raft heard from it lately (the leader hears everyone)
        bool linked = false; // this computer has a live connection to it
        bool voter = false;
        bool leader = false;
        std::optional<std::int64_t> lag; // blocks behind; known on the leader only
        std::int64_t lastContactMs = -1;
    };

    explicit MemberModel(QObject *parent = nullptr);
    void setOrganizations(const ledger::state::AuditNames &names);
    void setStatus(const ledger::node::NodeStatus &status);
    const Row *row(int index) const;
    const ledger::node::NodeStatus &status() const { return m_status; }
    // Voters reachable now (this node included) and all voters.
    int votersOnline() const;
    int voters() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString elapsed(std::int64_t ms); // "12 s ago", "3 min ago", "never"

private:
    void rebuild();
    QString statusText(const Row &r) const;
    bool online(const Row &r) const;
    QString roleText(const Row &r) const;

    ledger::state::AuditNames m_names;
    ledger::node::NodeStatus m_status;
    std::vector<Row> m_rows;
};

} // namespace ui
