// The simulator's machinery: virtual time, event queue, network, disks, crashes.
#include "tests/sim/SimCore.h"

#include "ledger/core/Enforce.h"

namespace sim {

namespace {
constexpr int kElectionTick = 10;
constexpr int kTickMs = 100;
} // namespace

QString Faults::describe() const
{
    return QStringLiteral("loss=%1 dup=%2 latency=%3+%4ms partitions/s=%5 crashes/s=%6 disk<=%7ms "
                          "drift=%8 earlySend=%9 conf/s=%10 transfers/s=%11 batch=%12 window=%13 "
                          "leaderCrash=%14 crashOnCommit=%15")
        .arg(loss, 0, 'f', 2)
        .arg(duplicate, 0, 'f', 2)
        .arg(latencyMs)
        .arg(jitterMs)
        .arg(partitionRate)
        .arg(crashRate)
        .arg(maxDiskMs)
        .arg(int(clockDrift))
        .arg(int(leaderEarlySend))
        .arg(confRate)
        .arg(transferRate)
        .arg(maxMsgEntries)
        .arg(maxInflight)
        .arg(leaderCrash)
        .arg(crashOnCommit);
}

Sim::Sim(const SimOptions &options)
    : m_opt(options)
    , m_rng(options.seed * 0x2545F4914F6CDD1DULL + 0x1234567ULL)
{
    drawFaults();
    m_result.faults = m_faults.describe();
    std::vector<NodeId> voters;
    for (int i = 0; i < m_opt.nodes; ++i)
        voters.push_back(m_nextId++);
    for (NodeId id : voters)
        addNode(id, std::make_unique<MemoryStorage>(MemoryStorage::genesis(voters)));
    schedule(Event { static_cast<std::int64_t>(m_rng.below(100)), 0, EventType::Client, 0, 0, {} });
    schedule(Event { 200, 0, EventType::Nemesis, 0, 0, {} });
    schedule(Event { m_opt.faultMs, 0, EventType::Heal, 0, 0, {} });
}

void Sim::drawFaults()
{
    // Swarm testing: each seed gets a different mix, from a quiet network to a hostile one.
    auto pick = [this](std::initializer_list<double> options) {
        return *(options.begin() + m_rng.below(options.size()));
    };
    Faults &f = m_faults;
    f.loss = m_rng.chance(0.3) ? 0.0 : static_cast<double>(m_rng.below(301)) / 1000.0;
    f.duplicate = m_rng.chance(0.4) ? 0.0 : static_cast<double>(m_rng.below(501)) / 1000.0;
    f.latencyMs = 1 + static_cast<int>(m_rng.below(20));
    f.jitterMs = m_rng.chance(0.5) ? static_cast<int>(m_rng.below(60)) : 0;
    f.partitionRate = pick({ 0.0, 0.2, 0.5, 1.0, 2.0 });
    f.crashRate = pick({ 0.0, 0.1, 0.3, 1.0, 2.0 });
    f.maxDiskMs = static_cast<int>(pick({ 0.0, 5.0, 50.0 }));
    f.clockDrift = m_rng.chance(0.5);
    f.leaderEarlySend = m_rng.chance(0.5);
    f.confRate = pick({ 0.0, 0.1, 0.3 });
    f.transferRate = pick({ 0.0, 0.05, 0.2 });
    f.leaderCrash = pick({ 0.0, 0.0, 0.3, 0.7 });
    f.crashOnCommit = pick({ 0.0, 0.0, 0.02, 0.1 });
    f.maxMsgEntries = static_cast<int>(pick({ 1.0, 2.0, 4.0, 32.0 }));
    f.maxInflight = static_cast<int>(pick({ 1.0, 2.0, 4.0, 16.0 }));
    if (m_rng.chance(0.25)) {
        // Leader churn: tiny batches and windows split a new leader's old-term entries
        // from its own, and leaders die at the worst moments (Raft Figure 8 territory).
        f.maxMsgEntries = 1;
        f.maxInflight = 1 + static_cast<int>(m_rng.below(2));
        f.crashOnCommit = 0.2;
        f.leaderCrash = 0.7;
        f.crashRate = std::max(f.crashRate, 0.3);
    }
}

SimNode &Sim::addNode(NodeId id, std::unique_ptr<MemoryStorage> storage)
{
    SimNode n;
    n.id = id;
    n.config.id = id;
    n.config.electionTick = kElectionTick;
    n.config.heartbeatTick = 1;
    n.config.seed = m_rng.next();
    n.config.maxMsgEntries = static_cast<std::size_t>(m_faults.maxMsgEntries);
    n.config.maxInflight = static_cast<std::size_t>(m_faults.maxInflight);
    n.config.knobs = m_opt.knobs;
    n.storage = std::move(storage);
    n.tickMs = m_faults.clockDrift ? 60 + static_cast<int>(m_rng.below(100)) : kTickMs;
    n.diskMs = m_faults.maxDiskMs == 0
        ? 0
        : static_cast<int>(m_rng.below(static_cast<std::uint64_t>(m_faults.maxDiskMs) + 1));
    auto [it, fresh] = m_nodes.emplace(id, std::move(n));
    GONGZHI_ENFORCE(fresh, "node id reused");
    startNode(it->second);
    return it->second;
}

void Sim::schedule(Event e)
{
    e.seq = m_seq++;
    m_events.push(std::move(e));
}

void Sim::trace(const QString &line)
{
    if (m_opt.trace)
        m_result.trace << QStringLiteral("%1ms %2").arg(m_now, 7).arg(line);
}

void Sim::hashEvent(const Event &e)
{
    auto mix = [this](std::uint64_t v) {
        for (int i = 0; i < 8; ++i) {
            m_hash ^= (v >> (8 * i)) & 0xff;
            m_hash *= 1099511628211ULL;
        }
    };
    mix(static_cast<std::uint64_t>(e.at));
    mix(static_cast<std::uint64_t>(e.type));
    mix(e.node);
    if (e.type == EventType::Deliver) {
        const Message &m = e.message;
        mix(static_cast<std::uint64_t>(m.type));
        mix(m.from), mix(m.to), mix(m.term), mix(m.index), mix(m.logTerm), mix(m.commit);
        mix(m.reject ? 1 : 0), mix(m.entries.size());
    }
}

void Sim::startNode(SimNode &n)
{
    n.config.applied = n.applied.empty() ? 0 : n.applied.back().index;
    auto raft = Raft::create(n.config, *n.storage);
    if (!raft) {
        fail(QStringLiteral("node %1 cannot restart: %2").arg(n.id).arg(raft.error().toString()));
        return;
    }
    n.raft = std::move(*raft);
    checkRestart(n);
    n.commitSeen = n.raft->committed();
    n.everUp = true;
    m_roles[n.id] = Role::Follower;
    trace(QStringLiteral("start %1 term %2 last %3 commit %4")
              .arg(n.id)
              .arg(n.raft->term())
              .arg(n.raft->lastIndex())
              .arg(n.raft->committed()));
    schedule(Event {
        m_now + static_cast<std::int64_t>(m_rng.below(static_cast<std::uint64_t>(n.tickMs))) + 1,
        0,
        EventType::Tick,
        n.id,
        n.epoch,
        {} });
}

void Sim::pump(SimNode &n)
{
    if (!m_healed && n.raft && n.raft->role() == Role::Leader && n.raft->committed() > n.commitSeen
        && m_rng.chance(m_faults.crashOnCommit)) {
        // The worst moment: the leader knows more is committed, nobody else does yet.
        crash(n);
        schedule(Event { m_now + 50 + static_cast<std::int64_t>(m_rng.below(3000)),
                         0,
                         EventType::Restart,
                         n.id,
                         0,
                         {} });
        return;
    }
    while (n.raft && !n.pending && n.raft->hasReady()) {
        Ready rd = n.raft->ready();
        const bool termKept = !rd.hardState || rd.hardState->term == n.persisted.term;
        if (m_faults.leaderEarlySend && n.raft->role() == Role::Leader && termKept) {
            // Ready.h exception: a leader's Appends may overlap its own disk write.
            std::vector<Message> early;
            std::vector<Message> rest;
            for (Message &m : rd.messages)
                (m.type == MessageType::Append ? early : rest).push_back(std::move(m));
            rd.messages = std::move(rest);
            sendAll(n, early);
        }
        n.pending = std::move(rd);
        if (n.diskMs == 0 || m_healed) {
            finishReady(n);
            continue;
        }
        schedule(Event {
            m_now + 1
                + static_cast<std::int64_t>(m_rng.below(static_cast<std::uint64_t>(n.diskMs))),
            0,
            EventType::Persisted,
            n.id,
            n.epoch,
            {} });
    }
}

void Sim::persist(SimNode &n, Ready &rd, bool withHardState, bool withEntries)
{
    if (withEntries && !rd.entries.empty()) {
        auto st = n.storage->append(rd.entries);
        if (!st)
            fail(QStringLiteral("node %1: storage refused entries: %2")
                     .arg(n.id)
                     .arg(st.error().toString()));
    }
    if (withHardState && rd.hardState) {
        GONGZHI_ENFORCE(n.storage->setHardState(*rd.hardState).has_value(), "memory storage");
        n.persisted = *rd.hardState;
    }
}

void Sim::finishReady(SimNode &n)
{
    Ready rd = std::move(*n.pending);
    n.pending.reset();
    checkPersist(n, rd);
    persist(n, rd, true, true);
    for (const Entry &e : rd.committedEntries) {
        const Index expected = n.applied.empty() ? 1 : n.applied.back().index + 1;
        if (e.index != expected) {
            fail(QStringLiteral("node %1 applied index %2, expected %3")
                     .arg(n.id)
                     .arg(e.index)
                     .arg(expected));
            return;
        }
        n.applied.push_back(e);
        onApplied(n, e);
    }
    sendAll(n, rd.messages);
    for (const ReadState &rs : rd.readStates)
        onReadState(n, rs);
    n.raft->advance();
}

void Sim::sendAll(SimNode &, std::vector<Message> &messages)
{
    for (const Message &m : messages) {
        if (m.type == MessageType::VoteResp && !m.reject)
            onVoteSent(m);
        send(m);
    }
}

void Sim::send(const Message &m)
{
    int copies = 1;
    if (!m_healed) {
        if (m_rng.chance(m_faults.loss))
            return;
        if (m_rng.chance(m_faults.duplicate))
            copies = 2;
    }
    for (int i = 0; i < copies; ++i) {
        std::int64_t delay = m_faults.latencyMs;
        if (!m_healed && m_faults.jitterMs > 0)
            delay += static_cast<std::int64_t>(
                m_rng.below(static_cast<std::uint64_t>(m_faults.jitterMs) + 1));
        schedule(Event { m_now + delay, 0, EventType::Deliver, m.to, 0, m });
    }
}

bool Sim::linkUp(NodeId from, NodeId to) const
{
    return !m_cut.count({ from, to });
}

void Sim::crash(SimNode &n)
{
    if (!n.raft)
        return;
    if (n.raft->committed() > n.commitSeen) {
        // What the node decided was committed stays committed, even if it dies now.
        onCommitAdvanced(n);
        n.commitSeen = n.raft->committed();
    }
    if (n.pending) {
        // The write in progress is torn: nothing, the entries, or the entries and the
        // HardState reached the disk (Storage.h write order); none of its messages left.
        const auto torn = m_rng.below(3);
        persist(n, *n.pending, torn == 2, torn >= 1);
        n.pending.reset();
    }
    n.raft.reset();
    ++n.epoch;
    ++m_result.stats.crashes;
    trace(QStringLiteral("crash %1").arg(n.id));
}

void Sim::heal()
{
    m_healed = true;
    m_healedAt = m_now;
    m_cut.clear();
    trace(QStringLiteral("heal: network whole, disks fast, every node up"));
    for (auto &[id, n] : m_nodes) {
        if (!n.raft)
            startNode(n);
        else
            pump(n);
    }
}

void Sim::handle(const Event &e)
{
    switch (e.type) {
    case EventType::Tick: {
        SimNode &n = m_nodes.at(e.node);
        if (e.epoch != n.epoch || !n.raft)
            return;
        n.raft->tick();
        pump(n);
        const int period = m_healed ? kTickMs : n.tickMs;
        schedule(Event { m_now + period, 0, EventType::Tick, n.id, n.epoch, {} });
        return;
    }
    case EventType::Deliver: {
        const Message &m = e.message;
        auto it = m_nodes.find(m.to);
        if (it == m_nodes.end() || !it->second.raft || !linkUp(m.from, m.to))
            return;
        if (m_opt.trace) {
            trace(QStringLiteral("%1 %2->%3 term %4 index %5 logTerm %6 commit %7 n=%8%9")
                      .arg(QLatin1String(messageTypeName(m.type)))
                      .arg(m.from)
                      .arg(m.to)
                      .arg(m.term)
                      .arg(m.index)
                      .arg(m.logTerm)
                      .arg(m.commit)
                      .arg(m.entries.size())
                      .arg(m.reject ? QStringLiteral(" reject hint %1").arg(m.rejectHint)
                                    : QString()));
        }
        it->second.raft->step(m);
        pump(it->second);
        return;
    }
    case EventType::Persisted: {
        SimNode &n = m_nodes.at(e.node);
        if (e.epoch != n.epoch || !n.raft || !n.pending)
            return;
        finishReady(n);
        pump(n);
        return;
    }
    case EventType::Crash: {
        SimNode &n = m_nodes.at(e.node);
        if (m_healed || e.epoch != n.epoch || !n.raft)
            return;
        crash(n);
        schedule(Event { m_now + 50 + static_cast<std::int64_t>(m_rng.below(3000)),
                         0,
                         EventType::Restart,
                         n.id,
                         0,
                         {} });
        return;
    }
    case EventType::Restart: {
        SimNode &n = m_nodes.at(e.node);
        if (!n.raft && !m_healed)
            startNode(n);
        return;
    }
    case EventType::Client:
        clientAct();
        schedule(Event { m_now + 10 + static_cast<std::int64_t>(m_rng.below(90)),
                         0,
                         EventType::Client,
                         0,
                         0,
                         {} });
        return;
    case EventType::Nemesis:
        if (m_healed)
            return;
        nemesisAct();
        schedule(Event { m_now + 200, 0, EventType::Nemesis, 0, 0, {} });
        return;
    case EventType::Heal: heal(); return;
    }
}

SimResult Sim::run()
{
    const std::int64_t leaderDeadline = 10 * kElectionTick * kTickMs; // 10 election timeouts
    const std::int64_t convergeDeadline = 60000;
    while (!m_events.empty() && m_result.violation.isEmpty() && !m_done) {
        Event e = m_events.top();
        m_events.pop();
        m_now = e.at;
        hashEvent(e);
        handle(e);
        ++m_result.stats.events;
        checkAfterEvent();
        if (m_healed && m_result.stats.healedLeaderMs < 0 && m_now - m_healedAt > leaderDeadline)
            fail(QStringLiteral("no leader within 10 election timeouts after the heal")
                 + describeNodes());
        if (m_healed && m_now - m_healedAt > convergeDeadline)
            fail(QStringLiteral("no convergence within %1 ms after the heal (barrier %2)%3")
                     .arg(convergeDeadline)
                     .arg(m_barrierAcked ? QStringLiteral("acknowledged")
                                         : QStringLiteral("pending"))
                     .arg(describeNodes()));
    }
    m_result.traceHash = m_hash;
    m_result.stats.elections = m_leaderOfTerm.size();
    return m_result;
}

QString Sim::describeNodes() const
{
    QString state;
    for (const auto &[id, n] : m_nodes) {
        if (!n.raft)
            continue;
        QString voters;
        for (NodeId v : n.raft->membership().voters())
            voters += QString::number(v);
        state += QStringLiteral(
                     "; %1: %2 term %3 last %4 (term %5) commit %6 applied %7 voters {%8}%9")
                     .arg(id)
                     .arg(QLatin1String(roleName(n.raft->role())))
                     .arg(n.raft->term())
                     .arg(n.raft->lastIndex())
                     .arg(n.raft->log().lastTerm())
                     .arg(n.raft->committed())
                     .arg(n.applied.empty() ? 0 : n.applied.back().index)
                     .arg(voters)
                     .arg(n.raft->enabled() ? QString() : QStringLiteral(" not-enabled"));
    }
    return state;
}

SimResult runSimulation(const SimOptions &options)
{
    Sim sim(options);
    return sim.run();
}

namespace {
const std::map<QString, bool RaftTestKnobs::*> &knobTable()
{
    static const std::map<QString, bool RaftTestKnobs::*> table = {
        { QStringLiteral("commitOldTermByCounting"), &RaftTestKnobs::commitOldTermByCounting },
        { QStringLiteral("forgetPersistVote"), &RaftTestKnobs::forgetPersistVote },
        { QStringLiteral("grantVoteToStaleLog"), &RaftTestKnobs::grantVoteToStaleLog },
        { QStringLiteral("leaderCountsUnpersisted"), &RaftTestKnobs::leaderCountsUnpersisted },
        { QStringLiteral("readWithoutQuorumCheck"), &RaftTestKnobs::readWithoutQuorumCheck },
        { QStringLiteral("followerCommitUncapped"), &RaftTestKnobs::followerCommitUncapped },
        { QStringLiteral("heartbeatCommitUncapped"), &RaftTestKnobs::heartbeatCommitUncapped },
        { QStringLiteral("truncateOnStaleAppend"), &RaftTestKnobs::truncateOnStaleAppend },
    };
    return table;
}
} // namespace

QString replayCommand(const SimOptions &options)
{
    QString knobs;
    for (const auto &[name, field] : knobTable()) {
        if (options.knobs.*field)
            knobs += QStringLiteral(" --knob ") + name;
    }
    return QStringLiteral(
               "scripts/soak raft --nodes %1 --first %2 --seeds 1 --fault-ms %3 --trace%4")
        .arg(options.nodes)
        .arg(options.seed)
        .arg(options.faultMs)
        .arg(knobs);
}

bool setKnob(RaftTestKnobs &k, const QString &name)
{
    auto it = knobTable().find(name);
    if (it == knobTable().end())
        return false;
    k.*(it->second) = true;
    return true;
}

} // namespace sim
