#include "ledger/state/queries/AuditQueries.h"

#include "ledger/chain/Transaction.h"
#include "ledger/core/Hex.h"
#include "ledger/crypto/Sha256.h"
#include "ledger/merkle/InclusionProof.h"
#include "ledger/state/StateMachine.h"
#include "ledger/store/BlockStore.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace ledger::state {

using core::ErrorCode;
using core::fail;

namespace {

core::Result<QSqlQuery> select(const StateMachine &state, const QString &sql)
{
    QSqlQuery q(state.database());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return fail(core::Error(ErrorCode::Io, q.lastError().text()).inFile(state.path()));
    return q;
}

template<class Fixed>
Fixed fixedOrZero(const QVariant &v)
{
    return Fixed::fromBytes(v.toByteArray()).value_or(Fixed {});
}

// Strict readers of the proof document, as app/cli/ProofJson.h reads it.
struct Fields {
    const QJsonObject &o;

    core::Result<QJsonValue> value(const char *key) const
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return fail(ErrorCode::NotFound, QStringLiteral("missing"), QString::fromLatin1(key));
        return v;
    }
    core::Result<std::uint64_t> number(const char *key) const
    {
        const QJsonValue v = GONGZHI_TRY(value(key));
        const double d = v.toDouble(-1);
        // JSON numbers are doubles in most readers: integers are exact up to 2^53.
        if (!v.isDouble() || d < 0 || d > 9007199254740992.0 || std::floor(d) != d)
            return fail(ErrorCode::BadValue, QStringLiteral("not a non-negative integer"),
                        QString::fromLatin1(key));
        return std::uint64_t(d);
    }
    core::Result<QByteArray> bytes(const char *key) const
    {
        const QJsonValue v = GONGZHI_TRY(value(key));
        auto decoded = v.isString() ? core::fromHex(v.toString()) : std::nullopt;
        if (!decoded)
            return fail(ErrorCode::BadEncoding, QStringLiteral("not a hex string"),
                        QString::fromLatin1(key));
        return *decoded;
    }
    template<class Fixed>
    core::Result<Fixed> fixed(const char *key) const
    {
        const QByteArray b = GONGZHI_TRY(bytes(key));
        auto v = Fixed::fromBytes(b);
        if (!v)
            return fail(ErrorCode::BadValue,
                        QStringLiteral("expected %1 bytes, got %2").arg(Fixed::Size).arg(b.size()),
                        QString::fromLatin1(key));
        return *v;
    }
    core::Result<std::vector<crypto::Digest>> digests(const char *key) const
    {
        const QJsonValue v = GONGZHI_TRY(value(key));
        // RFC 9162 paths have at most 64 hashes.
        if (!v.isArray() || v.toArray().size() > 64)
            return fail(ErrorCode::BadEncoding, QStringLiteral("not a list of at most 64 hashes"),
                        QString::fromLatin1(key));
        std::vector<crypto::Digest> out;
        for (const QJsonValue &item : v.toArray()) {
            auto d = item.isString() ? crypto::Digest::fromHex(item.toString()) : std::nullopt;
            if (!d)
                return fail(ErrorCode::BadEncoding, QStringLiteral("not 64 hex digits"),
                            QString::fromLatin1(key));
            out.push_back(*d);
        }
        return out;
    }
};

QJsonArray hexList(const std::vector<crypto::Digest> &digests)
{
    QJsonArray out;
    for (const auto &d : digests)
        out.append(d.toHex());
    return out;
}

} // namespace

core::Result<std::vector<BlockSummary>> blockSummaries(store::BlockStore &blocks,
                                                       std::uint64_t from, std::uint32_t count)
{
    std::vector<BlockSummary> out;
    const std::uint64_t head = blocks.head().height;
    for (std::uint64_t h = from; h <= head && h < from + count; ++h) {
        const chain::BlockHeader header = GONGZHI_TRY(blocks.header(h));
        out.push_back({ h, header.timestampMs, header.proposer, header.txCount, header.hash() });
    }
    return out;
}

std::uint32_t AuditNames::nextOrgId() const
{
    std::uint32_t highest = 0;
    for (auto it = orgs.cbegin(); it != orgs.cend(); ++it)
        highest = std::max(highest, it.key());
    return highest + 1;
}

core::Result<AuditNames> auditNames(const StateMachine &state)
{
    AuditNames names;
    auto orgs
        = GONGZHI_TRY(select(state, QStringLiteral("SELECT org_id, kind, name, active FROM orgs")));
    while (orgs.next()) {
        AuditNames::Org org;
        org.kind = chain::OrgKind(orgs.value(1).toInt());
        org.name = orgs.value(2).toString();
        org.active = orgs.value(3).toBool();
        names.orgs.insert(orgs.value(0).toUInt(), org);
    }
    auto keys = GONGZHI_TRY(
        select(state, QStringLiteral("SELECT key, org_id, until_height IS NULL FROM node_keys")));
    while (keys.next()) {
        const auto key = fixedOrZero<crypto::PublicKey>(keys.value(0));
        const std::uint32_t orgId = keys.value(1).toUInt();
        names.nodeKeyOrg.insert(key, orgId);
        if (keys.value(2).toBool() && names.orgs.contains(orgId))
            names.orgs[orgId].nodeKey = key;
    }
    auto persons = GONGZHI_TRY(
        select(state,
               QStringLiteral(
                   "SELECT key, org_id, display_name, roles, until_height IS NULL FROM persons")));
    while (persons.next()) {
        names.persons.insert(fixedOrZero<crypto::PublicKey>(persons.value(0)),
                             { persons.value(2).toString(), persons.value(1).toUInt(),
                               std::uint8_t(persons.value(3).toUInt()),
                               persons.value(4).toBool() });
    }
    return names;
}

core::Result<bool> membershipChangedAfterGenesis(const StateMachine &state)
{
    auto q = GONGZHI_TRY(select(state,
                                QStringLiteral("SELECT EXISTS (SELECT 1 FROM node_keys WHERE "
                                               "from_height > 0 OR until_height IS NOT NULL)")));
    return q.next() && q.value(0).toBool();
}

core::Result<QJsonObject> inclusionProofJson(store::BlockStore &blocks, const chain::TxId &tx)
{
    const store::TxLocation location = GONGZHI_TRY(blocks.findTransaction(tx));
    auto raw = GONGZHI_TRY(blocks.readRaw(location.height, 1));
    if (raw.size() != 1)
        return fail(core::Error(ErrorCode::NotFound, QStringLiteral("no such block"))
                        .atHeight(qint64(location.height)));
    const chain::RawBlock &block = raw.front();
    auto header = chain::BlockHeader::decode(block.header);
    if (!header)
        return fail(header.error().atHeight(qint64(block.height)));
    std::vector<crypto::Digest> leaves;
    leaves.reserve(block.transactions.size());
    for (const auto &t : block.transactions)
        leaves.push_back(merkle::leafHash(t.data));
    auto path = merkle::inclusionProof(leaves, location.position);
    if (!path)
        return fail(path.error().atHeight(qint64(block.height)));
    return QJsonObject {
        { QStringLiteral("tx"), tx.toHex() },
        { QStringLiteral("height"), qint64(block.height) },
        { QStringLiteral("leaf_index"), qint64(location.position) },
        { QStringLiteral("tree_size"), qint64(leaves.size()) },
        { QStringLiteral("leaf"), core::toHex(location.transaction.encoded()) },
        { QStringLiteral("audit_path"), hexList(*path) },
        { QStringLiteral("merkle_root"), header->merkleRoot.toHex() },
        { QStringLiteral("header"), core::toHex(block.header) },
        { QStringLiteral("block_hash"), core::toHex(block.hash) },
        { QStringLiteral("proposer_signature"), core::toHex(block.signature) },
    };
}

core::Result<chain::TxId> checkInclusionProofJson(const QJsonObject &proof)
{
    const Fields f { proof };
    const auto tx = GONGZHI_TRY(f.fixed<crypto::Digest>("tx"));
    const auto height = GONGZHI_TRY(f.number("height"));
    const auto leafIndex = GONGZHI_TRY(f.number("leaf_index"));
    const auto treeSize = GONGZHI_TRY(f.number("tree_size"));
    const QByteArray leaf = GONGZHI_TRY(f.bytes("leaf"));
    const auto auditPath = GONGZHI_TRY(f.digests("audit_path"));
    const auto merkleRoot = GONGZHI_TRY(f.fixed<crypto::Digest>("merkle_root"));
    const QByteArray headerBytes = GONGZHI_TRY(f.bytes("header"));
    const auto blockHash = GONGZHI_TRY(f.fixed<crypto::Digest>("block_hash"));
    const auto signature = GONGZHI_TRY(f.fixed<crypto::Signature>("proposer_signature"));

    auto bad = [](ErrorCode code, const QString &why) { return fail(code, why); };
    if (crypto::Sha256::hash(headerBytes) != blockHash)
        return bad(ErrorCode::BadHash,
                   QStringLiteral("the SHA-256 of the header is not block_hash"));
    auto header = chain::BlockHeader::decode(headerBytes);
    if (!header)
        return bad(ErrorCode::BadEncoding,
                   QStringLiteral("the header is not a valid block header: %1")
                       .arg(header.error().toString()));
    if (!crypto::verify(header->proposer, headerBytes, signature))
        return bad(ErrorCode::BadSignature,
                   QStringLiteral("the proposer's signature over the header does not verify"));
    if (header->height != height)
        return bad(ErrorCode::Invalid,
                   QStringLiteral("the header is of block %1, not block %2")
                       .arg(header->height)
                       .arg(height));
    if (header->merkleRoot != merkleRoot)
        return bad(ErrorCode::BadHash,
                   QStringLiteral("merkle_root is not the header's Merkle root"));
    if (header->txCount != treeSize)
        return bad(ErrorCode::Invalid,
                   QStringLiteral("tree_size is not the header's transaction count"));
    if (crypto::Sha256::hash(leaf) != tx)
        return bad(ErrorCode::BadHash, QStringLiteral("tx is not the SHA-256 of the leaf"));
    // RFC 9162 §2.1.3.2 with the leaf hash of §2.1.1.
    if (auto st = merkle::verifyInclusion(leafIndex, treeSize, merkle::leafHash(leaf), auditPath,
                                          merkleRoot);
        !st)
        return bad(
            ErrorCode::BadHash,
            QStringLiteral("the audit path does not lead from the leaf to the Merkle root: %1")
                .arg(st.error().toString()));
    auto decoded = chain::Transaction::decode(leaf);
    if (!decoded)
        return bad(ErrorCode::BadEncoding,
                   QStringLiteral("the leaf is not a valid transaction: %1")
                       .arg(decoded.error().toString()));
    if (!decoded->verifySignature())
        return bad(ErrorCode::BadSignature,
                   QStringLiteral("the author's signature in the leaf does not verify"));
    if (decoded->body().consortium != header->consortium)
        return bad(ErrorCode::Invalid,
                   QStringLiteral("the transaction belongs to another consortium than the block"));
    return tx;
}

core::Result<QJsonObject> exportBlockJson(const chain::RawBlock &raw)
{
    auto header = chain::BlockHeader::decode(raw.header);
    if (!header)
        return fail(header.error().atHeight(qint64(raw.height)));
    QJsonArray txs;
    for (const auto &row : raw.transactions) {
        auto tx = chain::Transaction::decode(row.data);
        if (!tx)
            return fail(tx.error().atHeight(qint64(raw.height)).forTx(row.id));
        txs.append(QJsonObject {
            { QStringLiteral("id"), tx->id().toHex() },
            { QStringLiteral("type"), QString::fromLatin1(chain::txTypeName(tx->type())) },
            { QStringLiteral("leaf"), core::toHex(tx->encoded()) },
            { QStringLiteral("signed"), core::toHex(tx->signedBytes()) },
            { QStringLiteral("author_key"), tx->author().toHex() },
            { QStringLiteral("signature"), tx->signature().toHex() },
            { QStringLiteral("sequence"), qint64(tx->sequence()) },
        });
    }
    return QJsonObject {
        { QStringLiteral("height"), qint64(raw.height) },
        { QStringLiteral("hash"), core::toHex(raw.hash) },
        { QStringLiteral("prev_hash"), header->prevHash.toHex() },
        { QStringLiteral("merkle_root"), header->merkleRoot.toHex() },
        { QStringLiteral("history_root"), header->historyRoot.toHex() },
        { QStringLiteral("timestamp_ms"), qint64(header->timestampMs) },
        { QStringLiteral("header"), core::toHex(raw.header) },
        { QStringLiteral("proposer_key"), header->proposer.toHex() },
        { QStringLiteral("proposer_signature"), core::toHex(raw.signature) },
        { QStringLiteral("transactions"), txs },
    };
}

} // namespace ledger::state
