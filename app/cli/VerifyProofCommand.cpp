// gongzhi-cli verify-proof: checks a `proof` document without any database
// (docs/ledger-format.md §Inclusion proof of a transaction).
#include "app/cli/Command.h"
#include "app/cli/Output.h"
#include "app/cli/ProofJson.h"
#include "ledger/chain/Transaction.h"
#include "ledger/crypto/Sha256.h"
#include "ledger/merkle/InclusionProof.h"

using namespace ledger;

namespace app::cli {

namespace {
struct InclusionDocument {
    crypto::Digest tx;
    std::uint64_t height = 0;
    std::uint64_t leafIndex = 0;
    std::uint64_t treeSize = 0;
    QByteArray leaf;
    std::vector<crypto::Digest> auditPath;
    crypto::Digest merkleRoot;
    QByteArray header;
    crypto::Digest blockHash;
    crypto::Signature signature;
};

core::Result<InclusionDocument> parse(const QJsonObject &o)
{
    const JsonFields f(o);
    InclusionDocument d;
    d.tx = GONGZHI_TRY(f.digest("tx"));
    d.height = GONGZHI_TRY(f.number("height"));
    d.leafIndex = GONGZHI_TRY(f.number("leaf_index"));
    d.treeSize = GONGZHI_TRY(f.number("tree_size"));
    d.leaf = GONGZHI_TRY(f.bytes("leaf"));
    d.auditPath = GONGZHI_TRY(f.digests("audit_path"));
    d.merkleRoot = GONGZHI_TRY(f.digest("merkle_root"));
    d.header = GONGZHI_TRY(f.bytes("header"));
    d.blockHash = GONGZHI_TRY(f.digest("block_hash"));
    d.signature = GONGZHI_TRY(f.signature("proposer_signature"));
    return d;
}
} // namespace

class VerifyProofCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VerifyProofCommand)
public:
    QString summary() const override
    {
        return tr("Check a transaction's inclusion proof without the database.");
    }

    void addOptions(QCommandLineParser &p) override
    {
        p.addOption({ QStringLiteral("proof"), tr("The proof document (default: standard input)."),
                      QStringLiteral("FILE") });
        p.addOption({ QStringLiteral("tx"),
                      tr("Require the proof to be about this transaction id."),
                      QStringLiteral("ID") });
        addTrustOptions(p);
    }

    int run(const QCommandLineParser &p, Output &out) override
    {
        auto object = readJsonObject(p.value(QStringLiteral("proof")));
        auto doc
            = object ? parse(*object) : core::Result<InclusionDocument>(core::fail(object.error()));
        auto trust = trustAnchorsFrom(p);
        std::optional<crypto::Digest> expectedTx;
        if (p.isSet(QStringLiteral("tx"))) {
            expectedTx = crypto::Digest::fromHex(p.value(QStringLiteral("tx")).trimmed());
            if (!expectedTx) {
                out.error(tr("--tx must be a transaction id of 64 hex digits"));
                return ExitUsage;
            }
        }
        if (!doc || !trust) {
            out.error(
                tr("cannot read the proof: %1").arg(describe(doc ? trust.error() : doc.error())));
            return ExitUsage;
        }
        if (const QString why = check(*doc, *trust, expectedTx); !why.isEmpty()) {
            out.line(QStringLiteral("FAILED ") + why);
            out.error(tr("the proof does not verify: %1").arg(why));
            return ExitCheckFailed;
        }
        out.err() << tr("Transaction %1 is leaf %2 of %3 in block %4 (%5).")
                         .arg(doc->tx.toHex())
                         .arg(doc->leafIndex)
                         .arg(doc->treeSize)
                         .arg(doc->height)
                         .arg(doc->blockHash.toHex())
                  << '\n';
        out.err().flush();
        out.line(QStringLiteral("OK"));
        return ExitOk;
    }

private:
    // The checks of docs/ledger-format.md, in its order; empty when all pass.
    static QString check(const InclusionDocument &d, const TrustAnchors &trust,
                         const std::optional<crypto::Digest> &expectedTx)
    {
        auto header = checkAnchorHeader(d.header, d.blockHash, d.signature, trust);
        if (!header)
            return header.error().detail;
        if (header->height != d.height)
            return tr("the header is of block %1, not block %2").arg(header->height).arg(d.height);
        if (header->merkleRoot != d.merkleRoot)
            return tr("merkle_root is not the Merkle root in the header");
        if (header->txCount != d.treeSize)
            return tr("tree_size %1 is not the header's transaction count %2")
                .arg(d.treeSize)
                .arg(header->txCount);
        if (crypto::Sha256::hash(d.leaf) != d.tx)
            return tr("tx is not the SHA-256 of the leaf");
        if (expectedTx && *expectedTx != d.tx)
            return tr("the proof is about transaction %1, not %2")
                .arg(d.tx.toHex(), expectedTx->toHex());
        // RFC 9162 §2.1.3.2 with the leaf hash of §2.1.1.
        if (auto st = merkle::verifyInclusion(d.leafIndex, d.treeSize, merkle::leafHash(d.leaf),
                                              d.auditPath, d.merkleRoot);
            !st)
            return tr("the audit path does not lead from the leaf to the Merkle root: %1")
                .arg(st.error().toString());
        auto tx = chain::Transaction::decode(d.leaf);
        if (!tx)
            return tr("the leaf is not a valid transaction: %1").arg(tx.error().toString());
        if (!tx->verifySignature())
            return tr("the author's signature in the leaf does not verify");
        if (tx->body().consortium != header->consortium)
            return tr("the transaction belongs to another consortium than the block");
        return {};
    }
};

GONGZHI_REGISTER_COMMAND("verify-proof", VerifyProofCommand);

} // namespace app::cli
