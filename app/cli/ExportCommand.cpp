// gongzhi-cli export: the chain as JSON lines, one block per line, for auditors
// (docs/ledger-format.md §JSON formats / export).
#include "app/cli/Command.h"
#include "app/cli/DataDir.h"
#include "app/cli/Output.h"
#include "app/cli/ProofJson.h"
#include "ledger/chain/Block.h"
#include "ledger/chain/Transaction.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>

using namespace ledger;

namespace app::cli {

namespace {
// Blocks read per query: bounds memory (a block holds at most 20,000
// transactions) while keeping the number of queries small.
constexpr std::uint32_t BlocksPerRead = 8;

// One export line. Only the stored bytes are decoded; nothing is recomputed,
// so an auditor checks exactly what the node holds.
core::Result<QJsonObject> blockJson(const chain::RawBlock &raw)
{
    auto header = chain::BlockHeader::decode(raw.header);
    if (!header)
        return core::fail(header.error().atHeight(qint64(raw.height)));
    QJsonArray txs;
    for (const auto &row : raw.transactions) {
        auto tx = chain::Transaction::decode(row.data);
        if (!tx)
            return core::fail(tx.error().atHeight(qint64(raw.height)).forTx(row.id));
        txs.append(QJsonObject {
            { QStringLiteral("id"), tx->id().toHex() },
            { QStringLiteral("type"), QString::fromLatin1(chain::txTypeName(tx->type())) },
            { QStringLiteral("leaf"), hexValue(tx->encoded()) },
            { QStringLiteral("signed"), hexValue(tx->signedBytes()) },
            { QStringLiteral("author_key"), tx->author().toHex() },
            { QStringLiteral("signature"), tx->signature().toHex() },
            { QStringLiteral("sequence"), qint64(tx->sequence()) },
        });
    }
    return QJsonObject {
        { QStringLiteral("height"), qint64(raw.height) },
        { QStringLiteral("hash"), hexValue(raw.hash) },
        { QStringLiteral("prev_hash"), header->prevHash.toHex() },
        { QStringLiteral("merkle_root"), header->merkleRoot.toHex() },
        { QStringLiteral("history_root"), header->historyRoot.toHex() },
        { QStringLiteral("timestamp_ms"), qint64(header->timestampMs) },
        { QStringLiteral("header"), hexValue(raw.header) },
        { QStringLiteral("proposer_key"), header->proposer.toHex() },
        { QStringLiteral("proposer_signature"), hexValue(raw.signature) },
        { QStringLiteral("transactions"), txs },
    };
}

std::optional<std::uint64_t> heightOption(const QCommandLineParser &p, const QString &name,
                                          std::uint64_t fallback)
{
    if (!p.isSet(name))
        return fallback;
    bool ok = false;
    const auto v = p.value(name).toULongLong(&ok);
    return ok ? std::optional(v) : std::nullopt;
}
} // namespace

class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    QString summary() const override
    {
        return tr("Write the chain as JSON lines, one block per line, for independent audit.");
    }

    void addOptions(QCommandLineParser &p) override
    {
        addDataDirOption(p);
        p.addOption({ QStringLiteral("output"), tr("Write to FILE instead of standard output."),
                      QStringLiteral("FILE") });
        p.addOption({ QStringLiteral("from"), tr("First block height to export (default 0)."),
                      QStringLiteral("H") });
        p.addOption({ QStringLiteral("to"), tr("Last block height to export (default: the head)."),
                      QStringLiteral("H") });
    }

    int run(const QCommandLineParser &p, Output &out) override
    {
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
        const std::uint64_t head = (*store)->head().height;
        const auto from = heightOption(p, QStringLiteral("from"), 0);
        const auto to = heightOption(p, QStringLiteral("to"), head);
        if (!from || !to || *from > *to || *to > head) {
            out.error(tr("--from and --to must be block heights with from <= to <= %1 (the head)")
                          .arg(head));
            return ExitUsage;
        }

        QSaveFile file;
        QFile standardOutput;
        QIODevice *device = &standardOutput;
        const QString outputPath = p.value(QStringLiteral("output"));
        if (outputPath.isEmpty()) {
            out.out().flush();
            standardOutput.open(stdout, QIODevice::WriteOnly);
        } else {
            file.setFileName(outputPath);
            if (!file.open(QIODevice::WriteOnly)) {
                out.error(tr("cannot write %1: %2").arg(outputPath, file.errorString()));
                return ExitUsage;
            }
            device = &file;
        }

        std::uint64_t transactions = 0;
        for (std::uint64_t next = *from; next <= *to;) {
            const auto count
                = std::uint32_t(std::min<std::uint64_t>(BlocksPerRead, *to - next + 1));
            auto blocks = (*store)->readRaw(next, count);
            if (!blocks || blocks->empty() || blocks->front().height != next) {
                out.error(
                    blocks ? core::Error(core::ErrorCode::NotFound, QStringLiteral("block missing"))
                                 .atHeight(qint64(next))
                           : blocks.error());
                return ExitCheckFailed;
            }
            for (const auto &raw : *blocks) {
                auto line = blockJson(raw);
                if (!line) {
                    out.error(tr("cannot export: %1 (run gongzhi-cli verify)")
                                  .arg(describe(line.error())));
                    return ExitCheckFailed;
                }
                if (device->write(QJsonDocument(*line).toJson(QJsonDocument::Compact) + '\n') < 0) {
                    out.error(tr("cannot write %1: %2")
                                  .arg(outputPath.isEmpty() ? tr("standard output") : outputPath,
                                       device->errorString()));
                    return ExitUsage;
                }
                transactions += raw.transactions.size();
            }
            next = blocks->back().height + 1;
            out.progress(tr("Exporting: block %1 of %2, %3 transactions")
                             .arg(next - 1)
                             .arg(*to)
                             .arg(transactions));
        }
        out.endProgress();
        if (outputPath.isEmpty()) {
            standardOutput.flush();
        } else if (!file.commit()) {
            out.error(tr("cannot write %1: %2").arg(outputPath, file.errorString()));
            return ExitUsage;
        }
        out.err() << tr("Exported blocks %1 to %2 with %3 transactions.")
                         .arg(*from)
                         .arg(*to)
                         .arg(transactions)
                  << '\n';
        out.err().flush();
        return ExitOk;
    }
};

GONGZHI_REGISTER_COMMAND("export", ExportCommand);

} // namespace app::cli
