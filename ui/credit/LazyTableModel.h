#pragma once

#include "ledger/core/Result.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <functional>

class QTableView;
#include <vector>

namespace ledger::service {
class LedgerService;
struct QueryContext;
} // namespace ledger::service

namespace ui {

// One display-ready row of a lazily loaded list.
struct LazyRow {
    std::int64_t cursor = 0; // keyset position (row number on the ledger) for the next page
    QByteArray id; // the item (event id, feedback id, ...)
    QByteArray pseudonym; // resident shown in the resident column, if any
    QStringList cells;
    enum class Tone { Plain, DueSoon, Overdue, Queued, Muted } tone = Tone::Plain;
};

// Produces the page after `lastCursor` (0 = from the start); `loaded` is the
// number of rows already shown (for offset-paged lists such as rankings).
// Runs on the ledger's reader thread.
using LazyFetch = std::function<ledger::core::Result<std::vector<LazyRow>>(
    const ledger::service::QueryContext &, std::int64_t lastCursor, int loaded, int limit)>;

// A table that loads pages on demand (canFetchMore/fetchMore) through
// LedgerService::query, never on the UI thread, so a list of a million score
// events opens as fast as one of ten. reload() starts over (a new filter or a
// committed block); answers of an older generation are dropped.
class LazyTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    LazyTableModel(ledger::service::LedgerService *ledger, QStringList headers,
                   QObject *parent = nullptr);

    void setFetch(LazyFetch fetch); // and reload()
    const LazyFetch &fetch() const { return m_fetch; }
    void reload();
    // The resident column shows label(pseudonym) (local registry name when known).
    void setResidentColumn(int column, std::function<QString(const QByteArray &)> label);
    // Rows whose id has queued work (lookup returns its description) are
    // tinted and `column` says "queued: <description>" (待发送).
    void setQueuedLookup(int column, std::function<QString(const QByteArray &)> lookup);
    void setPageSize(int rows) { m_pageSize = rows; }
    QStringList headers() const { return m_headers; }
    const LazyRow *rowAt(int row) const;
    bool isLoading() const { return m_loading; }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    // The look every list of these pages shares: whole rows selected, one
    // line per row, no row numbers, `stretchColumn` takes the spare width.
    static void styleView(QTableView *view, int stretchColumn);

    // Background colours shared with the legends.
    static QColor toneColor(LazyRow::Tone tone);

Q_SIGNALS:
    void pageLoaded(int totalRows);
    void failed(const QString &message);

private:
    ledger::service::LedgerService *m_ledger;
    QStringList m_headers;
    LazyFetch m_fetch;
    std::vector<LazyRow> m_rows;
    std::function<QString(const QByteArray &)> m_residentLabel;
    int m_residentColumn = -1;
    std::function<QString(const QByteArray &)> m_queuedLookup;
    int m_queuedColumn = -1;
    int m_pageSize = 200;
    int m_generation = 0;
    bool m_loading = false;
    bool m_atEnd = true;
    QString m_error;
};

} // namespace ui
