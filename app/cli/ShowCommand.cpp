// gongzhi-cli show block N | show tx ID: one block or transaction for people,
// with names from the genesis block and labels in the user's language.
#include "app/cli/Command.h"
#include "app/cli/DataDir.h"
#include "app/cli/Output.h"
#include "ledger/chain/Genesis.h"
#include "ledger/core/Hex.h"

#include <QDateTime>

using namespace ledger;

namespace app::cli {

class ShowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ShowCommand)
public:
    QString summary() const override
    {
        return tr("Show a block or a transaction in readable form.");
    }

    void addOptions(QCommandLineParser &p) override
    {
        addDataDirOption(p);
        p.addPositionalArgument(QStringLiteral("what"), tr("\"block N\" or \"tx ID\"."),
                                QStringLiteral("block N | tx ID"));
    }

    int run(const QCommandLineParser &p, Output &out) override
    {
        const QStringList args = p.positionalArguments();
        const bool isBlock = args.size() == 2 && args[0] == QLatin1String("block");
        const bool isTx = args.size() == 2 && args[0] == QLatin1String("tx");
        if (!isBlock && !isTx) {
            out.error(tr("say what to show: show block N, or show tx ID"));
            return ExitUsage;
        }
        auto dir = dataDirFrom(p);
        if (!dir) {
            out.error(dir.error());
            return ExitUsage;
        }
        auto store = dir->openStore(true);
        if (!store) {
            out.error(store.error());
            return ExitUsage;
        }
        m_store = store->get();
        if (auto genesis = m_store->block(0))
            m_genesis = chain::readGenesis(*genesis).value_or(chain::GenesisPayload {});
        return isBlock ? showBlock(args[1], out) : showTx(args[1], out);
    }

private:
    int showBlock(const QString &arg, Output &out)
    {
        bool ok = false;
        const std::uint64_t height = arg.toULongLong(&ok);
        if (!ok) {
            out.error(tr("'%1' is not a block height").arg(arg));
            return ExitUsage;
        }
        auto block = m_store->block(height);
        if (!block) {
            out.error(block.error());
            return ExitCheckFailed;
        }
        const auto &h = block->header();
        out.line(tr("Block %1").arg(height));
        out.line(tr("  Hash: %1").arg(block->hash().toHex()));
        out.line(tr("  Previous hash: %1").arg(h.prevHash.toHex()));
        out.line(tr("  Time: %1").arg(localTime(h.timestampMs)));
        out.line(tr("  Proposer: %1").arg(nodeName(h.proposer)));
        out.line(tr("  Merkle root: %1").arg(h.merkleRoot.toHex()));
        out.line(tr("  History root: %1").arg(h.historyRoot.toHex()));
        out.line(tr("  Transactions: %1").arg(h.txCount));
        const auto &txs = block->transactions();
        for (std::size_t i = 0; i < txs.size(); ++i) {
            out.line(QString());
            out.line(tr("  Transaction %1 of %2: %3")
                         .arg(i + 1)
                         .arg(txs.size())
                         .arg(txs[i].id().toHex()));
            printTransaction(txs[i], QStringLiteral("    "), out);
        }
        return ExitOk;
    }

    int showTx(const QString &arg, Output &out)
    {
        const auto id = chain::TxId::fromHex(arg.trimmed());
        if (!id) {
            out.error(tr("'%1' is not a transaction id of 64 hex digits").arg(arg));
            return ExitUsage;
        }
        auto location = m_store->findTransaction(*id);
        if (!location) {
            out.error(location.error());
            return ExitCheckFailed;
        }
        auto header = m_store->header(location->height);
        if (!header) {
            out.error(header.error());
            return ExitCheckFailed;
        }
        out.line(tr("Transaction %1").arg(id->toHex()));
        out.line(tr("  Block: %1, position %2 of %3")
                     .arg(location->height)
                     .arg(location->position + 1)
                     .arg(header->txCount));
        out.line(tr("  Block hash: %1").arg(header->hash().toHex()));
        out.line(tr("  Block time: %1").arg(localTime(header->timestampMs)));
        printTransaction(location->transaction, QStringLiteral("  "), out);
        return ExitOk;
    }

    void printTransaction(const chain::Transaction &tx, const QString &indent, Output &out) const
    {
        out.line(indent + tr("Type: %1").arg(QString::fromLatin1(chain::txTypeName(tx.type()))));
        out.line(indent + tr("Author: %1").arg(personName(tx.author())));
        out.line(indent + tr("Sequence: %1").arg(tx.sequence()));
        out.line(indent + tr("Time: %1").arg(localTime(tx.body().timestampMs)));
        for (const QString &line : describePayload(tx))
            out.line(indent + line);
    }

    // The payload for people. Only the chain's own type is decoded here; the
    // domain layer's types get their decoders added as further cases.
    QStringList describePayload(const chain::Transaction &tx) const
    {
        if (tx.type() == chain::TxType::Genesis) {
            if (auto g = chain::GenesisPayload::decode(tx.payload()))
                return describeGenesis(*g);
        }
        const QByteArray &payload = tx.payload();
        constexpr qsizetype Prefix = 32;
        return { tr("Payload: %1 bytes: %2%3")
                     .arg(payload.size())
                     .arg(core::toHex(
                         QByteArrayView(payload).first(std::min(Prefix, payload.size()))))
                     .arg(payload.size() > Prefix ? QStringLiteral("…") : QString()) };
    }

    QStringList describeGenesis(const chain::GenesisPayload &g) const
    {
        QStringList lines { tr("Community: %1").arg(g.name) };
        for (const auto &o : g.organizations) {
            lines << tr("Organization %1: %2 (%3), node %4")
                         .arg(o.orgId)
                         .arg(o.name, orgKindLabel(o.kind), crypto::fingerprint(o.nodeKey));
        }
        for (const auto &person : g.persons) {
            const auto *org = person.orgId >= 1 && person.orgId <= g.organizations.size()
                ? &g.organizations[person.orgId - 1]
                : nullptr;
            lines << tr("Person: %1, %2 of %3, key %4")
                         .arg(person.displayName, roleLabels(person.roles),
                              org ? org->name : QString::number(person.orgId),
                              crypto::fingerprint(person.key));
        }
        return lines;
    }

    static QString orgKindLabel(chain::OrgKind kind)
    {
        switch (kind) {
        case chain::OrgKind::PartyCommittee: return tr("party committee");
        case chain::OrgKind::ResidentsCommittee: return tr("residents' committee");
        case chain::OrgKind::StreetOffice: return tr("street office");
        case chain::OrgKind::PropertyManagement: return tr("property management");
        case chain::OrgKind::SocialOrganization: return tr("social organization");
        case chain::OrgKind::SupervisionCommittee: return tr("supervision committee");
        }
        return QString::fromLatin1(chain::orgKindName(kind));
    }

    static QString roleLabels(std::uint8_t roles)
    {
        QStringList out;
        if (chain::hasRole(roles, chain::Role::Staff))
            out << tr("staff");
        if (chain::hasRole(roles, chain::Role::Secretary))
            out << tr("party secretary");
        if (chain::hasRole(roles, chain::Role::Auditor))
            out << tr("auditor");
        if (chain::hasRole(roles, chain::Role::Admin))
            out << tr("administrator");
        return out.join(QStringLiteral(", "));
    }

    QString nodeName(const crypto::PublicKey &key) const
    {
        if (const auto *o = m_genesis.organizationByNodeKey(key))
            return tr("%1 (node of %2)").arg(crypto::fingerprint(key), o->name);
        return crypto::fingerprint(key);
    }

    QString personName(const crypto::PublicKey &key) const
    {
        if (const auto *person = m_genesis.personByKey(key))
            return tr("%1 (%2)").arg(crypto::fingerprint(key), person->displayName);
        return crypto::fingerprint(key);
    }

    static QString localTime(std::int64_t ms)
    {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms);
        return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
    }

    store::BlockStore *m_store = nullptr;
    chain::GenesisPayload m_genesis;
};

GONGZHI_REGISTER_COMMAND("show", ShowCommand);

} // namespace app::cli
