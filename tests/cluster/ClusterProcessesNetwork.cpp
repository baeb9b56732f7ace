// ClusterProcesses: the nodes' links routed through a TcpProxy, and the cuts
// the partition tests make on them (tests/cluster/TestPartition.cpp).
#include "tests/cluster/ClusterProcesses.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tests {

bool ClusterProcesses::routeThroughProxy()
{
    std::vector<QJsonObject> configs;
    for (int i = 0; i < m_size; ++i) {
        QFile f(dataDir(i) + QStringLiteral("/node.json"));
        if (!f.open(QIODevice::ReadOnly))
            return false;
        configs.push_back(QJsonDocument::fromJson(f.readAll()).object());
    }
    m_proxy = std::make_unique<TcpProxy>();
    m_links.assign(std::size_t(m_size), std::vector<quint16>(std::size_t(m_size), 0));
    for (int i = 0; i < m_size; ++i) {
        QJsonArray peers = configs[std::size_t(i)].value(QStringLiteral("peers")).toArray();
        for (int j = 0; j < m_size; ++j) {
            if (i == j)
                continue;
            const QJsonObject &target = configs[std::size_t(j)];
            const quint16 targetPort = quint16(target.value(QStringLiteral("listen"))
                                                   .toString()
                                                   .section(QLatin1Char(':'), -1)
                                                   .toUInt());
            const quint16 port = m_proxy->addLink(targetPort);
            if (port == 0 || targetPort == 0)
                return false;
            m_links[std::size_t(i)][std::size_t(j)] = port;
            const QString key = target.value(QStringLiteral("node_key")).toString();
            bool found = false;
            for (qsizetype k = 0; k < peers.size(); ++k) {
                QJsonObject peer = peers.at(k).toObject();
                if (peer.value(QStringLiteral("node_key")).toString() != key)
                    continue;
                peer[QStringLiteral("address")] = QStringLiteral("127.0.0.1:%1").arg(port);
                peers.replace(k, peer);
                found = true;
            }
            if (!found)
                return false;
        }
        configs[std::size_t(i)][QStringLiteral("peers")] = peers;
        QFile f(dataDir(i) + QStringLiteral("/node.json"));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || f.write(QJsonDocument(configs[std::size_t(i)]).toJson()) < 0)
            return false;
    }
    return true;
}

void ClusterProcesses::cut(int i, int j, TcpProxy::Mode mode)
{
    m_proxy->setMode(m_links[std::size_t(i)][std::size_t(j)], mode);
    m_proxy->setMode(m_links[std::size_t(j)][std::size_t(i)], mode);
}

void ClusterProcesses::cutOneWay(int from, int to)
{
    // On the link from->to the dialer is `from`; on to->from it is `to`.
    m_proxy->setMode(m_links[std::size_t(from)][std::size_t(to)], TcpProxy::Direction::Forward,
                     TcpProxy::Mode::Blackhole);
    m_proxy->setMode(m_links[std::size_t(to)][std::size_t(from)], TcpProxy::Direction::Backward,
                     TcpProxy::Mode::Blackhole);
}

void ClusterProcesses::heal(int i, int j)
{
    cut(i, j, TcpProxy::Mode::Pass);
}

void ClusterProcesses::healAll()
{
    for (int i = 0; i < m_size; ++i) {
        for (int j = i + 1; j < m_size; ++j)
            heal(i, j);
    }
}

void ClusterProcesses::isolate(int i, TcpProxy::Mode mode)
{
    for (int j = 0; j < m_size; ++j) {
        if (j != i)
            cut(i, j, mode);
    }
}

void ClusterProcesses::partition(const std::vector<std::vector<int>> &groups, TcpProxy::Mode mode)
{
    std::vector<int> groupOf(std::size_t(m_size), -1);
    for (std::size_t g = 0; g < groups.size(); ++g) {
        for (int node : groups[g])
            groupOf[std::size_t(node)] = int(g);
    }
    for (int i = 0; i < m_size; ++i) {
        for (int j = i + 1; j < m_size; ++j) {
            const int gi = groupOf[std::size_t(i)];
            const bool together = gi >= 0 && gi == groupOf[std::size_t(j)];
            cut(i, j, together ? TcpProxy::Mode::Pass : mode);
        }
    }
}

} // namespace tests
