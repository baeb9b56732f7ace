#pragma once

#include <QByteArray>

#include <cstdint>
#include <vector>

// Vocabulary of the Raft core (Ongaro & Ousterhout, "In Search of an Understandable
// Consensus Algorithm", 2014, and Ongaro's dissertation, 2014). Pure values only.
namespace ledger::raft {

using NodeId = std::uint64_t; // 0 is "no node"
using Term = std::uint64_t;
using Index = std::uint64_t; // log indexes start at 1; 0 means "before the log"

constexpr NodeId NoNode = 0;

// Terms a node refuses to enter (docs/raft.md "Hostile peers"). Honest terms grow by
// one per successful election, so they never come near either bound; a message beyond
// them is a hostile or corrupt peer, and adopting it would let that peer push the
// cluster to a term it can no longer increment (2^64 - 1 wraps to 0).
// - MaxTerm: the highest term; it also fits a signed 64-bit integer (SQLite, JSON).
// - MaxTermJump: the most a message may raise this node's term at once (2^32
//   elections: over a century at one election per second).
constexpr Term MaxTerm = Term(INT64_MAX);
constexpr Term MaxTermJump = Term(1) << 32;

// Whether a node at term `ours` may look at a message of term `theirs` at all.
constexpr bool acceptableTerm(Term ours, Term theirs)
{
    return theirs <= MaxTerm && (theirs <= ours || theirs - ours <= MaxTermJump);
}

enum class EntryType : std::uint8_t {
    Normal = 0, // opaque application data (one block, for the ledger)
    ConfChange = 1, // data is an encoded ConfChange (see ConfChange.h)
};

struct Entry {
    Term term = 0;
    Index index = 0;
    EntryType type = EntryType::Normal;
    QByteArray data;

    friend bool operator==(const Entry &, const Entry &) = default;
};

// Approximate size of an entry in a message, for the byte limits in Config.
inline std::size_t entryBytes(const Entry &e)
{
    return static_cast<std::size_t>(e.data.size()) + 24;
}

// Raft §5 Figure 2 "persistent state on all servers" plus the commit index
// (persisting commitIndex lets a restarted node apply without waiting for a leader).
struct HardState {
    Term term = 0; // currentTerm
    NodeId vote = NoNode; // votedFor in `term`
    Index commit = 0; // commitIndex (may lag the in-memory value; never ahead of it)

    friend bool operator==(const HardState &, const HardState &) = default;
};

enum class Role : std::uint8_t { Follower, PreCandidate, Candidate, Leader };

const char *roleName(Role role);

// Volatile state that callers may want to display; never needs persisting.
struct SoftState {
    NodeId leader = NoNode;
    Role role = Role::Follower;

    friend bool operator==(const SoftState &, const SoftState &) = default;
};

// A linearizable read is safe at `index` once the node has applied through it
// (Raft dissertation §6.4, ReadIndex).
struct ReadState {
    Index index = 0;
    QByteArray context; // the caller's request id, returned unchanged
};

} // namespace ledger::raft
