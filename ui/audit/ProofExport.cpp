#include "ui/audit/ProofExport.h"

#include "ledger/service/LedgerService.h"
#include "ledger/state/queries/AuditQueries.h"
#include "ledger/store/BlockStore.h"

#include <QJsonDocument>
#include <QSaveFile>

using namespace ledger;

namespace ui {

void ProofExport::save(service::LedgerService *ledger, QObject *receiver, const chain::TxId &tx,
                       const QString &path,
                       std::function<void(bool ok, const QString &message)> done)
{
    using Proof = core::Result<QJsonObject>;
    ledger->query<Proof>(
        receiver,
        [tx](const service::QueryContext &c) -> Proof {
            auto proof = state::inclusionProofJson(c.blocks, tx);
            if (!proof)
                return proof;
            // Never hand out a proof that the verifier would refuse.
            if (auto checked = state::checkInclusionProofJson(*proof); !checked)
                return core::fail(checked.error());
            return proof;
        },
        [tx, path, done](Proof proof) {
            if (!proof) {
                done(false,
                     proof.error().code == core::ErrorCode::NotFound
                         ? tr("Transaction %1 is not on the chain.").arg(tx.toHex())
                         : tr("Cannot make the proof: %1").arg(proof.error().toString()));
                return;
            }
            QSaveFile file(path);
            const QByteArray json = QJsonDocument(*proof).toJson(QJsonDocument::Indented);
            if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size()
                || !file.commit()) {
                done(false, tr("Cannot write %1: %2").arg(path, file.errorString()));
                return;
            }
            done(true,
                 tr("Saved the proof that this transaction is in block %1 to %2. Anyone can "
                    "check it without the ledger: gongzhi-cli verify-proof --proof FILE")
                     .arg(proof->value(QStringLiteral("height")).toInteger())
                     .arg(path));
        });
}

QString ProofExport::suggestedName(const chain::TxId &tx)
{
    return QStringLiteral("proof-%1.json").arg(tx.toHex().left(16));
}

} // namespace ui
