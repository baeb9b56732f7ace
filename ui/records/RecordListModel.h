#pragma once

#include "ledger/state/queries/RecordQueries.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>
#include <vector>

namespace ui {

// One row of the records list: a local draft, a submission waiting in the
// outbox (待发送), or a record on the ledger.
struct RecordListItem {
    enum class Origin : std::uint8_t { Draft, Queued, Ledger };
    Origin origin = Origin::Ledger;
    ledger::state::RecordRow row; // drafts and queued items: kind, title, body, orgId
    qint64 draftId = 0;
    QByteArray txId; // queued: the submission's id
};

// The records list, paged lazily through the ledger facade: the view asks
// canFetchMore()/fetchMore() as it scrolls and the model loads the next
// PageSize rows on the reader thread; it never loads the list whole. Local
// rows (drafts, queued submissions) come first and are set by the page.
// Sorting a column reloads from the first page in that order.
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Title, Kind, Status, Organization, Figures, Updated, ColumnCount };
    static constexpr int PageSize = 100;

    using PageResult = ledger::core::Result<std::vector<ledger::state::RecordRow>>;
    // Runs the query for a page off the UI thread and calls back on it.
    using Fetcher = std::function<void(const ledger::state::RecordListQuery &, ledger::state::Page,
                                       std::function<void(PageResult)>)>;

    explicit RecordListModel(Fetcher fetcher, QObject *parent = nullptr);

    void setQuery(const ledger::state::RecordListQuery &query); // reloads
    const ledger::state::RecordListQuery &query() const { return m_query; }
    void setLocalItems(std::vector<RecordListItem> items);
    void setOrganizationNames(QHash<std::uint32_t, QString> names);
    // Reloads the rows loaded so far (after a block commit), keeping their number.
    void refresh();

    const RecordListItem *item(int row) const;
    int ledgerRowCount() const { return int(m_rows.size()); }
    bool isFetching() const { return m_fetching; }
    QString organizationName(std::uint32_t orgId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    void loadFailed(const QString &message);
    void pageLoaded();

private:
    void load(int offset, int limit, bool replace);
    QString figures(const ledger::state::RecordRow &r) const;

    Fetcher m_fetcher;
    ledger::state::RecordListQuery m_query;
    std::vector<RecordListItem> m_local;
    std::vector<RecordListItem> m_rows;
    QHash<std::uint32_t, QString> m_orgNames;
    bool m_fetching = false;
    bool m_exhausted = false;
    quint64 m_generation = 0; // answers to an older query are dropped
};

} // namespace ui
