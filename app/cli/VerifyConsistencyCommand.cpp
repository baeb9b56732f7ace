// gongzhi-cli verify-consistency: checks a `consistency` document without any
// database (docs/ledger-format.md §Consistency of a recorded head).
#include "app/cli/Command.h"
#include "app/cli/Output.h"
#include "app/cli/ProofJson.h"
#include "ledger/merkle/InclusionProof.h"

using namespace ledger;

namespace app::cli {

namespace {
struct ConsistencyDocument {
    std::uint64_t fromHeight = 0;
    crypto::Digest fromHash;
    std::uint64_t toHeight = 0;
    crypto::Digest toHash;
    QByteArray toHeader;
    crypto::Signature toSignature;
    std::uint64_t treeSize = 0;
    std::vector<crypto::Digest> auditPath;
};

core::Result<ConsistencyDocument> parse(const QJsonObject &o)
{
    const JsonFields f(o);
    ConsistencyDocument d;
    d.fromHeight = GONGZHI_TRY(f.number("from_height"));
    d.fromHash = GONGZHI_TRY(f.digest("from_hash"));
    d.toHeight = GONGZHI_TRY(f.number("to_height"));
    d.toHash = GONGZHI_TRY(f.digest("to_hash"));
    d.toHeader = GONGZHI_TRY(f.bytes("to_header"));
    d.toSignature = GONGZHI_TRY(f.signature("to_signature"));
    d.treeSize = GONGZHI_TRY(f.number("tree_size"));
    d.auditPath = GONGZHI_TRY(f.digests("audit_path"));
    return d;
}

// What the person running the check wrote down or trusts, from the options.
struct Expectations {
    std::optional<std::uint64_t> fromHeight;
    std::optional<crypto::Digest> fromHash;
    std::optional<crypto::Digest> toHash;
};
} // namespace

class VerifyConsistencyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VerifyConsistencyCommand)
public:
    QString summary() const override
    {
        return tr("Check without the database that a chain head extends a head recorded earlier.");
    }

    void addOptions(QCommandLineParser &p) override
    {
        p.addOption({ QStringLiteral("proof"), tr("The proof document (default: standard input)."),
                      QStringLiteral("FILE") });
        p.addOption({ QStringLiteral("to-hash"), tr("The hash of the newer head, as you trust it."),
                      QStringLiteral("X") });
        p.addOption({ QStringLiteral("from-height"),
                      tr("Require the proof to start at this recorded height."),
                      QStringLiteral("H") });
        p.addOption({ QStringLiteral("from-hash"),
                      tr("Require the proof to start at this recorded hash."),
                      QStringLiteral("X") });
        addTrustOptions(p);
    }

    int run(const QCommandLineParser &p, Output &out) override
    {
        auto object = readJsonObject(p.value(QStringLiteral("proof")));
        auto doc = object ? parse(*object)
                          : core::Result<ConsistencyDocument>(core::fail(object.error()));
        auto trust = trustAnchorsFrom(p);
        auto expected = expectationsFrom(p);
        if (!expected) {
            out.error(tr(
                "--from-height must be a block height, --from-hash and --to-hash 64 hex digits"));
            return ExitUsage;
        }
        if (!doc || !trust) {
            out.error(
                tr("cannot read the proof: %1").arg(describe(doc ? trust.error() : doc.error())));
            return ExitUsage;
        }
        if (const QString why = check(*doc, *trust, *expected); !why.isEmpty()) {
            out.line(QStringLiteral("FAILED ") + why);
            out.error(tr("the proof does not verify: %1").arg(why));
            return ExitCheckFailed;
        }
        out.err() << tr("The chain ending at block %1 (%2) extends block %3 (%4).")
                         .arg(doc->toHeight)
                         .arg(doc->toHash.toHex())
                         .arg(doc->fromHeight)
                         .arg(doc->fromHash.toHex())
                  << '\n';
        out.err().flush();
        out.line(QStringLiteral("OK"));
        return ExitOk;
    }

private:
    static std::optional<Expectations> expectationsFrom(const QCommandLineParser &p)
    {
        Expectations e;
        if (p.isSet(QStringLiteral("from-height"))) {
            bool ok = false;
            e.fromHeight = p.value(QStringLiteral("from-height")).toULongLong(&ok);
            if (!ok)
                return std::nullopt;
        }
        for (auto [name, slot] : { std::pair { QStringLiteral("from-hash"), &e.fromHash },
                                   std::pair { QStringLiteral("to-hash"), &e.toHash } }) {
            if (p.isSet(name)) {
                *slot = crypto::Digest::fromHex(p.value(name).trimmed());
                if (!*slot)
                    return std::nullopt;
            }
        }
        return e;
    }

    // The checks of docs/ledger-format.md, in its order; empty when all pass.
    static QString check(const ConsistencyDocument &d, const TrustAnchors &trust,
                         const Expectations &e)
    {
        auto header = checkAnchorHeader(d.toHeader, d.toHash, d.toSignature, trust);
        if (!header)
            return header.error().detail;
        if (header->height != d.toHeight)
            return tr("the header is of block %1, not block %2")
                .arg(header->height)
                .arg(d.toHeight);
        if (e.toHash && *e.toHash != d.toHash)
            return tr("the proof ends at block hash %1, not at the trusted %2")
                .arg(d.toHash.toHex(), e.toHash->toHex());
        if ((e.fromHeight && *e.fromHeight != d.fromHeight)
            || (e.fromHash && *e.fromHash != d.fromHash))
            return tr("the proof starts at block %1 (%2), not at the recorded head")
                .arg(d.fromHeight)
                .arg(d.fromHash.toHex());
        if (d.treeSize != d.toHeight)
            return tr("tree_size %1 is not to_height %2: the history tree of block N has N leaves")
                .arg(d.treeSize)
                .arg(d.toHeight);
        if (d.fromHeight > d.toHeight)
            return tr("the recorded block %1 is above block %2").arg(d.fromHeight).arg(d.toHeight);
        if (d.fromHeight == d.toHeight) {
            if (d.fromHash != d.toHash)
                return tr("block %1 is %2, not the recorded %3")
                    .arg(d.toHeight)
                    .arg(d.toHash.toHex(), d.fromHash.toHex());
            if (!d.auditPath.empty())
                return tr("a proof between equal heights must have an empty audit path");
            return {};
        }
        // The history root of block N is the RFC 9162 root over the hashes of
        // blocks 0..N-1: block H is leaf H (§2.1.3.2 inclusion verification).
        if (auto st
            = merkle::verifyInclusion(d.fromHeight, d.toHeight, merkle::leafHash(d.fromHash.view()),
                                      d.auditPath, header->historyRoot);
            !st)
            return tr("the audit path does not lead from block %1's hash to block %2's history "
                      "root: %3")
                .arg(d.fromHeight)
                .arg(d.toHeight)
                .arg(st.error().toString());
        return {};
    }
};

GONGZHI_REGISTER_COMMAND("verify-consistency", VerifyConsistencyCommand);

} // namespace app::cli
