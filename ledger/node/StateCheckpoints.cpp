// The checkpoint frame codec and the vote counting of the divergence check.
#include "ledger/node/StateCheckpoints.h"

#include "ledger/core/ByteReader.h"
#include "ledger/core/ByteWriter.h"

#include <algorithm>

namespace ledger::node {

using core::ErrorCode;
using core::fail;

namespace CheckpointCodec {

namespace {
constexpr std::uint8_t Version = 1;
constexpr qsizetype EntryBytes = 8 + 32 + 32;
} // namespace

QByteArray encode(const std::vector<Checkpoint> &checkpoints)
{
    core::ByteWriter w(5 + EntryBytes * qsizetype(checkpoints.size()));
    w.u8(Version).u32(std::uint32_t(checkpoints.size()));
    for (const auto &cp : checkpoints)
        w.u64(cp.height).fixed(cp.headHash).fixed(cp.stateDigest);
    return w.take();
}

core::Result<std::vector<Checkpoint>> decode(QByteArrayView bytes)
{
    core::ByteReader r(bytes);
    const auto version = GONGZHI_TRY(r.u8("version"));
    if (version != Version)
        return fail(ErrorCode::BadVersion,
                    QStringLiteral("unknown checkpoint frame version %1").arg(version),
                    QStringLiteral("version"));
    const auto count = GONGZHI_TRY(r.count(MaxCheckpoints, EntryBytes, "checkpoints"));
    std::vector<Checkpoint> out;
    out.reserve(count);
    for (std::uint32_t i = 0; i < count; ++i) {
        Checkpoint cp;
        cp.height = GONGZHI_TRY(r.u64("height"));
        cp.headHash = GONGZHI_TRY(r.fixed<32, crypto::DigestTag>("head_hash"));
        cp.stateDigest = GONGZHI_TRY(r.fixed<32, crypto::DigestTag>("state_digest"));
        if (!out.empty() && cp.height <= out.back().height)
            return fail(ErrorCode::BadValue,
                        QStringLiteral("checkpoint heights are not strictly increasing"),
                        QStringLiteral("height"));
        out.push_back(cp);
    }
    GONGZHI_CHECK(r.expectEnd());
    return out;
}

} // namespace CheckpointCodec

namespace {
template<class Map>
void keepLatest(Map &m, std::size_t keep)
{
    while (m.size() > keep)
        m.erase(m.begin());
}
} // namespace

void CheckpointVotes::recordOwn(const Checkpoint &cp)
{
    m_own[cp.height] = cp;
    keepLatest(m_own, Keep);
}

void CheckpointVotes::recordPeer(raft::NodeId peer, const std::vector<Checkpoint> &cps)
{
    auto &mine = m_peers[peer];
    for (const auto &cp : cps)
        mine[cp.height] = cp; // a later report of the same height replaces the earlier
    keepLatest(mine, Keep);
}

void CheckpointVotes::forgetPeersExcept(const std::vector<raft::NodeId> &members)
{
    for (auto it = m_peers.begin(); it != m_peers.end();) {
        const bool member = std::find(members.begin(), members.end(), it.key()) != members.end();
        it = member ? std::next(it) : m_peers.erase(it);
    }
}

std::vector<Checkpoint> CheckpointVotes::latestOwn(std::size_t n) const
{
    std::vector<Checkpoint> out;
    for (auto it = m_own.rbegin(); it != m_own.rend() && out.size() < n; ++it)
        out.push_back(it->second);
    std::reverse(out.begin(), out.end());
    return out;
}

CheckpointVotes::Verdict CheckpointVotes::evaluate(std::uint64_t height,
                                                   const std::vector<raft::NodeId> &voters,
                                                   raft::NodeId self) const
{
    Verdict v;
    const auto own = m_own.find(height);
    if (own == m_own.end())
        return v;
    v.own = own->second;

    // Reports grouped by value; this node's own is the first group.
    struct Group {
        Checkpoint cp;
        std::vector<raft::NodeId> peers;
    };
    std::vector<Group> groups { Group { v.own, {} } };
    std::size_t reports = 1;
    for (raft::NodeId voter : voters) {
        if (voter == self)
            continue;
        const auto peer = m_peers.constFind(voter);
        if (peer == m_peers.constEnd())
            continue;
        const auto cp = peer->find(height);
        if (cp == peer->end())
            continue;
        ++reports;
        auto g = std::find_if(groups.begin(), groups.end(),
                              [&](const Group &x) { return x.cp == cp->second; });
        if (g == groups.end())
            groups.push_back(Group { cp->second, { voter } });
        else
            g->peers.push_back(voter);
        if (cp->second == v.own) {
            v.agreeing.push_back(voter);
        } else {
            v.differing.push_back(voter);
            v.fork = v.fork || cp->second.headHash != v.own.headHash;
        }
    }
    if (reports == 1)
        return v; // Unknown: nobody else reported this height (yet)
    if (v.differing.empty()) {
        v.kind = Verdict::Kind::Agreed;
        return v;
    }
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const std::size_t count = groups[i].peers.size() + (i == 0 ? 1 : 0); // + this node
        if (2 * count <= reports)
            continue;
        v.majority = groups[i].cp;
        if (i == 0) {
            v.kind = Verdict::Kind::PeersDiverged;
        } else {
            v.kind = Verdict::Kind::SelfDiverged;
            v.majorityPeers = groups[i].peers;
        }
        return v;
    }
    v.kind = Verdict::Kind::NoMajority;
    return v;
}

} // namespace ledger::node
