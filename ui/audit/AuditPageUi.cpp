// The audit page's widgets and their wiring (the behaviour is in AuditPage.cpp).
#include "ui/audit/AuditPage.h"
#include "ui/audit/BlockListModel.h"
#include "ui/audit/JobProgressDialog.h"
#include "ui/audit/TransactionListModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

namespace {
QTableView *tableView(const QString &name, QAbstractItemModel *model)
{
    auto *view = new QTableView;
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return view;
}

QPushButton *button(const QString &name, const QString &text, const QString &tip)
{
    auto *b = new QPushButton(text);
    b->setObjectName(name);
    b->setToolTip(tip);
    return b;
}
} // namespace

void AuditPage::buildUi()
{
    auto *heading = new QLabel(tr("Audit"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *intro = new QLabel(tr("Every block and transaction of the shared ledger, as every "
                                "member organization holds it. Nothing is ever changed or "
                                "deleted: verify it yourself."));
    intro->setWordWrap(true);

    auto *verify = button(QStringLiteral("verifyChainButton"), tr("Verify the whole chain"),
                          tr("Check every hash link, Merkle root and signature"));
    auto *exportChain = button(QStringLiteral("exportChainButton"), tr("Export the chain…"),
                               tr("JSON lines an outside auditor can check with SHA-256 and "
                                  "Ed25519 alone (like gongzhi-cli export)"));
    auto *exportCsv = button(QStringLiteral("exportCsvButton"), tr("Export list (CSV)…"),
                             tr("The list of blocks as a spreadsheet for Excel"));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("txSearchEdit"));
    m_search->setPlaceholderText(tr("Transaction or record id (64 hex digits)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    auto *find = button(QStringLiteral("findTxButton"), tr("Find"),
                        tr("Open a transaction or record by its id"));

    auto *toolbar = new QHBoxLayout;
    toolbar->setSpacing(8);
    toolbar->addWidget(verify);
    toolbar->addWidget(exportChain);
    toolbar->addWidget(exportCsv);
    toolbar->addStretch();
    toolbar->addWidget(m_search);
    toolbar->addWidget(find);

    m_blockView = tableView(QStringLiteral("blockTableView"), m_blocks);
    auto *blockHeader = m_blockView->horizontalHeader();
    blockHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    blockHeader->setSectionResizeMode(BlockListModel::Proposer, QHeaderView::Stretch);

    m_blockHeader = new QLabel;
    m_blockHeader->setObjectName(QStringLiteral("blockHeaderLabel"));
    m_blockHeader->setTextFormat(Qt::RichText);
    m_blockHeader->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_blockHeader->setWordWrap(true);
    m_txView = tableView(QStringLiteral("transactionTableView"), m_transactions);
    auto *txHeader = m_txView->horizontalHeader();
    txHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    txHeader->setSectionResizeMode(TransactionListModel::Author, QHeaderView::Stretch);
    m_detailsButton = button(QStringLiteral("txDetailsButton"), tr("Details…"),
                             tr("The transaction's content in readable form"));
    m_proofButton = button(QStringLiteral("txProofButton"), tr("Export inclusion proof…"),
                           tr("A file proving the transaction is in its block"));
    auto *txButtons = new QHBoxLayout;
    txButtons->addStretch();
    txButtons->addWidget(m_detailsButton);
    txButtons->addWidget(m_proofButton);

    auto *lower = new QWidget;
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 8, 0, 0);
    lowerLayout->addWidget(m_blockHeader);
    lowerLayout->addWidget(m_txView, 1);
    lowerLayout->addLayout(txButtons);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_blockView);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("auditMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(toolbar);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(verify, &QPushButton::clicked, this, [this] { runDialog(startVerification()); });
    connect(exportChain, &QPushButton::clicked, this, &AuditPage::askAndExportChain);
    connect(exportCsv, &QPushButton::clicked, this, &AuditPage::askAndExportCsv);
    connect(find, &QPushButton::clicked, this, [this] { findTransaction(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this,
            [this] { findTransaction(m_search->text()); });
    connect(m_blockView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditPage::onBlockSelected);
    connect(m_txView, &QTableView::activated, this, &AuditPage::openSelectedTransaction);
    connect(m_detailsButton, &QPushButton::clicked, this, &AuditPage::openSelectedTransaction);
    connect(m_proofButton, &QPushButton::clicked, this, &AuditPage::exportSelectedProof);
    auto updateButtons = [this] {
        const bool any = m_txView->currentIndex().isValid();
        m_detailsButton->setEnabled(any);
        m_proofButton->setEnabled(any);
    };
    connect(m_txView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            updateButtons);
    connect(m_transactions, &QAbstractItemModel::modelReset, this, updateButtons);
    updateButtons();
}

} // namespace ui
