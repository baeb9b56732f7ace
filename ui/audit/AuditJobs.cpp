#include "ui/audit/AuditJobs.h"

#include "ledger/chain/ChainVerifier.h"
#include "ledger/state/StateMachine.h"
#include "ledger/state/StateMembership.h"
#include "ledger/store/BlockStore.h"
#include "ui/common/CsvWriter.h"
#include "ui/common/DomainText.h"

#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QThread>

using namespace ledger;

namespace ui {

AuditJob::~AuditJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void AuditJob::start()
{
    Q_ASSERT(!m_thread);
    m_thread = QThread::create([this] { run(); });
    m_thread->start(QThread::LowPriority);
}

bool AuditJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

QString AuditJob::describe(const core::Error &error)
{
    QString what;
    switch (error.code) {
    case core::ErrorCode::BadSignature: what = tr("a signature does not match its data"); break;
    case core::ErrorCode::BadHash:
        what = tr("a hash does not match: stored data was changed after it was written");
        break;
    case core::ErrorCode::NotFound: what = tr("data is missing"); break;
    case core::ErrorCode::Io: what = tr("the ledger file could not be read"); break;
    default: what = tr("the stored data breaks the ledger's rules"); break;
    }
    return tr("%1 (%2)").arg(what, error.toString());
}

ChainVerifyJob::ChainVerifyJob(QString ledgerPath, bool followMembership, QObject *parent)
    : AuditJob(parent)
    , m_ledgerPath(std::move(ledgerPath))
    , m_followMembership(followMembership)
{
}

void ChainVerifyJob::run()
{
    auto store = store::BlockStore::open(m_ledgerPath, true);
    if (!store) {
        Q_EMIT finished(Failed, tr("Cannot open the ledger: %1").arg(describe(store.error())), -1);
        return;
    }
    const auto head = qint64((*store)->head().height);
    Q_EMIT progress(0, head);
    // One core stays free for the window and the node.
    chain::VerifyOptions options;
    options.threads = std::max(1, QThread::idealThreadCount() - 1);
    options.cancel = cancelFlag();
    options.progress
        = [&](std::uint64_t height, std::uint64_t) { Q_EMIT progress(qint64(height), head); };
    QTemporaryDir scratch;
    std::unique_ptr<state::StateMachine> scratchState;
    std::unique_ptr<state::StateMembership> membership;
    if (m_followMembership) {
        auto opened = state::StateMachine::open(scratch.filePath(QStringLiteral("membership.db")),
                                                state::StateMachine::Durability::Fast);
        if (!opened) {
            Q_EMIT finished(Failed,
                            tr("Cannot prepare the check: %1").arg(describe(opened.error())), -1);
            return;
        }
        scratchState = std::move(*opened);
        membership = std::make_unique<state::StateMembership>(*scratchState);
        options.membership = membership.get();
    }
    auto report = chain::verifyChain(**store, options);
    if (report) {
        Q_EMIT progress(qint64(report->height), qint64(report->height));
        Q_EMIT finished(Succeeded,
                        tr("The whole chain verifies: %n blocks and %1 transactions, every hash "
                           "link, Merkle root and signature is intact. Head %2.",
                           nullptr, int(report->height + 1))
                            .arg(report->transactions)
                            .arg(DomainText::fingerprint(report->headHash.toByteArray())),
                        -1);
        return;
    }
    const core::Error &e = report.error();
    if (e.code == core::ErrorCode::Cancelled) {
        Q_EMIT finished(Cancelled,
                        tr("Verification cancelled after block %1 of %2; nothing wrong was found "
                           "up to there.")
                            .arg(e.height.value_or(0))
                            .arg(head),
                        -1);
        return;
    }
    const qint64 at = e.height.value_or(-1);
    Q_EMIT finished(Failed,
                    at >= 0
                        ? tr("The chain does NOT verify at block %1: %2").arg(at).arg(describe(e))
                        : tr("The chain does NOT verify: %1").arg(describe(e)),
                    at);
}

ChainExportJob::ChainExportJob(QString ledgerPath, QString outputPath, QObject *parent)
    : AuditJob(parent)
    , m_ledgerPath(std::move(ledgerPath))
    , m_outputPath(std::move(outputPath))
{
}

void ChainExportJob::run()
{
    auto store = store::BlockStore::open(m_ledgerPath, true);
    if (!store) {
        Q_EMIT finished(Failed, tr("Cannot open the ledger: %1").arg(describe(store.error())), -1);
        return;
    }
    const std::uint64_t head = (*store)->head().height;
    QSaveFile file(m_outputPath);
    if (!file.open(QIODevice::WriteOnly)) {
        Q_EMIT finished(Failed, tr("Cannot write %1: %2").arg(m_outputPath, file.errorString()),
                        -1);
        return;
    }
    // A few blocks per read bound memory (a block holds at most 20,000 transactions).
    constexpr std::uint32_t BlocksPerRead = 8;
    std::uint64_t transactions = 0;
    for (std::uint64_t next = 0; next <= head;) {
        if (cancelled()) {
            file.cancelWriting();
            Q_EMIT finished(Cancelled, tr("Export cancelled; no file was written."), -1);
            return;
        }
        auto blocks = (*store)->readRaw(next, BlocksPerRead);
        if (!blocks || blocks->empty()) {
            file.cancelWriting();
            const core::Error e = blocks
                ? core::Error(core::ErrorCode::NotFound, QStringLiteral("block missing"))
                      .atHeight(qint64(next))
                : blocks.error();
            Q_EMIT finished(Failed, tr("Cannot export: %1").arg(describe(e)), qint64(next));
            return;
        }
        for (const auto &raw : *blocks) {
            auto line = state::exportBlockJson(raw);
            if (!line) {
                file.cancelWriting();
                Q_EMIT finished(Failed, tr("Cannot export: %1").arg(describe(line.error())),
                                qint64(raw.height));
                return;
            }
            file.write(QJsonDocument(*line).toJson(QJsonDocument::Compact) + '\n');
            transactions += raw.transactions.size();
        }
        next = blocks->back().height + 1;
        Q_EMIT progress(qint64(next - 1), qint64(head));
    }
    if (!file.commit()) {
        Q_EMIT finished(Failed, tr("Cannot write %1: %2").arg(m_outputPath, file.errorString()),
                        -1);
        return;
    }
    Q_EMIT finished(Succeeded,
                    tr("Exported %n blocks with %1 transactions to %2. An auditor can check the "
                       "file with SHA-256 and Ed25519 alone.",
                       nullptr, int(head + 1))
                        .arg(transactions)
                        .arg(m_outputPath),
                    -1);
}

BlockCsvJob::BlockCsvJob(QString ledgerPath, QString outputPath, state::AuditNames names,
                         QObject *parent)
    : AuditJob(parent)
    , m_ledgerPath(std::move(ledgerPath))
    , m_outputPath(std::move(outputPath))
    , m_names(std::move(names))
{
}

void BlockCsvJob::run()
{
    auto store = store::BlockStore::open(m_ledgerPath, true);
    if (!store) {
        Q_EMIT finished(Failed, tr("Cannot open the ledger: %1").arg(describe(store.error())), -1);
        return;
    }
    const std::uint64_t head = (*store)->head().height;
    CsvWriter csv(m_outputPath);
    if (auto st = csv.open(); !st) {
        Q_EMIT finished(Failed, tr("Cannot write %1: %2").arg(m_outputPath, st.error().toString()),
                        -1);
        return;
    }
    csv.writeRow(
        { tr("Height"), tr("Time"), tr("Proposed by"), tr("Transactions"), tr("Block hash") });
    constexpr std::uint32_t Chunk = 500;
    // Newest first, as on screen.
    for (std::uint64_t end = head + 1; end > 0;) {
        if (cancelled()) {
            Q_EMIT finished(Cancelled, tr("Export cancelled; no file was written."), -1);
            return;
        }
        const std::uint64_t from = end > Chunk ? end - Chunk : 0;
        auto rows = state::blockSummaries(**store, from, std::uint32_t(end - from));
        if (!rows) {
            Q_EMIT finished(Failed, tr("Cannot export: %1").arg(describe(rows.error())),
                            qint64(from));
            return;
        }
        for (auto it = rows->rbegin(); it != rows->rend(); ++it) {
            const std::uint32_t org = m_names.orgOfNodeKey(it->proposer);
            csv.writeRow({ QString::number(it->height), DomainText::dateTime(it->timestampMs),
                           org ? m_names.orgName(org) : it->proposer.toHex(),
                           QString::number(it->txCount), it->hash.toHex() });
        }
        end = from;
        Q_EMIT progress(qint64(head + 1 - end), qint64(head + 1));
    }
    if (auto st = csv.finish(); !st) {
        Q_EMIT finished(Failed, tr("Cannot write %1: %2").arg(m_outputPath, st.error().toString()),
                        -1);
        return;
    }
    Q_EMIT finished(
        Succeeded,
        tr("Saved the list of %n blocks to %1.", nullptr, int(head + 1)).arg(m_outputPath), -1);
}

} // namespace ui
