#include "ui/audit/BlockListModel.h"

#include "ledger/service/LedgerService.h"
#include "ledger/store/BlockStore.h"
#include "ui/common/DomainText.h"

#include <QFontDatabase>

using namespace ledger;

namespace ui {

BlockListModel::BlockListModel(service::LedgerService *ledger, QObject *parent)
    : QAbstractTableModel(parent)
    , m_ledger(ledger)
{
}

void BlockListModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    m_loading = false;
    m_loadingTop = false;
    load(std::nullopt, PageSize, false);
}

void BlockListModel::setNames(const state::AuditNames &names)
{
    m_names = names;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, Proposer), index(rowCount() - 1, Proposer));
}

void BlockListModel::load(std::optional<std::uint64_t> from, std::uint32_t count, bool atTop)
{
    (atTop ? m_loadingTop : m_loading) = true;
    const quint64 generation = m_generation;
    m_ledger->query<Summaries>(
        this,
        [from, count](const service::QueryContext &c) -> Summaries {
            store::BlockStore &blocks = c.blocks;
            const std::uint64_t head = blocks.head().height;
            const std::uint64_t start = from ? *from : (head + 1 > count ? head + 1 - count : 0);
            return state::blockSummaries(blocks, start, count);
        },
        [this, generation, atTop](Summaries rows) {
            if (generation != m_generation)
                return;
            (atTop ? m_loadingTop : m_loading) = false;
            if (!rows) {
                Q_EMIT loadFailed(tr("Cannot read the blocks: %1").arg(rows.error().toString()));
                return;
            }
            const bool first = m_rows.empty();
            insert(std::move(*rows), atTop);
            if (first)
                Q_EMIT firstPageLoaded();
            Q_EMIT pageLoaded();
        });
}

void BlockListModel::insert(std::vector<state::BlockSummary> rows, bool atTop)
{
    // Keep only blocks not shown yet: answers may overlap a page loaded meanwhile.
    std::vector<state::BlockSummary> fresh;
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
        const bool known = !m_rows.empty() && it->height <= m_rows.front().height
            && it->height >= m_rows.back().height;
        if (!known)
            fresh.push_back(*it);
    }
    if (fresh.empty())
        return;
    const bool top = atTop || m_rows.empty() || fresh.front().height > m_rows.front().height;
    const int at = top ? 0 : rowCount();
    beginInsertRows({}, at, at + int(fresh.size()) - 1);
    m_rows.insert(top ? m_rows.begin() : m_rows.end(), fresh.begin(), fresh.end());
    endInsertRows();
}

void BlockListModel::onBlockCommitted(quint64 height)
{
    if (m_rows.empty() || m_loadingTop || height <= m_rows.front().height)
        return;
    const std::uint64_t from = m_rows.front().height + 1;
    load(from, std::uint32_t(std::min<std::uint64_t>(height - from + 1, PageSize)), true);
}

int BlockListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BlockListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool BlockListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_loading && !m_rows.empty() && m_rows.back().height > 0;
}

void BlockListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const std::uint64_t lowest = m_rows.back().height;
    const std::uint64_t from = lowest > PageSize ? lowest - PageSize : 0;
    load(from, std::uint32_t(lowest - from), false);
}

const state::BlockSummary *BlockListModel::block(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[std::size_t(row)] : nullptr;
}

int BlockListModel::rowOfHeight(std::uint64_t height) const
{
    if (m_rows.empty() || height > m_rows.front().height || height < m_rows.back().height)
        return -1;
    return int(m_rows.front().height - height);
}

QString BlockListModel::proposerName(const state::BlockSummary &b) const
{
    const std::uint32_t org = m_names.orgOfNodeKey(b.proposer);
    return org ? m_names.orgName(org) : crypto::fingerprint(b.proposer);
}

QVariant BlockListModel::data(const QModelIndex &index, int role) const
{
    const state::BlockSummary *b = block(index.row());
    if (!b)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Height: return QString::number(b->height);
        case Time: return DomainText::dateTime(b->timestampMs);
        case Proposer: return proposerName(*b);
        case Transactions: return b->txCount;
        case Hash: return DomainText::fingerprint(b->hash.toByteArray());
        }
    } else if (role == Qt::ToolTipRole && index.column() == Hash) {
        return b->hash.toHex();
    } else if (role == Qt::TextAlignmentRole
               && (index.column() == Height || index.column() == Transactions)) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::FontRole && index.column() == Hash) {
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    }
    return {};
}

QVariant BlockListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Height: return tr("Block");
    case Time: return tr("Time");
    case Proposer: return tr("Proposed by");
    case Transactions: return tr("Transactions");
    case Hash: return tr("Block hash");
    }
    return {};
}

} // namespace ui
