// gongzhi-cli demo-data: the realistic demo community, either in one data
// directory (organization 1's node, --data-dir) or as a cluster of several
// organizations' nodes on this PC (--nodes N --dir DIR --base-port P).
#include "app/cli/Command.h"
#include "app/cli/DataDir.h"
#include "app/cli/Output.h"
#include "ledger/domain/DemoCommunity.h"
#include "ledger/service/DemoInstall.h"

#include <QDir>
#include <QElapsedTimer>

using namespace ledger;

namespace app::cli {

class DemoDataCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataCommand)
public:
    QString summary() const override
    {
        return tr(
            "Create a data directory holding a realistic demo community (six months of records).");
    }

    void addOptions(QCommandLineParser &p) override
    {
        addDataDirOption(p);
        p.addOption({ QStringLiteral("seed"),
                      tr("Seed of the generator (same seed, same community)."), QStringLiteral("N"),
                      QStringLiteral("1") });
        p.addOption({ QStringLiteral("scale"),
                      tr("Size: 1 is about 10,000 transactions and 2,000 residents."),
                      QStringLiteral("N"), QStringLiteral("1") });
        p.addOption({ QStringLiteral("nodes"),
                      tr("Several nodes: organizations 1 to N each get a data directory."),
                      QStringLiteral("N") });
        p.addOption({ QStringLiteral("dir"), tr("With --nodes: where to create node1 … nodeN."),
                      QStringLiteral("DIR") });
        p.addOption({ QStringLiteral("base-port"),
                      tr("With --nodes: the first node's port on 127.0.0.1; the others follow."),
                      QStringLiteral("P") });
    }

    int run(const QCommandLineParser &p, Output &out) override
    {
        bool seedOk = false;
        bool scaleOk = false;
        domain::demo::Options options;
        options.seed = p.value(QStringLiteral("seed")).toULongLong(&seedOk);
        options.scale = p.value(QStringLiteral("scale")).toInt(&scaleOk);
        if (!seedOk || !scaleOk || options.scale < 1 || options.scale > 1000) {
            out.error(tr("--seed must be a number and --scale a number from 1 to 1000"));
            return ExitUsage;
        }
        auto nodes = p.isSet(QStringLiteral("nodes")) ? clusterNodes(p, out) : singleNode(p, out);
        if (nodes.empty())
            return ExitUsage;

        QElapsedTimer timer;
        timer.start();
        out.progress(tr("Generating the community…"));
        const auto community = domain::demo::generate(options);
        if (nodes.size() > community.nodeKeys.size()) {
            out.error(tr("The demo community has %n organization(s): --nodes must not exceed it.",
                         "", int(community.nodeKeys.size())));
            return ExitUsage;
        }
        const auto st = service::installDemo(community, nodes, [&out](std::size_t done) {
            out.progress(
                QCoreApplication::translate("DemoDataCommand", "Writing blocks: %1 transactions")
                    .arg(done));
        });
        if (!st) {
            out.error(st.error());
            return ExitUsage;
        }
        out.endProgress();
        out.line(tr("Demo community \"%1\": %2 transactions in %3 blocks, %4 residents (%5 s).")
                     .arg(community.genesis.name)
                     .arg(community.transactionCount())
                     .arg(community.batches.size() + 1)
                     .arg(community.residents.size())
                     .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
        if (nodes.size() > 1) {
            for (const auto &n : nodes)
                out.line(tr("  %1  organization %2  %3:%4")
                             .arg(n.dataDir)
                             .arg(n.orgId)
                             .arg(n.listenHost)
                             .arg(n.listenPort));
            out.line(tr("Start each node with: gongzhi-node --data-dir <directory>"));
        }
        return ExitOk;
    }

private:
    static std::vector<service::DemoNode> singleNode(const QCommandLineParser &p, Output &out)
    {
        auto dir = dataDirFrom(p);
        if (!dir) {
            out.error(dir.error());
            return {};
        }
        return { service::DemoNode { dir->path(), 1, QStringLiteral("127.0.0.1"), 0 } };
    }

    static std::vector<service::DemoNode> clusterNodes(const QCommandLineParser &p, Output &out)
    {
        bool okNodes = false;
        bool okPort = false;
        const int count = p.value(QStringLiteral("nodes")).toInt(&okNodes);
        const int basePort = p.value(QStringLiteral("base-port")).toInt(&okPort);
        const QString dir = p.value(QStringLiteral("dir"));
        if (!okNodes || count < 1) {
            out.error(tr("--nodes must be a number from 1 to the number of organizations"));
            return {};
        }
        if (!okPort || basePort < 1 || basePort + count - 1 > 65535) {
            out.error(tr("--base-port must leave room for %n port(s) below 65536", "", count));
            return {};
        }
        if (dir.isEmpty()) {
            out.error(tr("--dir is required"));
            return {};
        }
        std::vector<service::DemoNode> nodes;
        for (int i = 0; i < count; ++i)
            nodes.push_back({ QDir(dir).absoluteFilePath(QStringLiteral("node%1").arg(i + 1)),
                              std::uint32_t(i + 1), QStringLiteral("127.0.0.1"),
                              quint16(basePort + i) });
        return nodes;
    }
};

GONGZHI_REGISTER_COMMAND("demo-data", DemoDataCommand);

} // namespace app::cli
