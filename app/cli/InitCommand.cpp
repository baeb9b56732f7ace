// gongzhi-cli init: founds a new single-node consortium in a data directory.
#include "app/cli/Command.h"
#include "app/cli/DataDir.h"
#include "app/cli/Output.h"
#include "app/cli/Passphrase.h"
#include "ledger/chain/Genesis.h"
#include "ledger/node/ClusterSetup.h"

#include <QDateTime>

using namespace ledger;

namespace app::cli {

namespace {
std::optional<chain::OrgKind> parseKind(const QString &s)
{
    for (std::uint8_t v = 1; v <= 6; ++v) {
        if (s == QLatin1String(chain::orgKindName(chain::OrgKind(v))))
            return chain::OrgKind(v);
    }
    return std::nullopt;
}
} // namespace

class InitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)
public:
    QString summary() const override
    {
        return tr("Found a new consortium with this PC as its first node.");
    }

    void addOptions(QCommandLineParser &p) override
    {
        addDataDirOption(p);
        p.addOption({ QStringLiteral("name"), tr("Name of the community (the consortium)."),
                      QStringLiteral("NAME") });
        p.addOption({ QStringLiteral("org"), tr("Name of this PC's organization."),
                      QStringLiteral("NAME") });
        p.addOption(
            { QStringLiteral("kind"),
              tr("Kind of organization: party_committee, residents_committee, street_office, "
                 "property_management, social_organization, supervision_committee."),
              QStringLiteral("KIND"), QStringLiteral("party_committee") });
        p.addOption({ QStringLiteral("admin"), tr("Name of the first administrator."),
                      QStringLiteral("NAME") });
        p.addOption({ QStringLiteral("secretary"), tr("Name of the party secretary."),
                      QStringLiteral("NAME") });
        p.addOption({ QStringLiteral("listen"),
                      tr("Address the node listens on for other organizations' nodes."),
                      QStringLiteral("HOST"), QStringLiteral("0.0.0.0") });
        p.addOption({ QStringLiteral("port"), tr("Port the node listens on."),
                      QStringLiteral("PORT"), QStringLiteral("7400") });
        addPassphraseOptions(p);
    }

    int run(const QCommandLineParser &p, Output &out) override
    {
        auto dir = dataDirFrom(p);
        if (!dir) {
            out.error(dir.error());
            return ExitUsage;
        }
        const auto kind = parseKind(p.value(QStringLiteral("kind")));
        if (!kind) {
            out.error(tr("unknown organization kind '%1'").arg(p.value(QStringLiteral("kind"))));
            return ExitUsage;
        }
        for (const char *required : { "name", "org", "admin", "secretary" }) {
            if (p.value(QString::fromLatin1(required)).trimmed().isEmpty()) {
                out.error(tr("--%1 is required").arg(QString::fromLatin1(required)));
                return ExitUsage;
            }
        }
        auto passphrase = passphraseFrom(p, out);
        if (!passphrase)
            return ExitUsage;
        if (dir->hasLedger()) {
            out.error(tr("a ledger already exists in %1").arg(dir->path()));
            return ExitUsage;
        }

        node::ClusterPlan plan;
        plan.communityName = p.value(QStringLiteral("name")).trimmed();
        plan.adminName = p.value(QStringLiteral("admin")).trimmed();
        plan.secretaryName = p.value(QStringLiteral("secretary")).trimmed();
        plan.keyPassphrase = *passphrase;
        plan.timestampMs = QDateTime::currentMSecsSinceEpoch();
        bool portOk = false;
        const uint port = p.value(QStringLiteral("port")).toUInt(&portOk);
        if (!portOk || port > 65535) {
            out.error(tr("--port must be a port number"));
            return ExitUsage;
        }
        plan.nodes.push_back({ dir->path(), p.value(QStringLiteral("org")).trimmed(), *kind,
                               p.value(QStringLiteral("listen")), quint16(port) });
        // A one-member cluster: the same directory runs as a Raft node later
        // (gongzhi-node) and other organizations join it by invitation.
        auto info = node::createCluster(plan);
        if (!info) {
            out.error(info.error());
            return ExitUsage;
        }
        const QString name = plan.communityName;
        const auto &consortium = info->consortium;
        out.line(tr("Founded consortium \"%1\" (%2).").arg(name, consortium.toHex()));
        out.line(tr("Genesis block: %1").arg(info->genesisHash.toHex()));
        out.line(tr("Node key fingerprint: %1").arg(crypto::fingerprint(info->nodeKeys.front())));
        out.line(tr("Key files of the administrator and the party secretary are in %1.")
                     .arg(dir->keysDir()));
        return ExitOk;
    }
};

GONGZHI_REGISTER_COMMAND("init", InitCommand);

} // namespace app::cli
