// gongzhi-cli proof: a JSON inclusion proof of one transaction in its block
// that verify-proof checks without the database (docs/ledger-format.md §Proofs).
#include "app/cli/Command.h"
#include "app/cli/DataDir.h"
#include "app/cli/Output.h"
#include "app/cli/ProofJson.h"
#include "ledger/merkle/InclusionProof.h"

#include <QJsonDocument>

using namespace ledger;

namespace app::cli {

class ProofCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ProofCommand)
public:
    QString summary() const override
    {
        return tr(
            "Print a JSON proof that a transaction is in its block (check it with verify-proof).");
    }

    void addOptions(QCommandLineParser &p) override
    {
        addDataDirOption(p);
        p.addOption({ QStringLiteral("tx"), tr("The transaction id (64 hex digits)."),
                      QStringLiteral("ID") });
    }

    int run(const QCommandLineParser &p, Output &out) override
    {
        auto dir = dataDirFrom(p);
        if (!dir) {
            out.error(dir.error());
            return ExitUsage;
        }
        const auto id = chain::TxId::fromHex(p.value(QStringLiteral("tx")).trimmed());
        if (!id) {
            out.error(tr("--tx must be a transaction id of 64 hex digits"));
            return ExitUsage;
        }
        auto store = dir->openStore(true);
        if (!store) {
            out.error(store.error());
            return ExitUsage;
        }
        auto location = (*store)->findTransaction(*id);
        if (!location) {
            out.error(location.error());
            return location.error().code == core::ErrorCode::NotFound ? ExitCheckFailed : ExitUsage;
        }
        auto raw = (*store)->readRaw(location->height, 1);
        if (!raw || raw->size() != 1) {
            out.error(raw ? core::Error(core::ErrorCode::NotFound, QStringLiteral("no such block"))
                                .atHeight(qint64(location->height))
                          : raw.error());
            return ExitCheckFailed;
        }
        const chain::RawBlock &block = raw->front();
        auto header = chain::BlockHeader::decode(block.header);
        if (!header) {
            out.error(header.error().atHeight(qint64(block.height)));
            return ExitCheckFailed;
        }
        std::vector<crypto::Digest> leaves;
        leaves.reserve(block.transactions.size());
        for (const auto &t : block.transactions)
            leaves.push_back(merkle::leafHash(t.data));
        auto path = merkle::inclusionProof(leaves, location->position);
        if (!path) {
            out.error(path.error().atHeight(qint64(block.height)));
            return ExitCheckFailed;
        }
        const QJsonObject proof {
            { QStringLiteral("tx"), id->toHex() },
            { QStringLiteral("height"), qint64(block.height) },
            { QStringLiteral("leaf_index"), qint64(location->position) },
            { QStringLiteral("tree_size"), qint64(leaves.size()) },
            { QStringLiteral("leaf"), hexValue(location->transaction.encoded()) },
            { QStringLiteral("audit_path"), hexList(*path) },
            { QStringLiteral("merkle_root"), header->merkleRoot.toHex() },
            { QStringLiteral("header"), hexValue(block.header) },
            { QStringLiteral("block_hash"), hexValue(block.hash) },
            { QStringLiteral("proposer_signature"), hexValue(block.signature) },
        };
        out.line(QString::fromUtf8(QJsonDocument(proof).toJson(QJsonDocument::Indented)).trimmed());
        return ExitOk;
    }
};

GONGZHI_REGISTER_COMMAND("proof", ProofCommand);

} // namespace app::cli
