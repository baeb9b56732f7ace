#include "ui/records/RecordListModel.h"

#include "ui/common/DomainText.h"

#include <QBrush>
#include <QColor>
#include <QFont>

using namespace ledger;

namespace ui {

RecordListModel::RecordListModel(Fetcher fetcher, QObject *parent)
    : QAbstractTableModel(parent)
    , m_fetcher(std::move(fetcher))
{
}

void RecordListModel::setQuery(const state::RecordListQuery &query)
{
    beginResetModel();
    m_query = query;
    m_rows.clear();
    m_exhausted = false;
    m_fetching = false;
    ++m_generation;
    endResetModel();
    load(0, PageSize, false);
}

void RecordListModel::setLocalItems(std::vector<RecordListItem> items)
{
    const int before = int(m_local.size());
    const int after = int(items.size());
    if (before > 0) {
        beginRemoveRows({}, 0, before - 1);
        m_local.clear();
        endRemoveRows();
    }
    if (after > 0) {
        beginInsertRows({}, 0, after - 1);
        m_local = std::move(items);
        endInsertRows();
    }
}

void RecordListModel::setOrganizationNames(QHash<std::uint32_t, QString> names)
{
    m_orgNames = std::move(names);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Organization), index(rowCount() - 1, Organization));
}

void RecordListModel::refresh()
{
    ++m_generation;
    m_fetching = false;
    load(0, qMax(PageSize, int(m_rows.size())), true);
}

const RecordListItem *RecordListModel::item(int row) const
{
    if (row < 0)
        return nullptr;
    if (row < int(m_local.size()))
        return &m_local[size_t(row)];
    row -= int(m_local.size());
    return row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

QString RecordListModel::organizationName(std::uint32_t orgId) const
{
    return m_orgNames.value(orgId, orgId == 0 ? QString() : QString::number(orgId));
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_local.size() + m_rows.size());
}

int RecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RecordListModel::figures(const state::RecordRow &r) const
{
    switch (r.kind) {
    case domain::RecordKind::Financial:
        return tr("In %1 / out %2")
            .arg(DomainText::money(r.incomeFen), DomainText::money(r.expenseFen));
    case domain::RecordKind::Task:
        if (r.deadlineMs == 0)
            return {};
        return tr("%1%, due %2").arg(r.percent).arg(DomainText::date(r.deadlineMs));
    case domain::RecordKind::Activity:
        return tr("%1 signed up, %2 attended").arg(r.signups).arg(r.attended);
    default: return {};
    }
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    const RecordListItem *it = item(index.row());
    if (!it || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const state::RecordRow &r = it->row;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case Number:
            if (it->origin == RecordListItem::Origin::Draft)
                return tr("Draft");
            if (it->origin == RecordListItem::Origin::Queued)
                return tr("Queued");
            return QString::number(r.recordNo);
        case Title: return role == Qt::ToolTipRole ? r.title + u'\n' + r.body.left(300) : r.title;
        case Kind: return DomainText::recordKind(r.kind);
        case Status:
            if (it->origin == RecordListItem::Origin::Draft)
                return tr("Draft (on this PC only)");
            if (it->origin == RecordListItem::Origin::Queued)
                return tr("Queued, not yet on the ledger");
            if (r.overdue)
                return tr("%1 (overdue)").arg(DomainText::recordStatus(r.status));
            return DomainText::recordStatus(r.status);
        case Organization: return organizationName(r.orgId);
        case Figures: return figures(r);
        case Updated: return r.updatedMs ? DomainText::dateTime(r.updatedMs) : QString();
        case ColumnCount: break;
        }
    } else if (role == Qt::ForegroundRole) {
        if (it->origin != RecordListItem::Origin::Ledger)
            return QBrush(QColor(0x8a, 0x5a, 0x00));
        if (r.overdue && index.column() == Status)
            return QBrush(QColor(0xb0, 0x20, 0x20));
    } else if (role == Qt::FontRole && it->origin != RecordListItem::Origin::Ledger) {
        QFont f;
        f.setItalic(true);
        return f;
    } else if (role == Qt::UserRole) {
        return r.recordId;
    }
    return {};
}

QVariant RecordListModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (Column(section)) {
    case Number: return tr("No.");
    case Title: return tr("Title");
    case Kind: return tr("Kind");
    case Status: return tr("Status");
    case Organization: return tr("Organization");
    case Figures: return tr("Figures");
    case Updated: return tr("Last change");
    case ColumnCount: break;
    }
    return {};
}

bool RecordListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_fetching;
}

void RecordListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        load(int(m_rows.size()), PageSize, false);
}

void RecordListModel::sort(int column, Qt::SortOrder order)
{
    state::RecordListQuery q = m_query;
    switch (Column(column)) {
    case Title: q.sort = state::RecordSort::Title; break;
    case Kind: q.sort = state::RecordSort::Kind; break;
    case Status: q.sort = state::RecordSort::Status; break;
    case Organization: q.sort = state::RecordSort::Organization; break;
    case Updated: q.sort = state::RecordSort::Updated; break;
    default: q.sort = state::RecordSort::Number; break;
    }
    q.ascending = order == Qt::AscendingOrder;
    if (q.sort != m_query.sort || q.ascending != m_query.ascending)
        setQuery(q);
}

void RecordListModel::load(int offset, int limit, bool replace)
{
    m_fetching = true;
    const quint64 generation = m_generation;
    m_fetcher(m_query, state::Page { offset, limit },
              [this, generation, limit, replace](PageResult result) {
                  if (generation != m_generation)
                      return;
                  m_fetching = false;
                  if (!result) {
                      Q_EMIT loadFailed(result.error().detail);
                      return;
                  }
                  std::vector<RecordListItem> items;
                  items.reserve(result->size());
                  for (auto &r : *result)
                      items.push_back(
                          RecordListItem { RecordListItem::Origin::Ledger, std::move(r), 0, {} });
                  m_exhausted = int(items.size()) < limit;
                  const int base = int(m_local.size());
                  if (replace) {
                      // Same length: update in place so selection and scroll stay.
                      if (items.size() == m_rows.size()) {
                          m_rows = std::move(items);
                          if (!m_rows.empty())
                              Q_EMIT dataChanged(index(base, 0),
                                                 index(rowCount() - 1, ColumnCount - 1));
                      } else {
                          beginResetModel();
                          m_rows = std::move(items);
                          endResetModel();
                      }
                  } else if (!items.empty()) {
                      const int first = base + int(m_rows.size());
                      beginInsertRows({}, first, first + int(items.size()) - 1);
                      for (auto &i : items)
                          m_rows.push_back(std::move(i));
                      endInsertRows();
                  }
                  Q_EMIT pageLoaded();
              });
}

} // namespace ui
