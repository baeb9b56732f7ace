#pragma once

#include "ledger/chain/TxType.h"
#include "ledger/service/LedgerService.h"

#include <QListWidget>

namespace ui {

struct AppContext;

// Submits transactions for a page and shows the ones not yet final, marked
// "queued" (待发送) while no quorum is reachable, "sending" while the node has
// them; rejected ones stay listed with the reason until dismissed. Hidden
// when empty. objectName: pendingList.
class PendingList : public QListWidget
{
    Q_OBJECT
public:
    explicit PendingList(AppContext &context, QWidget *parent = nullptr);

    // `subject`: the item concerned (feedback id, resident pseudonym), for pendingFor().
    ledger::chain::TxId submit(ledger::chain::TxType type, const QByteArray &payload,
                               const QString &description, const QByteArray &subject = {});
    // Lists the ledger's outbox entries of `types` not submitted by this list
    // (e.g. queued before the app was restarted) and follows their stages.
    void adoptOutbox(const QList<ledger::chain::TxType> &types);
    // Descriptions of not-final submissions about `subject`.
    QStringList pendingFor(const QByteArray &subject) const;
    static QString stageText(const ledger::service::Submission &s);
    static QString typeText(ledger::chain::TxType type);

Q_SIGNALS:
    void submissionChanged(const ledger::service::Submission &submission,
                           const QByteArray &subject);

private:
    struct Entry {
        QString description;
        QByteArray subject;
        ledger::service::Submission::Stage stage;
        QListWidgetItem *item;
    };
    void update(const ledger::service::Submission &s);

    AppContext &m_context;
    QHash<QByteArray, Entry> m_entries; // by tx id
};

} // namespace ui
