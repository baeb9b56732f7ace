#pragma once

#include "ledger/chain/Types.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace ledger::service {
class LedgerService;
}

namespace ui {

// Saves the inclusion proof of one transaction (a record's id is its
// submission's transaction id) as `gongzhi-cli proof` prints it, after
// checking it with the same rules as `gongzhi-cli verify-proof`. The proof
// is built on the facade's reader thread; `done` runs on `receiver`'s thread
// with a translated sentence.
class ProofExport
{
    Q_DECLARE_TR_FUNCTIONS(ui::ProofExport)
public:
    static void save(ledger::service::LedgerService *ledger, QObject *receiver,
                     const ledger::chain::TxId &tx, const QString &path,
                     std::function<void(bool ok, const QString &message)> done);
    // A file name to suggest: "proof-<first 16 hex digits>.json".
    static QString suggestedName(const ledger::chain::TxId &tx);
};

} // namespace ui
