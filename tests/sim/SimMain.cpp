// Standalone simulator: runs seeds and reports violations with a replay command.
// Usage: raft-sim [--seeds N] [--first S] [--nodes 3|5|7|0=all] [--fault-ms MS]
//                 [--knob NAME]... [--trace]
#include "tests/sim/Simulation.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    sim::SimOptions base;
    std::uint64_t seeds = 100;
    std::uint64_t first = 1;
    int nodes = 0;
    bool trace = false;
    QTextStream out(stdout);
    for (int i = 1; i < args.size(); ++i) {
        const QString a = args[i];
        const QString v = i + 1 < args.size() ? args[i + 1] : QString();
        if (a == QLatin1String("--seeds"))
            seeds = v.toULongLong(), ++i;
        else if (a == QLatin1String("--first"))
            first = v.toULongLong(), ++i;
        else if (a == QLatin1String("--nodes"))
            nodes = v.toInt(), ++i;
        else if (a == QLatin1String("--fault-ms"))
            base.faultMs = v.toLongLong(), ++i;
        else if (a == QLatin1String("--trace"))
            trace = true;
        else if (a == QLatin1String("--knob")) {
            if (!sim::setKnob(base.knobs, v)) {
                out << "unknown knob " << v << Qt::endl;
                return 2;
            }
            ++i;
        } else {
            out << "usage: raft-sim [--seeds N] [--first S] [--nodes 3|5|7] [--fault-ms MS] "
                   "[--knob NAME] [--trace]"
                << Qt::endl;
            return 2;
        }
    }
    std::uint64_t violations = 0;
    for (std::uint64_t s = first; s < first + seeds; ++s) {
        sim::SimOptions o = base;
        o.seed = s;
        o.nodes = nodes > 0 ? nodes : (s % 3 == 0 ? 3 : (s % 3 == 1 ? 5 : 7));
        o.trace = trace;
        const sim::SimResult r = sim::runSimulation(o);
        if (trace) {
            for (const QString &line : r.trace)
                out << line << '\n';
            out << "faults: " << r.faults << '\n';
        }
        if (!r.ok()) {
            ++violations;
            out << "seed " << s << " (" << o.nodes << " nodes) VIOLATION: " << r.violation << '\n'
                << "  faults: " << r.faults << '\n'
                << "  replay: " << sim::replayCommand(o) << Qt::endl;
        } else if (trace || seeds == 1) {
            out << "seed " << s << " ok: hash " << QString::number(r.traceHash, 16) << ", "
                << r.stats.events << " events, " << r.stats.elections << " leaders, "
                << r.stats.acknowledged << "/" << r.stats.proposed << " acknowledged, "
                << r.stats.reads << " reads, " << r.stats.crashes << " crashes, "
                << r.stats.confChanges << " conf changes" << Qt::endl;
        }
    }
    out << "seeds run: " << seeds << " (" << first << ".." << (first + seeds - 1)
        << "), violations: " << violations << Qt::endl;
    return violations == 0 ? 0 : 1;
}
