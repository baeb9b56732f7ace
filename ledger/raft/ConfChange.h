#pragma once

#include "ledger/core/Result.h"
#include "ledger/raft/Types.h"

#include <QByteArray>

#include <map>
#include <optional>
#include <vector>

namespace ledger::raft {

// Single-server membership changes (dissertation §4.1, with the 2015 fix; see
// docs/raft.md for why not joint consensus). A configuration takes effect on a node
// as soon as its entry is in that node's log, committed or not (§4.1), and is undone
// if the entry is truncated.
enum class ConfChangeType : std::uint8_t {
    Bootstrap = 0, // the genesis configuration: `voters`, each with incarnation 0
    AddLearner = 1, // `node` joins as a non-voting learner with storage `incarnation`
    PromoteLearner = 2, // the learner `node` becomes a voter
    RemoveNode = 3, // `node` (voter or learner) leaves; its id is never reused
};

struct ConfChange {
    ConfChangeType type = ConfChangeType::AddLearner;
    NodeId node = NoNode;
    // The joining node's storage incarnation (Storage::InitialState::incarnation). A node
    // votes only once its log holds the entry that added it with its own incarnation, so
    // a node whose data was wiped cannot vote again under its old identity (bug 11).
    std::uint64_t incarnation = 0;
    std::vector<NodeId> voters; // Bootstrap only

    QByteArray encode() const;
    static core::Result<ConfChange> decode(QByteArrayView bytes);

    friend bool operator==(const ConfChange &, const ConfChange &) = default;
};

// The configuration obtained by applying a log's ConfChange entries in order.
class Membership
{
public:
    struct Member {
        bool voter = false;
        std::uint64_t incarnation = 0;
    };

    bool isVoter(NodeId id) const;
    bool isLearner(NodeId id) const;
    bool isMember(NodeId id) const { return m_members.count(id) != 0; }
    std::optional<std::uint64_t> incarnationOf(NodeId id) const;
    std::vector<NodeId> voters() const;
    std::vector<NodeId> learners() const;
    std::vector<NodeId> members() const;
    std::size_t voterCount() const;
    std::size_t quorum() const { return voterCount() / 2 + 1; }

    // Whether `change` is a legal next step from this configuration.
    core::Status validate(const ConfChange &change) const;
    // Applies a change from the log. Invalid changes cannot reach the log through
    // propose(); if one does (a buggy or hostile leader) it is ignored identically on
    // every node, which keeps configurations equal for equal logs.
    void apply(const ConfChange &change);

    friend bool operator==(const Membership &, const Membership &) = default;

private:
    std::map<NodeId, Member> m_members;
};

inline bool operator==(const Membership::Member &a, const Membership::Member &b)
{
    return a.voter == b.voter && a.incarnation == b.incarnation;
}

} // namespace ledger::raft
