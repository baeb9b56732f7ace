#pragma once

#include "ledger/state/queries/ApprovalQueries.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

namespace ui {

// The items waiting for the signed-in secretary, oldest first, paged lazily
// like every list. Items whose decision was just sent stay listed, marked,
// until the block that carries the decision removes them.
class ApprovalQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { What, Subject, From, Organization, Submitted, State, ColumnCount };
    static constexpr int PageSize = 100;
    using PageResult = ledger::core::Result<std::vector<ledger::state::ApprovalItem>>;
    using Fetcher = std::function<void(ledger::state::Page, std::function<void(PageResult)>)>;

    explicit ApprovalQueueModel(Fetcher fetcher, QObject *parent = nullptr);

    void reload(); // from the first page, keeping as many rows as were loaded
    void setOrganizationNames(QHash<std::uint32_t, QString> names);
    void setDecisionState(const QByteArray &id, const QString &state);
    const ledger::state::ApprovalItem *item(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadFailed(const QString &message);
    void pageLoaded();

private:
    void load(int offset, int limit, bool replace);

    Fetcher m_fetcher;
    std::vector<ledger::state::ApprovalItem> m_items;
    std::vector<QString> m_summaries; // computed once per loaded item
    QHash<std::uint32_t, QString> m_orgNames;
    QHash<QByteArray, QString> m_decisions;
    bool m_fetching = false;
    bool m_exhausted = false;
    quint64 m_generation = 0;
};

} // namespace ui
