#include "ui/audit/TransactionListModel.h"

#include "ledger/service/LedgerService.h"
#include "ledger/store/BlockStore.h"
#include "ui/audit/PayloadDescriber.h"
#include "ui/audit/TxTypeText.h"
#include "ui/common/DomainText.h"

#include <QBrush>
#include <QColor>
#include <QFontDatabase>

using namespace ledger;

namespace ui {

core::Result<BlockDetail> BlockDetail::read(const service::QueryContext &c, std::uint64_t height)
{
    store::BlockStore &blocks = c.blocks;
    const chain::Block block = GONGZHI_TRY(blocks.block(height));
    BlockDetail detail;
    detail.header = block.header();
    detail.hash = block.hash();
    detail.proposerSignatureOk = block.verifySignature();
    detail.transactions.reserve(block.transactions().size());
    std::uint32_t position = 0;
    for (const auto &tx : block.transactions())
        detail.transactions.push_back({ tx, position++, tx.verifySignature() });
    return detail;
}

TransactionListModel::TransactionListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TransactionListModel::setBlock(BlockDetail block)
{
    beginResetModel();
    m_block = std::move(block);
    endResetModel();
}

void TransactionListModel::setNames(const state::AuditNames &names)
{
    m_names = names;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Author), index(rowCount() - 1, Author));
}

void TransactionListModel::clear()
{
    beginResetModel();
    m_block.reset();
    endResetModel();
}

const TxEntry *TransactionListModel::entry(int row) const
{
    return row >= 0 && row < rowCount() ? &m_block->transactions[std::size_t(row)] : nullptr;
}

int TransactionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_block ? 0 : int(m_block->transactions.size());
}

int TransactionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransactionListModel::data(const QModelIndex &index, int role) const
{
    const TxEntry *e = entry(index.row());
    if (!e)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Position: return e->position + 1;
        case Type: return TxTypeText::name(std::uint16_t(e->tx.type()));
        case Author: return PayloadDescriber(m_names).signer(e->tx.author());
        case Id: return DomainText::fingerprint(e->tx.id().toByteArray());
        case Signature: return e->signatureOk ? tr("✓ valid") : tr("✗ INVALID");
        }
    } else if (role == Qt::ToolTipRole && index.column() == Id) {
        return e->tx.id().toHex();
    } else if (role == Qt::ForegroundRole && index.column() == Signature) {
        return QBrush(e->signatureOk ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xc6, 0x28, 0x28));
    } else if (role == Qt::FontRole && index.column() == Id) {
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    } else if (role == Qt::TextAlignmentRole && index.column() == Position) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant TransactionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Position: return tr("#");
    case Type: return tr("What");
    case Author: return tr("Signed by");
    case Id: return tr("Transaction id");
    case Signature: return tr("Signature");
    }
    return {};
}

} // namespace ui
