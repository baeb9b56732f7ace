#pragma once

#include "ledger/chain/Block.h"
#include "ledger/state/queries/AuditQueries.h"

#include <QAbstractTableModel>

namespace ledger::service {
struct QueryContext;
}

namespace ui {

// One transaction of a block as the audit page shows it.
struct TxEntry {
    ledger::chain::Transaction tx;
    std::uint32_t position = 0; // leaf index in the block's Merkle tree
    bool signatureOk = false; // the author's Ed25519 signature over the signed bytes
};

// A block with its transactions decoded and their signatures checked.
struct BlockDetail {
    ledger::chain::BlockHeader header;
    ledger::chain::BlockHash hash;
    bool proposerSignatureOk = false;
    std::vector<TxEntry> transactions;

    // On the reader thread: block `height` from the query context's store.
    static ledger::core::Result<BlockDetail> read(const ledger::service::QueryContext &c,
                                                  std::uint64_t height);
};

// The transactions of the block selected on the audit page.
class TransactionListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Position, Type, Author, Id, Signature, ColumnCount };

    explicit TransactionListModel(QObject *parent = nullptr);
    void setBlock(BlockDetail block);
    void setNames(const ledger::state::AuditNames &names);
    void clear();
    const BlockDetail *block() const { return m_block ? &*m_block : nullptr; }
    const TxEntry *entry(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::optional<BlockDetail> m_block;
    ledger::state::AuditNames m_names;
};

} // namespace ui
