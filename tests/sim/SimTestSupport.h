#pragma once

#include "tests/sim/Simulation.h"

#include <QTextStream>

namespace sim {

// Runs seeds [first, first + count) and returns a report of every violation: the
// one-line replay command and the tail of the replayed trace.
inline QString runSeeds(int nodes, std::uint64_t first, std::uint64_t count,
                        const RaftTestKnobs &knobs = {}, bool stopAtFirst = false,
                        std::uint64_t *firstFailing = nullptr)
{
    QString report;
    for (std::uint64_t s = first; s < first + count; ++s) {
        SimOptions o;
        o.nodes = nodes;
        o.seed = s;
        o.knobs = knobs;
        const SimResult r = runSimulation(o);
        if (r.ok())
            continue;
        if (firstFailing)
            *firstFailing = s;
        report += QStringLiteral("seed %1 (%2 nodes): %3\n  faults: %4\n  replay: %5\n")
                      .arg(s)
                      .arg(nodes)
                      .arg(r.violation, r.faults, replayCommand(o));
        o.trace = true;
        const SimResult traced = runSimulation(o);
        const qsizetype from = std::max<qsizetype>(0, traced.trace.size() - 60);
        report += QStringLiteral("  last trace lines:\n");
        for (qsizetype i = from; i < traced.trace.size(); ++i)
            report += QStringLiteral("    ") + traced.trace[i] + QLatin1Char('\n');
        if (stopAtFirst)
            break;
    }
    return report;
}

} // namespace sim
