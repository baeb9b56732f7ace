#pragma once

#include "ledger/chain/Transaction.h"
#include "ledger/domain/PayloadCodec.h"
#include "ledger/domain/RecordPayloads.h"
#include "ledger/state/queries/AuditQueries.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ui {

// One labelled value of a decoded payload ("Title" → "2026年第三季度党费收支").
struct PayloadField {
    QString label;
    QString value;
};

// Turns a transaction's payload into labelled fields for the audit page,
// decoding it with the domain's strict decoders (every type of
// ledger/chain/TxType.h). Keys and organization ids read as names where the
// chain knows them. A payload that does not decode reads as the decoder's
// error and the bytes in hex.
class PayloadDescriber
{
    Q_DECLARE_TR_FUNCTIONS(ui::PayloadDescriber)
public:
    explicit PayloadDescriber(const ledger::state::AuditNames &names)
        : m_names(names)
    {
    }

    QList<PayloadField> describe(const ledger::chain::Transaction &tx) const;

    // "张三 (幸福里社区党委)", or the key's fingerprint for an unknown key.
    QString person(const ledger::crypto::PublicKey &key) const;
    // "幸福里社区党委 (node)" for a node key; a person's name otherwise.
    QString signer(const ledger::crypto::PublicKey &key) const;
    QString organization(std::uint32_t orgId) const;
    static QString hexPreview(const QByteArray &bytes);

private:
    using Fields = QList<PayloadField>;
    Fields genesis(const QByteArray &payload) const;
    Fields consortium(const ledger::chain::Transaction &tx) const;
    Fields records(const ledger::chain::Transaction &tx) const;
    Fields credit(const ledger::chain::Transaction &tx) const;
    Fields feedback(const ledger::chain::Transaction &tx) const;
    Fields undecodable(const QByteArray &payload, const QString &why) const;
    // Decodes the payload as P and lets `fill` add its fields.
    template<class P, class Fill>
    Fields decoded(const QByteArray &payload, Fill fill) const
    {
        auto p = ledger::domain::decodePayload<P>(payload);
        if (!p)
            return undecodable(payload, p.error().toString());
        Fields f;
        fill(f, *p);
        return f;
    }
    void addContent(Fields &f, const ledger::domain::RecordContent &content) const;
    void addAttachments(Fields &f, const std::vector<ledger::domain::AttachmentRef> &refs) const;
    static QString id(const ledger::crypto::Digest &digest);
    static QString resident(const ledger::domain::Pseudonym &pseudonym);

    const ledger::state::AuditNames &m_names;
};

} // namespace ui
