#pragma once

// Internal to the simulator: the run's whole state. Split by concern over
// SimCore.cpp (events, network, disks, crashes), SimChecks.cpp (invariants) and
// SimClient.cpp (client model, nemesis, final checks).
#include "ledger/raft/Random.h"
#include "tests/sim/Simulation.h"

namespace sim {

using namespace ledger::raft;

struct Faults {
    double loss = 0; // per message
    double duplicate = 0; // per message
    int latencyMs = 1; // base one-way latency
    int jitterMs = 0; // uniform extra delay: reordering
    double partitionRate = 0; // nemesis actions per second that cut links
    double crashRate = 0; // crashes per second (whole cluster)
    int maxDiskMs = 0; // slowest disk write
    bool clockDrift = false; // nodes tick at different rates
    bool leaderEarlySend = false; // leaders send Appends before their own write (Ready.h)
    double confRate = 0; // membership changes per second
    double transferRate = 0; // leadership transfers per second
    double leaderCrash = 0; // chance that a new leader crashes within 300 ms (Figure 8 churn)
    double crashOnCommit = 0; // "buggify": a leader dies the moment its commit index advances
    int maxMsgEntries = 32; // flow control, drawn too: small batches split old and new entries
    int maxInflight = 4;
    QString describe() const;
};

struct SimNode {
    NodeId id = 0;
    Config config;
    std::unique_ptr<MemoryStorage> storage;
    std::unique_ptr<Raft> raft; // null while down
    std::uint64_t epoch = 0; // bumps at every crash; stale events are ignored
    std::optional<Ready> pending; // handed out, write in progress
    std::vector<Entry> applied; // state machine, durable together with its last index
    int tickMs = 100;
    int diskMs = 0;
    Index commitSeen = 0; // commit index in this epoch (monotonic)
    HardState persisted; // last durable HardState (never regresses)
    bool everUp = false;
};

enum class EventType { Tick, Deliver, Persisted, Crash, Restart, Client, Nemesis, Heal };

struct Event {
    std::int64_t at = 0;
    std::uint64_t seq = 0;
    EventType type = EventType::Tick;
    NodeId node = 0;
    std::uint64_t epoch = 0;
    Message message;
    bool operator>(const Event &o) const { return at != o.at ? at > o.at : seq > o.seq; }
};

struct Proposal {
    QByteArray id;
    NodeId node = 0;
    std::uint64_t epoch = 0;
    Index index = 0;
    Term term = 0;
    Index ackedBefore = 0; // highest acknowledged index when proposed
    bool acked = false;
};

struct PendingRead {
    NodeId node = 0;
    std::uint64_t epoch = 0;
    Index minIndex = 0;
};

class Sim
{
public:
    explicit Sim(const SimOptions &options);
    SimResult run();

private:
    // SimCore.cpp
    void schedule(Event e);
    void trace(const QString &line);
    void hashEvent(const Event &e);
    void startNode(SimNode &n);
    void pump(SimNode &n);
    void persist(SimNode &n, Ready &rd, bool withHardState, bool withEntries);
    void finishReady(SimNode &n);
    void sendAll(SimNode &n, std::vector<Message> &messages);
    void send(const Message &m);
    void crash(SimNode &n);
    void handle(const Event &e);
    void heal();
    SimNode &addNode(NodeId id, std::unique_ptr<MemoryStorage> storage);
    bool linkUp(NodeId from, NodeId to) const;
    void drawFaults();
    QString describeNodes() const;

    // SimChecks.cpp
    void fail(const QString &what);
    void checkAfterEvent();
    void checkPersist(SimNode &n, const Ready &rd);
    void checkRestart(SimNode &n);
    void onApplied(SimNode &n, const Entry &e);
    void onCommitAdvanced(SimNode &n);
    void onVoteSent(const Message &m);
    void checkLogMatching();
    void checkLeaderCompleteness(SimNode &n);

    // SimClient.cpp
    void clientAct();
    void nemesisAct();
    void propose();
    void read();
    void changeMembership();
    void transfer();
    void onReadState(SimNode &n, const ReadState &rs);
    SimNode *leader();
    void finalChecks();

    SimOptions m_opt;
    SplitMix64 m_rng;
    Faults m_faults;
    std::int64_t m_now = 0;
    std::uint64_t m_seq = 0;
    std::priority_queue<Event, std::vector<Event>, std::greater<Event>> m_events;
    std::map<NodeId, SimNode> m_nodes;
    NodeId m_nextId = 1;
    std::set<std::pair<NodeId, NodeId>> m_cut;
    bool m_healed = false;
    bool m_done = false;
    bool m_barrierAcked = false;
    std::int64_t m_healedAt = 0;
    std::uint64_t m_hash = 1469598103934665603ULL;
    SimResult m_result;

    // invariant state
    std::map<Term, NodeId> m_leaderOfTerm;
    std::map<std::pair<Index, Term>, QByteArray> m_entryAt; // log matching, first half
    std::map<Index, Entry> m_committed; // across all nodes and time
    std::map<Index, Term> m_committedSeenAt; // term of first observer
    std::map<Index, Entry> m_appliedAt; // state-machine safety
    std::map<std::pair<NodeId, Term>, NodeId> m_votes; // no double vote
    std::map<NodeId, Role> m_roles;

    // client model
    NodeId m_leaderGuess = 0;
    std::uint64_t m_nextProposal = 1;
    std::uint64_t m_nextRead = 1;
    std::map<QByteArray, Proposal> m_proposals;
    std::map<QByteArray, PendingRead> m_reads;
    Index m_highestAcked = 0;
    std::set<NodeId> m_removed;
};

} // namespace sim
