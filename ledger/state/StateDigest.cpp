#include "ledger/state/StateDigest.h"

#include "ledger/core/ByteWriter.h"
#include "ledger/crypto/Sha256.h"
#include "ledger/state/Schema.h"
#include "ledger/state/Sql.h"
#include "ledger/state/StateMachine.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <cstring>

// The state digest (docs/domain.md §State digest): SHA-256 over
//   for each table in digestTables() order:
//     "T" | string name | u32 columnCount | columnCount × string column
//     then for each row in the table's ORDER BY:  "R" | value × columnCount
//   value = 0x00 (NULL) | 0x01 i64 | 0x02 string (UTF-8) | 0x03 bytes | 0x04 u64 (IEEE-754 bits)
// using the canonical ByteWriter encoding. Same rows, same bytes, same digest.

namespace ledger::state {

core::Result<crypto::Digest> StateMachine::digest() const
{
    auto d = computeStateDigest(database());
    if (!d && d.error().file.isEmpty())
        return core::fail(core::Error(d.error()).inFile(m_path));
    return d;
}

core::Result<crypto::Digest> computeStateDigest(const QSqlDatabase &db,
                                                const std::atomic<bool> *cancel)
{
    crypto::Sha256 hash;
    core::ByteWriter w(1 << 16);
    auto flush = [&] {
        hash.update(w.data());
        w = core::ByteWriter(1 << 16);
    };
    try {
        for (const DigestTable &t : digestTables()) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            const QString sql = QStringLiteral("SELECT * FROM %1 ORDER BY %2")
                                    .arg(QLatin1String(t.name), QLatin1String(t.orderBy));
            if (!q.exec(sql))
                throw SqlFailure(sql);
            const QSqlRecord rec = q.record();
            w.raw("T").string(QLatin1String(t.name)).u32(std::uint32_t(rec.count()));
            for (int i = 0; i < rec.count(); ++i)
                w.string(rec.fieldName(i));
            while (q.next()) {
                w.raw("R");
                for (int i = 0; i < rec.count(); ++i) {
                    const QVariant v = q.value(i);
                    if (v.isNull()) {
                        w.u8(0);
                        continue;
                    }
                    switch (v.typeId()) {
                    case QMetaType::LongLong:
                    case QMetaType::Int:
                    case QMetaType::ULongLong:
                    case QMetaType::UInt: w.u8(1).i64(v.toLongLong()); break;
                    case QMetaType::QString: w.u8(2).string(v.toString()); break;
                    case QMetaType::Double: {
                        const double d = v.toDouble();
                        std::uint64_t bits = 0;
                        std::memcpy(&bits, &d, sizeof bits);
                        w.u8(4).u64(bits);
                        break;
                    }
                    default: w.u8(3).bytes(v.toByteArray()); break;
                    }
                }
                if (w.size() > (1 << 16) - 4096) {
                    flush();
                    if (cancel && cancel->load(std::memory_order_relaxed))
                        return core::fail(core::ErrorCode::Unavailable,
                                          QStringLiteral("the state digest was cancelled"));
                }
            }
        }
    } catch (const SqlFailure &e) {
        return core::fail(core::Error(core::ErrorCode::Io, QString::fromStdString(e.what())));
    }
    flush();
    return hash.finish();
}

} // namespace ledger::state
