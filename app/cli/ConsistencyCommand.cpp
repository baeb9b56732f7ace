// gongzhi-cli consistency: proves that today's chain extends a head someone
// wrote down earlier (docs/ledger-format.md §Consistency of a recorded head).
#include "app/cli/Command.h"
#include "app/cli/DataDir.h"
#include "app/cli/Output.h"
#include "app/cli/ProofJson.h"
#include "ledger/merkle/InclusionProof.h"

#include <QJsonDocument>

using namespace ledger;

namespace app::cli {

class ConsistencyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ConsistencyCommand)
public:
    QString summary() const override
    {
        return tr("Print a proof that the chain extends a head recorded earlier (check it with "
                  "verify-consistency).");
    }

    void addOptions(QCommandLineParser &p) override
    {
        addDataDirOption(p);
        p.addOption({ QStringLiteral("from-height"), tr("Height of the recorded head."),
                      QStringLiteral("H") });
        p.addOption({ QStringLiteral("from-hash"), tr("Hash of the recorded head (64 hex digits)."),
                      QStringLiteral("X") });
        p.addOption({ QStringLiteral("to-height"),
                      tr("Prove against this block instead of the current head."),
                      QStringLiteral("N") });
    }

    int run(const QCommandLineParser &p, Output &out) override
    {
        auto dir = dataDirFrom(p);
        if (!dir) {
            out.error(dir.error());
            return ExitUsage;
        }
        bool fromOk = false;
        const std::uint64_t from = p.value(QStringLiteral("from-height")).toULongLong(&fromOk);
        const auto fromHash
            = crypto::Digest::fromHex(p.value(QStringLiteral("from-hash")).trimmed());
        if (!fromOk || !fromHash) {
            out.error(
                tr("--from-height (a block height) and --from-hash (64 hex digits) are required"));
            return ExitUsage;
        }
        auto store = dir->openStore(true);
        if (!store) {
            out.error(store.error());
            return ExitUsage;
        }
        const std::uint64_t head = (*store)->head().height;
        std::uint64_t to = head;
        if (p.isSet(QStringLiteral("to-height"))) {
            bool ok = false;
            to = p.value(QStringLiteral("to-height")).toULongLong(&ok);
            if (!ok || to > head || to < from) {
                out.error(tr("--to-height must be a block height from %1 (the recorded head) to %2 "
                             "(the current head)")
                              .arg(from)
                              .arg(head));
                return ExitUsage;
            }
        }
        // A recorded head above today's head means blocks were removed: a rollback.
        if (from > to) {
            out.error(tr("the chain does NOT extend that head: it ends at block %1, below the "
                         "recorded block %2")
                          .arg(to)
                          .arg(from));
            return ExitCheckFailed;
        }
        auto hashes = (*store)->blockHashes(0, to);
        auto target = (*store)->readRaw(to, 1);
        if (!hashes || hashes->size() != to || !target || target->size() != 1) {
            out.error(!hashes       ? hashes.error()
                          : !target ? target.error()
                                    : core::Error(core::ErrorCode::Corrupt,
                                                  QStringLiteral("blocks are missing")));
            return ExitCheckFailed;
        }
        const chain::RawBlock &toBlock = target->front();
        const crypto::Digest actual
            = from == to ? *crypto::Digest::fromBytes(toBlock.hash) : (*hashes)[from];
        if (actual != *fromHash) {
            // A fork or a rewritten history: the one case this command exists to catch.
            out.error(tr("the chain does NOT extend that head: block %1 is %2, not %3")
                          .arg(from)
                          .arg(actual.toHex(), fromHash->toHex()));
            return ExitCheckFailed;
        }
        std::vector<crypto::Digest> path;
        if (from < to) {
            std::vector<crypto::Digest> leaves;
            leaves.reserve(hashes->size());
            for (const auto &h : *hashes)
                leaves.push_back(merkle::leafHash(h.view()));
            auto proof = merkle::inclusionProof(leaves, from);
            auto header = chain::BlockHeader::decode(toBlock.header);
            // Check before publishing: a store whose history root disagrees
            // with its block hashes is corrupt, and the proof would not verify.
            if (!proof || !header
                || !merkle::verifyInclusion(from, to, leaves[from], *proof, header->historyRoot)) {
                out.error(tr("block %1's history root does not match the stored block hashes (run "
                             "gongzhi-cli verify)")
                              .arg(to));
                return ExitCheckFailed;
            }
            path = std::move(*proof);
        }
        const QJsonObject doc {
            { QStringLiteral("from_height"), qint64(from) },
            { QStringLiteral("from_hash"), fromHash->toHex() },
            { QStringLiteral("to_height"), qint64(to) },
            { QStringLiteral("to_hash"), hexValue(toBlock.hash) },
            { QStringLiteral("to_header"), hexValue(toBlock.header) },
            { QStringLiteral("to_signature"), hexValue(toBlock.signature) },
            { QStringLiteral("tree_size"), qint64(to) },
            { QStringLiteral("audit_path"), hexList(path) },
        };
        out.line(QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented)).trimmed());
        return ExitOk;
    }
};

GONGZHI_REGISTER_COMMAND("consistency", ConsistencyCommand);

} // namespace app::cli
