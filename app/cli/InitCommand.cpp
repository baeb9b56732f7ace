// gongzhi-cli init: founds a new single-node consortium in a data directory.
#include "app/cli/Command.h"
#include "app/cli/DataDir.h"
#include "app/cli/Output.h"
#include "app/cli/Passphrase.h"

#include "ledger/chain/Genesis.h"
#include "ledger/crypto/KeyFile.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

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
    QString summary() const override { return tr("Found a new consortium with this PC as its first node."); }

    void addOptions(QCommandLineParser &p) override
    {
        addDataDirOption(p);
        p.addOption({QStringLiteral("name"), tr("Name of the community (the consortium)."), QStringLiteral("NAME")});
        p.addOption({QStringLiteral("org"), tr("Name of this PC's organization."), QStringLiteral("NAME")});
        p.addOption({QStringLiteral("kind"), tr("Kind of organization: party_committee, residents_committee, street_office, property_management, social_organization, supervision_committee."), QStringLiteral("KIND"), QStringLiteral("party_committee")});
        p.addOption({QStringLiteral("admin"), tr("Name of the first administrator."), QStringLiteral("NAME")});
        p.addOption({QStringLiteral("secretary"), tr("Name of the party secretary."), QStringLiteral("NAME")});
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
        for (const char *required : {"name", "org", "admin", "secretary"}) {
            if (p.value(QString::fromLatin1(required)).trimmed().isEmpty()) {
                out.error(tr("--%1 is required").arg(QString::fromLatin1(required)));
                return ExitUsage;
            }
        }
        auto passphrase = passphraseFrom(p, out);
        if (!passphrase)
            return ExitUsage;
        if (auto st = dir->prepareNew(); !st) {
            out.error(st.error());
            return ExitUsage;
        }

        const auto node = crypto::KeyPair::generate();
        const auto admin = crypto::KeyPair::generate();
        const auto secretary = crypto::KeyPair::generate();
        chain::GenesisPayload g;
        g.name = p.value(QStringLiteral("name")).trimmed();
        g.organizations.push_back({1, *kind, p.value(QStringLiteral("org")).trimmed(), node.publicKey()});
        g.persons.push_back({admin.publicKey(), 1, p.value(QStringLiteral("admin")).trimmed(),
                             std::uint8_t(chain::Role::Admin)});
        g.persons.push_back({secretary.publicKey(), 1, p.value(QStringLiteral("secretary")).trimmed(),
                             std::uint8_t(chain::Role::Secretary)});
        chain::ConsortiumId consortium;
        {
            const auto seed = crypto::SecretSeed::random(); // 32 random bytes; we use 16
            consortium = *chain::ConsortiumId::fromBytes(seed.toByteArray().left(16));
        }
        auto genesis = chain::makeGenesisBlock(consortium, g, admin, node, QDateTime::currentMSecsSinceEpoch());
        if (!genesis) {
            out.error(genesis.error());
            return ExitUsage;
        }
        if (auto st = crypto::KeyFile::save(dir->nodeKeyPath(), node, QString()); !st) {
            out.error(st.error());
            return ExitUsage;
        }
        for (const auto &[label, key] : {std::pair{QStringLiteral("admin"), &admin},
                                         std::pair{QStringLiteral("secretary"), &secretary}}) {
            const QString path = dir->keysDir() + QLatin1Char('/') + label + QStringLiteral(".key");
            if (auto st = crypto::KeyFile::save(path, *key, *passphrase); !st) {
                out.error(st.error());
                return ExitUsage;
            }
        }
        auto store = store::BlockStore::create(dir->ledgerPath(), *genesis);
        if (!store) {
            out.error(store.error());
            return ExitUsage;
        }
        QJsonObject config{{QStringLiteral("consortium"), consortium.toHex()},
                           {QStringLiteral("genesis_hash"), genesis->hash().toHex()},
                           {QStringLiteral("org_id"), 1},
                           {QStringLiteral("node_key"), node.publicKey().toHex()}};
        QSaveFile f(dir->configPath());
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(config).toJson()) < 0 || !f.commit()) {
            out.error(tr("cannot write %1: %2").arg(dir->configPath(), f.errorString()));
            return ExitUsage;
        }
        out.line(tr("Founded consortium \"%1\" (%2).").arg(g.name, consortium.toHex()));
        out.line(tr("Genesis block: %1").arg(genesis->hash().toHex()));
        out.line(tr("Node key fingerprint: %1").arg(crypto::fingerprint(node.publicKey())));
        out.line(tr("Key files of the administrator and the party secretary are in %1.").arg(dir->keysDir()));
        return ExitOk;
    }
};

GONGZHI_REGISTER_COMMAND("init", InitCommand);

} // namespace app::cli
