#include "ui/residents/ResidentListModel.h"

#include "ui/common/DomainText.h"

#include <QColor>

namespace ui {

void ResidentListModel::setRows(std::vector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    applyFilter();
    endResetModel();
}

void ResidentListModel::setPrivate(QHash<QByteArray, Private> details)
{
    beginResetModel();
    for (auto it = details.begin(); it != details.end(); ++it)
        m_private.insert(it.key(), it.value());
    applyFilter();
    endResetModel();
}

void ResidentListModel::setFilter(const QString &text, std::optional<QByteArray> only)
{
    beginResetModel();
    m_filter = text.trimmed();
    m_only = std::move(only);
    applyFilter();
    endResetModel();
}

void ResidentListModel::applyFilter()
{
    m_visible.clear();
    bool isNumber = false;
    const qint64 number = m_filter.toLongLong(&isNumber);
    for (int i = 0; i < int(m_rows.size()); ++i) {
        const auto &r = m_rows[std::size_t(i)].ledger;
        bool match = true;
        if (m_only) {
            match = r.pseudonym == *m_only;
        } else if (!m_filter.isEmpty()) {
            const Private p = m_private.value(r.pseudonym);
            match = (!p.name.isEmpty() && p.name.contains(m_filter, Qt::CaseInsensitive))
                || (!p.phone.isEmpty() && isNumber && m_filter.size() >= 4
                    && p.phone.contains(m_filter))
                || (isNumber && r.residentNo == number)
                || (!r.maskedName.isEmpty() && r.maskedName.contains(m_filter));
        }
        if (match)
            m_visible.push_back(i);
    }
}

const ResidentListModel::Row *ResidentListModel::rowAt(int row) const
{
    if (row < 0 || row >= int(m_visible.size()))
        return nullptr;
    return &m_rows[std::size_t(m_visible[std::size_t(row)])];
}

const ResidentListModel::Row *ResidentListModel::find(const QByteArray &pseudonym) const
{
    for (const Row &r : m_rows) {
        if (r.ledger.pseudonym == pseudonym)
            return &r;
    }
    return nullptr;
}

QString ResidentListModel::nameOf(const QByteArray &pseudonym) const
{
    return m_private.value(pseudonym).name;
}

QList<QByteArray> ResidentListModel::pseudonymsWithoutName() const
{
    QList<QByteArray> out;
    for (const Row &r : m_rows) {
        if (!m_private.contains(r.ledger.pseudonym))
            out << r.ledger.pseudonym;
    }
    return out;
}

int ResidentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int ResidentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Columns;
}

QVariant ResidentListModel::data(const QModelIndex &index, int role) const
{
    const Row *row = rowAt(index.row());
    if (!row)
        return {};
    const auto &r = row->ledger;
    if (role == PseudonymRole)
        return r.pseudonym;
    if (role == Qt::TextAlignmentRole && index.column() == BalanceColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == NameColumn && nameOf(r.pseudonym).isEmpty())
        return QColor(Qt::gray);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn: {
        const QString name = nameOf(r.pseudonym);
        //: A resident whose name is not in this PC's registry (removed, or key missing).
        return name.isEmpty() ? tr("(not in the registry)") : name;
    }
    case NumberColumn: return QString::number(r.residentNo);
    case MaskedColumn: return r.consent ? r.maskedName : tr("not shown");
    case BalanceColumn: return DomainText::points(r.balance);
    case EnrolledColumn: return row->enrolledMs > 0 ? DomainText::date(row->enrolledMs) : QString();
    }
    return {};
}

QVariant ResidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case NumberColumn: return tr("Resident no.");
    case MaskedColumn: return tr("Name on rankings");
    case BalanceColumn: return tr("Points balance");
    case EnrolledColumn: return tr("Registered");
    }
    return {};
}

} // namespace ui
