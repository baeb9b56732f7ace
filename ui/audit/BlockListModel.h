#pragma once

#include "ledger/state/queries/AuditQueries.h"

#include <QAbstractTableModel>

#include <optional>

namespace ledger::service {
class LedgerService;
}

namespace ui {

// The chain's blocks, newest first, loaded a page at a time on the facade's
// reader thread as the view scrolls (canFetchMore/fetchMore), so a chain of
// 100,000+ blocks opens as fast as a short one. New blocks are added at the
// top when the node commits them.
class BlockListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Height, Time, Proposer, Transactions, Hash, ColumnCount };
    static constexpr std::uint32_t PageSize = 200;

    BlockListModel(ledger::service::LedgerService *ledger, QObject *parent = nullptr);

    // Starts over from the head (the first page arrives with firstPageLoaded).
    void reload();
    void setNames(const ledger::state::AuditNames &names);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    bool isLoading() const { return m_loading; }
    const ledger::state::BlockSummary *block(int row) const;
    int rowOfHeight(std::uint64_t height) const; // -1 if not loaded
    std::uint64_t head() const { return m_rows.empty() ? 0 : m_rows.front().height; }

public Q_SLOTS:
    void onBlockCommitted(quint64 height);

Q_SIGNALS:
    void firstPageLoaded();
    void pageLoaded();
    void loadFailed(const QString &message);

private:
    using Summaries = ledger::core::Result<std::vector<ledger::state::BlockSummary>>;
    // Loads blocks [from, from + count) (from = nullopt: the last page up to the head).
    void load(std::optional<std::uint64_t> from, std::uint32_t count, bool atTop);
    void insert(std::vector<ledger::state::BlockSummary> rows, bool atTop);
    QString proposerName(const ledger::state::BlockSummary &b) const;

    ledger::service::LedgerService *m_ledger;
    ledger::state::AuditNames m_names;
    std::vector<ledger::state::BlockSummary> m_rows; // descending heights
    bool m_loading = false;
    bool m_loadingTop = false;
    quint64 m_generation = 0; // a reload() drops answers to older requests
};

} // namespace ui
