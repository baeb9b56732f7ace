#include "ledger/node/MessageCodec.h"

#include "ledger/core/ByteReader.h"
#include "ledger/core/ByteWriter.h"

namespace ledger::node::MessageCodec {

using core::ErrorCode;
using core::fail;

namespace {
constexpr std::uint8_t Version = 1;
constexpr std::uint8_t MaxMessageType = std::uint8_t(raft::MessageType::TimeoutNow);
} // namespace

QByteArray encode(const raft::Message &m)
{
    qsizetype size = 80 + m.context.size();
    for (const auto &e : m.entries)
        size += 21 + e.data.size();
    core::ByteWriter w(size);
    w.u8(Version)
        .u8(std::uint8_t(m.type))
        .u64(m.from)
        .u64(m.to)
        .u64(m.term)
        .u64(m.logTerm)
        .u64(m.index)
        .u64(m.commit)
        .u64(m.rejectHint)
        .boolean(m.reject)
        .bytes(m.context)
        .u32(std::uint32_t(m.entries.size()));
    for (const auto &e : m.entries)
        w.u64(e.term).u64(e.index).u8(std::uint8_t(e.type)).bytes(e.data);
    return w.take();
}

core::Result<raft::Message> decode(QByteArrayView bytes)
{
    core::ByteReader r(bytes);
    const auto version = GONGZHI_TRY(r.u8("version"));
    if (version != Version)
        return fail(ErrorCode::BadVersion,
                    QStringLiteral("unknown message version %1").arg(version),
                    QStringLiteral("version"));
    const auto type = GONGZHI_TRY(r.u8("type"));
    if (type > MaxMessageType)
        return fail(ErrorCode::BadType, QStringLiteral("unknown message type %1").arg(type),
                    QStringLiteral("type"));
    raft::Message m;
    m.type = raft::MessageType(type);
    m.from = GONGZHI_TRY(r.u64("from"));
    m.to = GONGZHI_TRY(r.u64("to"));
    m.term = GONGZHI_TRY(r.u64("term"));
    m.logTerm = GONGZHI_TRY(r.u64("log_term"));
    m.index = GONGZHI_TRY(r.u64("index"));
    m.commit = GONGZHI_TRY(r.u64("commit"));
    m.rejectHint = GONGZHI_TRY(r.u64("reject_hint"));
    m.reject = GONGZHI_TRY(r.boolean("reject"));
    m.context = GONGZHI_TRY(r.bytes(MaxContext, "context"));
    const auto count = GONGZHI_TRY(r.count(MaxEntries, 21, "entries"));
    m.entries.reserve(count);
    for (std::uint32_t i = 0; i < count; ++i) {
        raft::Entry e;
        e.term = GONGZHI_TRY(r.u64("entry.term"));
        e.index = GONGZHI_TRY(r.u64("entry.index"));
        const auto entryType = GONGZHI_TRY(r.u8("entry.type"));
        if (entryType > std::uint8_t(raft::EntryType::ConfChange))
            return fail(ErrorCode::BadType, QStringLiteral("unknown entry type %1").arg(entryType),
                        QStringLiteral("entry.type"));
        e.type = raft::EntryType(entryType);
        e.data = GONGZHI_TRY(r.bytes(MaxEntryBytes, "entry.data"));
        if (i > 0 && e.index != m.entries.back().index + 1)
            return fail(ErrorCode::BadValue, QStringLiteral("entries are not consecutive"),
                        QStringLiteral("entry.index"));
        m.entries.push_back(std::move(e));
    }
    GONGZHI_CHECK(r.expectEnd());
    return m;
}

} // namespace ledger::node::MessageCodec
