#include "ui/credit/LazyTableModel.h"

#include "ledger/service/LedgerService.h"

#include <QColor>
#include <QHeaderView>
#include <QTableView>

namespace ui {

using ledger::service::QueryContext;

LazyTableModel::LazyTableModel(ledger::service::LedgerService *ledger, QStringList headers,
                               QObject *parent)
    : QAbstractTableModel(parent)
    , m_ledger(ledger)
    , m_headers(std::move(headers))
{
}

void LazyTableModel::setFetch(LazyFetch fetch)
{
    m_fetch = std::move(fetch);
    reload();
}

void LazyTableModel::setResidentColumn(int column, std::function<QString(const QByteArray &)> label)
{
    m_residentColumn = column;
    m_residentLabel = std::move(label);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column));
}

void LazyTableModel::setQueuedLookup(int column, std::function<QString(const QByteArray &)> lookup)
{
    m_queuedColumn = column;
    m_queuedLookup = std::move(lookup);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void LazyTableModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_loading = false;
    m_atEnd = !m_fetch || !m_ledger;
    m_error.clear();
    endResetModel();
    fetchMore();
}

const LazyRow *LazyTableModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

int LazyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LazyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

void LazyTableModel::styleView(QTableView *view, int stretchColumn)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
}

QColor LazyTableModel::toneColor(LazyRow::Tone tone)
{
    switch (tone) {
    case LazyRow::Tone::DueSoon: return QColor(0xff, 0xf1, 0xc2); // amber
    case LazyRow::Tone::Overdue: return QColor(0xfb, 0xd5, 0xd5); // red
    case LazyRow::Tone::Queued: return QColor(0xdd, 0xe8, 0xfb); // blue
    case LazyRow::Tone::Muted: return QColor(0xee, 0xee, 0xee);
    case LazyRow::Tone::Plain: break;
    }
    return {};
}

QVariant LazyTableModel::data(const QModelIndex &index, int role) const
{
    const LazyRow *row = rowAt(index.row());
    if (!row || index.column() >= m_headers.size())
        return {};
    const QString queued = m_queuedLookup ? m_queuedLookup(row->id) : QString();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (index.column() == m_residentColumn && m_residentLabel && !row->pseudonym.isEmpty())
            return m_residentLabel(row->pseudonym);
        if (index.column() == m_queuedColumn && !queued.isEmpty())
            return tr("Queued: %1").arg(queued);
        return index.column() < row->cells.size() ? row->cells[index.column()] : QString();
    case Qt::BackgroundRole:
        if (!queued.isEmpty())
            return toneColor(LazyRow::Tone::Queued);
        if (row->tone != LazyRow::Tone::Plain)
            return toneColor(row->tone);
        return {};
    case Qt::UserRole: return row->id;
    default: return {};
    }
}

QVariant LazyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_headers.size())
        return m_headers[section];
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool LazyTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading;
}

void LazyTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true;
    const int generation = m_generation;
    const std::int64_t lastCursor = m_rows.empty() ? 0 : m_rows.back().cursor;
    const int loaded = int(m_rows.size());
    const int limit = m_pageSize;
    using Page = ledger::core::Result<std::vector<LazyRow>>;
    m_ledger->query<Page>(
        this,
        [fetch = m_fetch, lastCursor, loaded, limit](const QueryContext &c) {
            return fetch(c, lastCursor, loaded, limit);
        },
        [this, generation, limit](Page page) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!page) {
                m_atEnd = true;
                m_error = page.error().toString();
                Q_EMIT failed(m_error);
                return;
            }
            auto &rows = *page;
            m_atEnd = int(rows.size()) < limit;
            if (!rows.empty()) {
                const int first = int(m_rows.size());
                beginInsertRows({}, first, first + int(rows.size()) - 1);
                for (auto &r : rows)
                    m_rows.push_back(std::move(r));
                endInsertRows();
            }
            Q_EMIT pageLoaded(int(m_rows.size()));
        });
}

} // namespace ui
