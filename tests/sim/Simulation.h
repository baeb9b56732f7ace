#pragma once

#include "ledger/raft/MemoryStorage.h"
#include "ledger/raft/Raft.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <queue>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <vector>

namespace sim {

using ledger::raft::Entry;
using ledger::raft::Index;
using ledger::raft::Message;
using ledger::raft::NodeId;
using ledger::raft::RaftTestKnobs;
using ledger::raft::Term;

// One deterministic run: N Raft nodes in one thread, virtual time in milliseconds,
// everything (faults, latencies, client operations, election jitter seeds) drawn from
// one PRNG seeded with `seed`. A fault phase with swarm-drawn faults is followed by a
// healed phase that must converge. See docs/raft.md "Simulator".
struct SimOptions {
    int nodes = 3;
    std::uint64_t seed = 1;
    RaftTestKnobs knobs; // deliberately broken core (bug-finding tests only)
    std::int64_t faultMs = 60000; // length of the fault phase (600 ticks at 100 ms)
    bool trace = false; // keep a human-readable trace of every event
};

struct SimStats {
    std::uint64_t events = 0;
    std::uint64_t elections = 0; // distinct (term, leader) pairs seen
    std::uint64_t proposed = 0;
    std::uint64_t acknowledged = 0;
    std::uint64_t reads = 0;
    std::uint64_t crashes = 0;
    std::uint64_t confChanges = 0;
    std::uint64_t transfers = 0;
    std::int64_t healedLeaderMs = -1; // after the heal, time until a leader existed
};

struct SimResult {
    QString violation; // empty: every invariant held
    std::uint64_t traceHash = 0;
    QStringList trace; // only with SimOptions::trace
    SimStats stats;
    QString faults; // the swarm draw, one line
    bool ok() const { return violation.isEmpty(); }
};

SimResult runSimulation(const SimOptions &options);

// The one-line command that replays a run.
QString replayCommand(const SimOptions &options);
// Names of the RaftTestKnobs switches the simulator can set (for --knob).
bool setKnob(RaftTestKnobs &knobs, const QString &name);

} // namespace sim
