#include "ui/approvals/ApprovalQueueModel.h"

#include "ui/approvals/ApprovalDescription.h"
#include "ui/common/DomainText.h"

#include <QBrush>
#include <QColor>

using namespace ledger;

namespace ui {

ApprovalQueueModel::ApprovalQueueModel(Fetcher fetcher, QObject *parent)
    : QAbstractTableModel(parent)
    , m_fetcher(std::move(fetcher))
{
}

void ApprovalQueueModel::reload()
{
    ++m_generation;
    m_exhausted = false;
    load(0, qMax(PageSize, int(m_items.size())), true);
}

void ApprovalQueueModel::setOrganizationNames(QHash<std::uint32_t, QString> names)
{
    m_orgNames = std::move(names);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Organization), index(rowCount() - 1, Organization));
}

void ApprovalQueueModel::setDecisionState(const QByteArray &id, const QString &state)
{
    m_decisions.insert(id, state);
    for (size_t row = 0; row < m_items.size(); ++row) {
        if (m_items[row].id == id)
            Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
    }
}

const state::ApprovalItem *ApprovalQueueModel::item(int row) const
{
    return row >= 0 && row < int(m_items.size()) ? &m_items[size_t(row)] : nullptr;
}

int ApprovalQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ApprovalQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApprovalQueueModel::data(const QModelIndex &index, int role) const
{
    const state::ApprovalItem *it = item(index.row());
    if (!it)
        return {};
    const QString decision = m_decisions.value(it->id);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case What: return ApprovalDescription::typeName(it->type);
        case Subject: return m_summaries[size_t(index.row())];
        case From:
            return it->authorName.isEmpty() ? DomainText::fingerprint(it->author) : it->authorName;
        case Organization: return m_orgNames.value(it->orgId);
        case Submitted: return DomainText::dateTime(it->tsMs);
        case State:
            if (!decision.isEmpty())
                return decision;
            return ApprovalDescription::isRoutine(*it) ? tr("Waiting (routine)") : tr("Waiting");
        case ColumnCount: break;
        }
    } else if (role == Qt::ForegroundRole && !decision.isEmpty()) {
        return QBrush(QColor(0x80, 0x80, 0x80));
    }
    return {};
}

QVariant ApprovalQueueModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (Column(section)) {
    case What: return tr("Item");
    case Subject: return tr("Subject");
    case From: return tr("From");
    case Organization: return tr("Organization");
    case Submitted: return tr("Submitted");
    case State: return tr("State");
    case ColumnCount: break;
    }
    return {};
}

bool ApprovalQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_fetching;
}

void ApprovalQueueModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        load(int(m_items.size()), PageSize, false);
}

void ApprovalQueueModel::load(int offset, int limit, bool replace)
{
    m_fetching = true;
    const quint64 generation = m_generation;
    m_fetcher(state::Page { offset, qMin(limit, 500) },
              [this, generation, limit, replace](PageResult result) {
                  if (generation != m_generation)
                      return;
                  m_fetching = false;
                  if (!result) {
                      Q_EMIT loadFailed(result.error().detail);
                      return;
                  }
                  m_exhausted = int(result->size()) < qMin(limit, 500);
                  std::vector<QString> summaries;
                  for (const auto &i : *result)
                      summaries.push_back(ApprovalDescription::summary(i));
                  if (replace) {
                      beginResetModel();
                      m_items = std::move(*result);
                      m_summaries = std::move(summaries);
                      // Decisions of items no longer waiting are done.
                      QHash<QByteArray, QString> still;
                      for (const auto &i : m_items) {
                          if (m_decisions.contains(i.id))
                              still.insert(i.id, m_decisions.value(i.id));
                      }
                      m_decisions = std::move(still);
                      endResetModel();
                  } else if (!result->empty()) {
                      const int first = int(m_items.size());
                      beginInsertRows({}, first, first + int(result->size()) - 1);
                      for (auto &i : *result)
                          m_items.push_back(std::move(i));
                      for (auto &s : summaries)
                          m_summaries.push_back(std::move(s));
                      endInsertRows();
                  }
                  Q_EMIT pageLoaded();
              });
}

} // namespace ui
