#include "ledger/raft/ConfChange.h"

#include "ledger/core/ByteReader.h"
#include "ledger/core/ByteWriter.h"

namespace ledger::raft {

using core::ErrorCode;
using core::fail;

namespace {
constexpr std::uint8_t Version = 1;
constexpr std::uint32_t MaxBootstrapVoters = 64;
} // namespace

QByteArray ConfChange::encode() const
{
    core::ByteWriter w;
    w.u8(Version).u8(static_cast<std::uint8_t>(type)).u64(node).u64(incarnation);
    w.u32(static_cast<std::uint32_t>(voters.size()));
    for (NodeId v : voters)
        w.u64(v);
    return w.take();
}

core::Result<ConfChange> ConfChange::decode(QByteArrayView bytes)
{
    core::ByteReader r(bytes);
    if (GONGZHI_TRY(r.u8("version")) != Version)
        return fail(ErrorCode::BadVersion, QStringLiteral("unknown conf change version"));
    ConfChange c;
    const auto type = GONGZHI_TRY(r.u8("type"));
    if (type > static_cast<std::uint8_t>(ConfChangeType::RemoveNode))
        return fail(ErrorCode::BadType, QStringLiteral("unknown conf change type"),
                    QStringLiteral("type"));
    c.type = static_cast<ConfChangeType>(type);
    c.node = GONGZHI_TRY(r.u64("node"));
    c.incarnation = GONGZHI_TRY(r.u64("incarnation"));
    const auto n = GONGZHI_TRY(r.count(MaxBootstrapVoters, 8, "voters"));
    for (std::uint32_t i = 0; i < n; ++i)
        c.voters.push_back(GONGZHI_TRY(r.u64("voter")));
    GONGZHI_CHECK(r.expectEnd());
    return c;
}

bool Membership::isVoter(NodeId id) const
{
    auto it = m_members.find(id);
    return it != m_members.end() && it->second.voter;
}

bool Membership::isLearner(NodeId id) const
{
    auto it = m_members.find(id);
    return it != m_members.end() && !it->second.voter;
}

std::optional<std::uint64_t> Membership::incarnationOf(NodeId id) const
{
    auto it = m_members.find(id);
    if (it == m_members.end())
        return std::nullopt;
    return it->second.incarnation;
}

std::vector<NodeId> Membership::voters() const
{
    std::vector<NodeId> out;
    for (const auto &[id, m] : m_members) {
        if (m.voter)
            out.push_back(id);
    }
    return out;
}

std::vector<NodeId> Membership::learners() const
{
    std::vector<NodeId> out;
    for (const auto &[id, m] : m_members) {
        if (!m.voter)
            out.push_back(id);
    }
    return out;
}

std::vector<NodeId> Membership::members() const
{
    std::vector<NodeId> out;
    for (const auto &entry : m_members)
        out.push_back(entry.first);
    return out;
}

std::size_t Membership::voterCount() const
{
    std::size_t n = 0;
    for (const auto &entry : m_members)
        n += entry.second.voter ? 1 : 0;
    return n;
}

core::Status Membership::validate(const ConfChange &c) const
{
    auto bad = [](const char *why) {
        return fail(ErrorCode::Invalid, QString::fromLatin1(why), QStringLiteral("confChange"));
    };
    switch (c.type) {
    case ConfChangeType::Bootstrap:
        if (!m_members.empty() || c.voters.empty())
            return bad("bootstrap only starts an empty configuration");
        return {};
    case ConfChangeType::AddLearner:
        if (c.node == NoNode || c.incarnation == 0)
            return bad("a learner needs a node id and its storage incarnation");
        if (isMember(c.node))
            return bad("node is already a member");
        return {};
    case ConfChangeType::PromoteLearner:
        if (!isLearner(c.node))
            return bad("only a learner can be promoted");
        return {};
    case ConfChangeType::RemoveNode:
        if (!isMember(c.node))
            return bad("node is not a member");
        if (isVoter(c.node) && voterCount() == 1)
            return bad("cannot remove the last voter");
        return {};
    }
    return bad("unknown change");
}

void Membership::apply(const ConfChange &c)
{
    if (!validate(c))
        return;
    switch (c.type) {
    case ConfChangeType::Bootstrap:
        for (NodeId v : c.voters) {
            if (v != NoNode)
                m_members[v] = Member { true, 0 };
        }
        break;
    case ConfChangeType::AddLearner: m_members[c.node] = Member { false, c.incarnation }; break;
    case ConfChangeType::PromoteLearner: m_members[c.node].voter = true; break;
    case ConfChangeType::RemoveNode: m_members.erase(c.node); break;
    }
}

} // namespace ledger::raft
