#pragma once

#include "ledger/raft/MemoryStorage.h"
#include "ledger/raft/Raft.h"

#include <QString>

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>

namespace ledger::raft::testing {

// A few Raft nodes wired together in one thread for scenario tests: messages are
// delivered in FIFO order unless a link is cut or a filter drops them; a node's Ready
// is processed completely (persist, send, apply, advance) by flush(). Time passes only
// through tick(). The randomized simulator (tests/sim) is the place for chaos.
struct TestNode {
    NodeId id = NoNode;
    Config config;
    std::unique_ptr<MemoryStorage> storage;
    std::unique_ptr<Raft> raft; // null while crashed
    std::vector<Entry> applied; // the state machine; durable with its index
    std::vector<ReadState> reads; // ReadStates served
    std::map<Index, Entry> appliedAt;
    std::optional<Ready> held; // taken, not yet persisted (see holdReady)
};

class TestCluster
{
public:
    using Tweak = std::function<void(Config &)>;

    explicit TestCluster(const std::vector<NodeId> &voters, Tweak tweak = {});

    TestNode &node(NodeId id) { return m_nodes.at(id); }
    Raft &raft(NodeId id) { return *m_nodes.at(id).raft; }
    std::vector<NodeId> ids() const;

    // A node joining with empty storage (not yet a member: propose AddLearner for it).
    void addJoiner(NodeId id, std::uint64_t incarnation, Tweak tweak = {});

    void cut(NodeId a, NodeId b);
    void cutOneWay(NodeId from, NodeId to);
    void isolate(NodeId id);
    void heal();
    // Drops a message when it returns true (applied on delivery).
    std::function<bool(const Message &)> dropIf;
    // Rewrites a message on delivery (after dropIf), e.g. to lose part of a batch.
    std::function<void(Message &)> mutate;

    // Processes every Ready of `id` (persist, send, apply, advance).
    void flush(NodeId id);
    // Flushes and delivers until no message is left in flight.
    void deliverAll();
    void tick(NodeId id, int times = 1);
    // Ticks every live node `times` times, delivering after each round.
    void tickAll(int times = 1);

    // The process dies: whatever was not persisted is lost, queued messages to it too.
    void crash(NodeId id);
    void restart(NodeId id);
    // Crash, then lose the disk: the node comes back with empty storage.
    void wipe(NodeId id, std::uint64_t newIncarnation);

    // Makes `id` start elections (as if told TimeoutNow) until it leads; false if it
    // cannot win within a few attempts.
    bool campaign(NodeId id);
    ProposeResult propose(NodeId id, const QByteArray &data);

    // Takes `id`'s Ready and sends only its Append messages, as a leader may before its
    // own disk write completes (Ready.h); the rest waits for releaseHeld().
    void holdReady(NodeId id);
    void releaseHeld(NodeId id);

    // Messages handed to the network so far (after any drop), in order.
    const std::vector<Message> &sent() const { return m_sent; }
    // Empty while no two nodes ever applied different entries at the same index.
    QString safetyViolation() const { return m_violation; }
    // One line per node: role, term, vote, last index, commit, voters (for failures).
    QString describe() const;

private:
    void record(TestNode &n, const std::vector<Entry> &committed);
    bool linkUp(NodeId from, NodeId to) const;
    void checkLeaderCompleteness(const TestNode &n);

    Tweak m_tweak;
    std::map<NodeId, TestNode> m_nodes;
    std::set<std::pair<NodeId, NodeId>> m_cut;
    std::deque<Message> m_inFlight;
    std::vector<Message> m_sent;
    std::map<Index, Entry> m_committedEver;
    std::map<Index, Term> m_committedBy; // a term at or after the one that committed it
    QString m_violation;
};

QByteArray payload(int n);

// One node driven by hand: the test plays every other node by stepping messages in and
// reading the messages out. Log entries 2.. can be preloaded (entry 1 is the genesis
// configuration of `voters`).
class SoloNode
{
public:
    SoloNode(NodeId id, const std::vector<NodeId> &voters, const std::vector<Term> &extraTerms = {},
             TestCluster::Tweak tweak = {}, Term term = 0);

    Raft &raft() { return *m_raft; }
    MemoryStorage &storage() { return m_storage; }
    // Processes every pending Ready (persisting it) and returns its messages.
    std::vector<Message> drain();
    void step(Message m);
    // Steps `m` and drains.
    std::vector<Message> exchange(Message m);
    void restart();

    std::vector<Entry> committed;
    std::vector<ReadState> reads;
    Config config;

private:
    MemoryStorage m_storage;
    std::unique_ptr<Raft> m_raft;
};

Message msg(MessageType type, NodeId from, NodeId to, Term term);
std::vector<Message> ofType(const std::vector<Message> &ms, MessageType type);

} // namespace ledger::raft::testing
