#include "ui/audit/AuditPage.h"

#include "ledger/service/LedgerService.h"
#include "ledger/store/BlockStore.h"
#include "ui/audit/AuditJobs.h"
#include "ui/audit/BlockListModel.h"
#include "ui/audit/JobProgressDialog.h"
#include "ui/audit/ProofExport.h"
#include "ui/audit/TransactionDetailDialog.h"
#include "ui/audit/TransactionListModel.h"
#include "ui/common/DomainText.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

using namespace ledger;

namespace ui {

namespace {
struct Snapshot {
    core::Result<state::AuditNames> names;
    bool membershipChanged = true;
};
} // namespace

AuditPage::AuditPage(AppContext &context, QWidget *parent)
    : Page(context, parent)
    , m_blocks(new BlockListModel(context.ledger, this))
    , m_transactions(new TransactionListModel(this))
{
    setObjectName(QStringLiteral("auditPage"));
    buildUi();
    connect(context.ledger, &service::LedgerService::blockCommitted, this, [this](quint64 height) {
        if (!m_loaded)
            return;
        m_blocks->onBlockCommitted(height);
        reloadNames();
    });
    connect(m_blocks, &BlockListModel::loadFailed, this,
            [this](const QString &message) { showMessage(message, true); });
    connect(m_blocks, &BlockListModel::firstPageLoaded, this, [this] {
        if (!m_blockView->currentIndex().isValid())
            m_blockView->selectRow(0);
    });
}

QString AuditPage::title() const
{
    return tr("Audit");
}

QIcon AuditPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/audit.svg"));
}

void AuditPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    ensureLoaded();
}

void AuditPage::activate(const QVariantMap &filter)
{
    ensureLoaded();
    const QString tx = filter.value(QStringLiteral("tx")).toString();
    if (!tx.isEmpty()) {
        m_search->setText(tx);
        findTransaction(tx);
    }
}

void AuditPage::ensureLoaded()
{
    if (m_loaded)
        return;
    m_loaded = true;
    reloadNames();
    m_blocks->reload();
}

void AuditPage::reloadNames()
{
    // Blocks may commit faster than the answer comes: one query at a time,
    // and one more afterwards if anything committed meanwhile.
    if (m_namesInFlight) {
        m_namesStale = true;
        return;
    }
    m_namesInFlight = true;
    context().ledger->query<Snapshot>(
        this,
        [](const service::QueryContext &c) {
            auto changed = state::membershipChangedAfterGenesis(c.state);
            return Snapshot { state::auditNames(c.state), !changed || *changed };
        },
        [this](Snapshot s) {
            m_namesInFlight = false;
            if (std::exchange(m_namesStale, false))
                reloadNames();
            if (!s.names) {
                showMessage(tr("Cannot read the organizations: %1").arg(s.names.error().toString()),
                            true);
                return;
            }
            m_names = std::move(*s.names);
            m_followMembership = s.membershipChanged;
            m_blocks->setNames(m_names);
            m_transactions->setNames(m_names);
        });
}

void AuditPage::onBlockSelected()
{
    const state::BlockSummary *b = m_blocks->block(m_blockView->currentIndex().row());
    if (b)
        showBlock(b->height);
}

void AuditPage::showBlock(std::uint64_t height)
{
    const quint64 request = ++m_blockRequest;
    m_blockHeader->setText(tr("Block %1: reading…").arg(height));
    using Detail = core::Result<BlockDetail>;
    context().ledger->query<Detail>(
        this, [height](const service::QueryContext &c) { return BlockDetail::read(c, height); },
        [this, request, height](Detail detail) {
            if (request != m_blockRequest)
                return;
            if (!detail) {
                m_transactions->clear();
                m_blockHeader->setText(
                    tr("Block %1 cannot be read: %2").arg(height).arg(detail.error().toString()));
                return;
            }
            const auto &h = detail->header;
            const std::uint32_t org = m_names.orgOfNodeKey(h.proposer);
            m_blockHeader->setText(
                tr("<b>Block %1</b> · %2 · proposed by %3 · proposer's signature %4<br>"
                   "Hash <tt>%5</tt><br>Previous <tt>%6</tt>")
                    .arg(h.height)
                    .arg(DomainText::dateTime(h.timestampMs),
                         org ? m_names.orgName(org).toHtmlEscaped()
                             : crypto::fingerprint(h.proposer),
                         detail->proposerSignatureOk ? tr("✓ valid") : tr("✗ INVALID"),
                         detail->hash.toHex(), h.prevHash.toHex()));
            m_transactions->setBlock(std::move(*detail));
            if (m_transactions->rowCount() > 0)
                m_txView->selectRow(0);
            Q_EMIT blockShown(height);
        });
}

TransactionDetailDialog *AuditPage::createDetailDialog(int row)
{
    const TxEntry *entry = m_transactions->entry(row);
    if (!entry)
        return nullptr;
    return new TransactionDetailDialog(*entry, *m_transactions->block(), m_names, context().ledger,
                                       this);
}

void AuditPage::openSelectedTransaction()
{
    if (auto *dialog = createDetailDialog(m_txView->currentIndex().row())) {
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        Q_EMIT transactionOpened(dialog);
    }
}

void AuditPage::exportSelectedProof()
{
    const TxEntry *entry = m_transactions->entry(m_txView->currentIndex().row());
    if (!entry)
        return;
    const chain::TxId id = entry->tx.id();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save inclusion proof"), QDir::home().filePath(ProofExport::suggestedName(id)),
        tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    ProofExport::save(context().ledger, this, id, path,
                      [this](bool ok, const QString &message) { showMessage(message, !ok); });
}

void AuditPage::findTransaction(const QString &hexId)
{
    const auto id = chain::TxId::fromHex(hexId.trimmed());
    if (!id) {
        const QString why = tr("A transaction or record id is 64 hex digits (0-9, a-f).");
        showMessage(why, true);
        Q_EMIT searchFailed(why);
        return;
    }
    struct Found {
        core::Result<BlockDetail> block;
        std::uint32_t position = 0;
    };
    context().ledger->query<Found>(
        this,
        [id = *id](const service::QueryContext &c) {
            auto at = c.blocks.findTransaction(id);
            if (!at)
                return Found { core::fail(at.error()), 0 };
            return Found { BlockDetail::read(c, at->height), at->position };
        },
        [this](Found found) {
            if (!found.block) {
                const QString why = found.block.error().code == core::ErrorCode::NotFound
                    ? tr("No transaction with this id is on the chain.")
                    : tr("Cannot search: %1").arg(found.block.error().toString());
                showMessage(why, true);
                Q_EMIT searchFailed(why);
                return;
            }
            showMessage({}, false);
            const std::uint64_t height = found.block->header.height;
            if (const int row = m_blocks->rowOfHeight(height); row >= 0) {
                const QSignalBlocker quiet(m_blockView->selectionModel());
                m_blockView->selectRow(row);
            }
            ++m_blockRequest; // this block replaces any block still being read
            m_transactions->setBlock(std::move(*found.block));
            m_txView->selectRow(int(found.position));
            Q_EMIT blockShown(height);
            openSelectedTransaction();
        });
}

void AuditPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828") : QString());
    m_message->setVisible(!text.isEmpty());
}

QString AuditPage::ledgerPath() const
{
    return QDir(context().ledger->dataDir()).filePath(QStringLiteral("ledger.db"));
}

JobProgressDialog *AuditPage::startVerification()
{
    auto *job = new ChainVerifyJob(ledgerPath(), m_followMembership);
    auto *dialog = new JobProgressDialog(
        tr("Verify the whole chain"),
        tr("Checking every hash link, Merkle root and signature from the first block to the "
           "last. The app stays usable meanwhile."),
        job, this);
    job->start();
    return dialog;
}

JobProgressDialog *AuditPage::startChainExport(const QString &path)
{
    auto *job = new ChainExportJob(ledgerPath(), path);
    auto *dialog = new JobProgressDialog(
        tr("Export the chain"), tr("Writing every block as one JSON line to %1.").arg(path), job,
        this);
    job->start();
    return dialog;
}

JobProgressDialog *AuditPage::startBlockCsvExport(const QString &path)
{
    auto *job = new BlockCsvJob(ledgerPath(), path, m_names);
    auto *dialog = new JobProgressDialog(
        tr("Export the block list"), tr("Writing the list of blocks to %1.").arg(path), job, this);
    job->start();
    return dialog;
}

void AuditPage::runDialog(JobProgressDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setModal(true);
    dialog->show();
}

void AuditPage::askAndExportChain()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the chain"), QDir::home().filePath(QStringLiteral("gongzhi-chain.jsonl")),
        tr("JSON lines (*.jsonl)"));
    if (!path.isEmpty())
        runDialog(startChainExport(path));
}

void AuditPage::askAndExportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the block list"),
        QDir::home().filePath(tr("blocks") + QStringLiteral(".csv")), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        runDialog(startBlockCsvExport(path));
}

QList<QPair<QString, QWidget *>> AuditPage::createTourDialogs()
{
    QList<QPair<QString, QWidget *>> dialogs;
    if (auto *detail = createDetailDialog(std::max(0, m_txView->currentIndex().row())))
        dialogs.append({ QStringLiteral("audit-transaction"), detail });
    dialogs.append({ QStringLiteral("audit-verify"), startVerification() });
    return dialogs;
}

} // namespace ui
