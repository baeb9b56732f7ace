// gongzhi-cli cluster-init: founds a consortium of N organizations whose nodes
// run on this PC (DIR/node1 … DIR/nodeN on 127.0.0.1) — for demos, tests and
// benchmarks.
#include "app/cli/Command.h"
#include "app/cli/Output.h"
#include "ledger/core/Clock.h"
#include "ledger/node/ClusterSetup.h"
#include "ledger/node/NodeIdentity.h"

#include <QDir>

using namespace ledger;

namespace app::cli {

namespace {

struct FoundingOrg {
    const char *name; // UTF-8
    chain::OrgKind kind;
};

// The usual founders of a community consortium; the party committee first.
constexpr FoundingOrg s_orgs[] = {
    { "中共幸福里社区委员会", chain::OrgKind::PartyCommittee },
    { "幸福里社区居民委员会", chain::OrgKind::ResidentsCommittee },
    { "幸福里物业服务中心", chain::OrgKind::PropertyManagement },
    { "和平街道办事处", chain::OrgKind::StreetOffice },
    { "幸福里社区居务监督委员会", chain::OrgKind::SupervisionCommittee },
    { "幸福里志愿者协会", chain::OrgKind::SocialOrganization },
    { "幸福里老年协会", chain::OrgKind::SocialOrganization },
};
constexpr int s_orgCount = int(sizeof s_orgs / sizeof s_orgs[0]);

FoundingOrg orgFor(int i)
{
    if (i < s_orgCount)
        return s_orgs[i];
    return { nullptr, chain::OrgKind::SocialOrganization };
}

} // namespace

class ClusterInitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ClusterInitCommand)
public:
    QString summary() const override
    {
        return tr("Found a consortium of several nodes on this PC (demos, tests, benchmarks).");
    }

    void addOptions(QCommandLineParser &p) override
    {
        p.addOption({ QStringLiteral("nodes"), tr("How many founding organizations (nodes)."),
                      QStringLiteral("N"), QStringLiteral("3") });
        p.addOption(
            { QStringLiteral("dir"), tr("Where to create node1 … nodeN."), QStringLiteral("DIR") });
        p.addOption({ QStringLiteral("base-port"),
                      tr("The first node's port on 127.0.0.1; the others follow."),
                      QStringLiteral("P") });
        p.addOption({ QStringLiteral("name"), tr("The community's name."), QStringLiteral("NAME"),
                      QStringLiteral("幸福里社区") });
    }

    int run(const QCommandLineParser &p, Output &out) override
    {
        bool okNodes = false;
        bool okPort = false;
        const int nodes = p.value(QStringLiteral("nodes")).toInt(&okNodes);
        const int basePort = p.value(QStringLiteral("base-port")).toInt(&okPort);
        const QString dir = p.value(QStringLiteral("dir"));
        if (!okNodes || nodes < 1 || nodes > 50) {
            out.error(tr("--nodes must be a number from 1 to 50"));
            return ExitUsage;
        }
        if (!okPort || basePort < 1 || basePort + nodes - 1 > 65535) {
            out.error(tr("--base-port must leave room for %n port(s) below 65536", "", nodes));
            return ExitUsage;
        }
        if (dir.isEmpty()) {
            out.error(tr("--dir is required"));
            return ExitUsage;
        }

        const core::SystemClock clock;
        node::ClusterPlan plan;
        plan.communityName = p.value(QStringLiteral("name"));
        plan.adminName = QStringLiteral("王建国");
        plan.secretaryName = QStringLiteral("李秀英");
        plan.timestampMs = clock.nowMs();
        for (int i = 0; i < nodes; ++i) {
            const FoundingOrg org = orgFor(i);
            node::FoundingNode n;
            n.dataDir = QDir(dir).absoluteFilePath(QStringLiteral("node%1").arg(i + 1));
            n.orgName = org.name ? QString::fromUtf8(org.name)
                                 : QStringLiteral("幸福里社会组织%1").arg(i + 1);
            n.kind = org.kind;
            n.port = quint16(basePort + i);
            plan.nodes.push_back(n);
        }
        auto info = node::createCluster(plan);
        if (!info) {
            out.error(info.error());
            return ExitUsage;
        }
        out.line(tr("Founded %1 with %n node(s); consortium %2.", "", nodes)
                     .arg(plan.communityName, info->consortium.toHex()));
        for (int i = 0; i < nodes; ++i) {
            const auto &n = plan.nodes[std::size_t(i)];
            out.line(tr("  %1  %2  127.0.0.1:%3  node %4")
                         .arg(n.dataDir, n.orgName)
                         .arg(n.port)
                         .arg(node::nodeIdFor(info->nodeKeys[std::size_t(i)])));
        }
        out.line(tr("Start each node with: gongzhi-node --data-dir <directory>"));
        return ExitOk;
    }
};

GONGZHI_REGISTER_COMMAND("cluster-init", ClusterInitCommand);

} // namespace app::cli
