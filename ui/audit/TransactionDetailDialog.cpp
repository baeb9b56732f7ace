#include "ui/audit/TransactionDetailDialog.h"

#include "ui/audit/PayloadDescriber.h"
#include "ui/audit/ProofExport.h"
#include "ui/audit/TxTypeText.h"
#include "ui/common/DomainText.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace ledger;

namespace ui {

namespace {
QLabel *valueLabel(const QString &text, bool monospace = false)
{
    auto *label = new QLabel(text);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    if (monospace) {
        label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    return label;
}

bool looksLikeHex(const QString &s)
{
    if (s.size() < 32)
        return false;
    for (QChar c : s) {
        if (!c.isDigit() && (c.toLower() < QLatin1Char('a') || c.toLower() > QLatin1Char('f')))
            return false;
    }
    return true;
}
} // namespace

TransactionDetailDialog::TransactionDetailDialog(const TxEntry &entry, const BlockDetail &block,
                                                 const state::AuditNames &names,
                                                 service::LedgerService *ledger, QWidget *parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_txId(entry.tx.id())
{
    setObjectName(QStringLiteral("transactionDetailDialog"));
    setWindowTitle(tr("Transaction %1").arg(DomainText::fingerprint(m_txId.toByteArray())));
    resize(760, 620);
    const PayloadDescriber describer(names);
    const chain::Transaction &tx = entry.tx;

    auto *facts = new QFormLayout;
    facts->setLabelAlignment(Qt::AlignRight);
    facts->addRow(tr("What:"), valueLabel(TxTypeText::name(std::uint16_t(tx.type()))));
    facts->addRow(tr("Signed by:"), valueLabel(describer.signer(tx.author())));
    auto *signature
        = valueLabel(entry.signatureOk ? tr("✓ Valid: signed with this key, unchanged since")
                                       : tr("✗ INVALID: the content does not match the signature"));
    signature->setObjectName(QStringLiteral("signatureLabel"));
    signature->setStyleSheet(entry.signatureOk
                                 ? QStringLiteral("color: #1b7f3b; font-weight: bold")
                                 : QStringLiteral("color: #c62828; font-weight: bold"));
    facts->addRow(tr("Signature:"), signature);
    facts->addRow(tr("Block:"),
                  valueLabel(tr("%1, position %2 of %3, time %4")
                                 .arg(block.header.height)
                                 .arg(entry.position + 1)
                                 .arg(block.header.txCount)
                                 .arg(DomainText::dateTime(block.header.timestampMs))));
    facts->addRow(tr("Signer's clock:"), valueLabel(DomainText::dateTime(tx.body().timestampMs)));
    facts->addRow(tr("Sequence:"), valueLabel(QString::number(tx.sequence())));
    facts->addRow(tr("Transaction id:"), valueLabel(m_txId.toHex(), true));
    facts->addRow(tr("Signer's key:"), valueLabel(tx.author().toHex(), true));

    auto *payloadForm = new QFormLayout;
    payloadForm->setLabelAlignment(Qt::AlignRight);
    const QList<PayloadField> fields = describer.describe(tx);
    for (const PayloadField &field : fields) {
        auto *value = valueLabel(field.value, looksLikeHex(field.value));
        payloadForm->addRow(field.label + tr(":"), value);
    }
    auto *payloadWidget = new QWidget;
    payloadWidget->setObjectName(QStringLiteral("payloadWidget"));
    payloadWidget->setLayout(payloadForm);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(payloadWidget);
    auto *payloadBox = new QGroupBox(tr("Content"));
    auto *payloadLayout = new QVBoxLayout(payloadBox);
    payloadLayout->addWidget(scroll);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("proofStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_proofButton = buttons->addButton(tr("Export inclusion proof…"), QDialogButtonBox::ActionRole);
    m_proofButton->setObjectName(QStringLiteral("exportProofButton"));
    m_proofButton->setToolTip(tr("Save a file that proves this transaction is in its block; "
                                 "anyone can check it without the ledger."));
    auto *copy = buttons->addButton(tr("Copy id"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_txId.toHex()); });
    connect(m_proofButton, &QPushButton::clicked, this,
            &TransactionDetailDialog::askAndExportProof);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addLayout(facts);
    layout->addWidget(payloadBox, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
}

void TransactionDetailDialog::askAndExportProof()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save inclusion proof"), QDir::home().filePath(ProofExport::suggestedName(m_txId)),
        tr("JSON files (*.json)"));
    if (!path.isEmpty())
        exportProof(path);
}

void TransactionDetailDialog::exportProof(const QString &path)
{
    m_proofButton->setEnabled(false);
    m_status->setText(tr("Making the proof…"));
    ProofExport::save(m_ledger, this, m_txId, path, [this](bool ok, const QString &message) {
        m_proofButton->setEnabled(true);
        m_status->setText(message);
        m_status->setStyleSheet(ok ? QString() : QStringLiteral("color: #c62828"));
        Q_EMIT proofSaved(ok, message);
    });
}

} // namespace ui
