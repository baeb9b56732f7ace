#pragma once

#include "ledger/state/queries/ResidentListQueries.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>
#include <vector>

namespace ui {

// The residents page's table: this organization's residents as the ledger
// knows them (number, masked name, balance, enrolment date) with the name
// from the local registry. The phone is kept only for searching and never
// shown. A filter narrows the rows by name, phone or number, or to one
// pseudonym (an ID number found by the registry).
class ResidentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, NumberColumn, MaskedColumn, BalanceColumn, EnrolledColumn, Columns };
    static constexpr int PseudonymRole = Qt::UserRole + 1;

    struct Row {
        ledger::state::ResidentListRow ledger;
        std::int64_t enrolledMs = 0;
    };
    struct Private { // from the registry
        QString name;
        QString phone;
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(std::vector<Row> rows);
    void setPrivate(QHash<QByteArray, Private> details);
    // Empty text: every row. `only`: the single resident an ID number names.
    void setFilter(const QString &text, std::optional<QByteArray> only = std::nullopt);

    int totalCount() const { return int(m_rows.size()); }
    const Row *rowAt(int row) const;
    const Row *find(const QByteArray &pseudonym) const;
    QString nameOf(const QByteArray &pseudonym) const;
    QList<QByteArray> pseudonymsWithoutName() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void applyFilter();

    std::vector<Row> m_rows;
    QHash<QByteArray, Private> m_private;
    std::vector<int> m_visible; // indexes into m_rows
    QString m_filter;
    std::optional<QByteArray> m_only;
};

} // namespace ui
