#include "ledger/domain/Types.h"

namespace ledger::domain {

tl::unexpected<core::Error> invalid(const char *field, const QString &why)
{
    return core::fail(core::ErrorCode::BadValue, why, QString::fromLatin1(field));
}

void writeAttachments(core::ByteWriter &w, const std::vector<AttachmentRef> &refs)
{
    w.u32(std::uint32_t(refs.size()));
    for (const auto &a : refs)
        w.fixed(a.sha256).u64(a.size).string(a.name);
}

core::Result<std::vector<AttachmentRef>> readAttachments(core::ByteReader &r)
{
    const auto n = GONGZHI_TRY(r.count(limits::Attachments, 32 + 8 + 4, "attachments"));
    std::vector<AttachmentRef> out;
    out.reserve(n);
    for (std::uint32_t i = 0; i < n; ++i) {
        AttachmentRef a;
        a.sha256 = GONGZHI_TRY(r.fixed<32, crypto::DigestTag>("attachment.sha256"));
        a.size = GONGZHI_TRY(r.u64("attachment.size"));
        a.name = GONGZHI_TRY(r.string(limits::NameBytes, "attachment.name"));
        out.push_back(std::move(a));
    }
    return out;
}

core::Status validateAttachments(const std::vector<AttachmentRef> &refs)
{
    for (std::size_t i = 0; i < refs.size(); ++i) {
        if (!isTidyText(refs[i].name))
            return invalid("attachments", QStringLiteral("attachment %1 has no tidy name").arg(i));
        // An attachment's size is bounded so the store can check it in one read.
        if (refs[i].size > (std::uint64_t(1) << 32))
            return invalid("attachments", QStringLiteral("attachment %1 exceeds 4 GiB").arg(i));
        for (std::size_t j = 0; j < i; ++j) {
            if (refs[j].sha256 == refs[i].sha256)
                return invalid("attachments", QStringLiteral("attachment %1 listed twice").arg(i));
        }
    }
    return {};
}

bool isValidCode(const QString &code)
{
    if (code.isEmpty() || code.size() > qsizetype(limits::CodeBytes))
        return false;
    for (QChar c : code) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
            || (u >= u'0' && u <= u'9') || u == u'_' || u == u'.' || u == u'-';
        if (!ok)
            return false;
    }
    return true;
}

bool isTidyText(const QString &text)
{
    return !text.isEmpty() && text.trimmed().size() == text.size();
}

} // namespace ledger::domain
