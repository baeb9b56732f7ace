// gongzhi-cli load: a load generator. Signs N transactions first (the client
// PC's cost, outside the measurement), then submits them through the running
// node's control socket keeping C in flight, and reports throughput and commit
// latency in one machine-readable last line.
#include "app/cli/Command.h"
#include "app/cli/ControlClient.h"
#include "app/cli/DataDir.h"
#include "app/cli/Output.h"
#include "ledger/chain/Transaction.h"
#include "ledger/chain/TxType.h"
#include "ledger/core/Clock.h"
#include "ledger/node/NodeConfig.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cmath>

using namespace ledger;

namespace app::cli {

namespace {

struct Prepared {
    std::vector<QByteArray> lines; // the submit requests
    std::vector<QByteArray> ids; // the transaction ids, hex
};

struct LoadResult {
    qint64 committed = 0;
    qint64 errors = 0;
    double seconds = 0;
    std::vector<double> latenciesMs;
};

double percentile(std::vector<double> sorted, double p)
{
    if (sorted.empty())
        return 0;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = std::size_t(std::ceil(p * double(sorted.size())));
    return sorted[std::min(sorted.size() - 1, rank == 0 ? 0 : rank - 1)];
}

} // namespace

class LoadCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(LoadCommand)
public:
    static constexpr int PayloadBytes = 256;
    static constexpr int StallTimeoutMs = 60000; // no answer at all for this long: give up

    QString summary() const override
    {
        return tr("Submit signed test transactions through the running node and measure.");
    }

    void addOptions(QCommandLineParser &p) override
    {
        addDataDirOption(p);
        p.addOption({ QStringLiteral("count"), tr("How many transactions to submit."),
                      QStringLiteral("N"), QStringLiteral("1000") });
        p.addOption({ QStringLiteral("concurrency"), tr("How many to keep in flight."),
                      QStringLiteral("C"), QStringLiteral("16") });
        p.addOption({ QStringLiteral("ack-file"),
                      tr("Write the id of every committed transaction to this file."),
                      QStringLiteral("F") });
    }

    int run(const QCommandLineParser &p, Output &out) override
    {
        auto dir = dataDirFrom(p);
        if (!dir) {
            out.error(dir.error());
            return ExitUsage;
        }
        bool okCount = false;
        bool okConcurrency = false;
        const qint64 count = p.value(QStringLiteral("count")).toLongLong(&okCount);
        const int concurrency = p.value(QStringLiteral("concurrency")).toInt(&okConcurrency);
        if (!okCount || count < 1 || !okConcurrency || concurrency < 1) {
            out.error(tr("--count and --concurrency must be positive numbers"));
            return ExitUsage;
        }
        auto config = ledger::node::NodeConfig::load(dir->configPath());
        if (!config) {
            out.error(config.error());
            return ExitUsage;
        }
        QFile ackFile(p.value(QStringLiteral("ack-file")));
        if (p.isSet(QStringLiteral("ack-file"))
            && !ackFile.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            out.error(tr("cannot write %1: %2").arg(ackFile.fileName(), ackFile.errorString()));
            return ExitUsage;
        }

        out.progress(tr("signing %1 transactions…").arg(count));
        const Prepared prepared = signRequests(config->consortium, count);
        out.endProgress();

        ControlClient client(dir->path());
        if (!client.connectToNode()) {
            out.error(tr("no node is running for %1 (%2)").arg(dir->path(), client.errorString()));
            return ExitCheckFailed;
        }
        const LoadResult r = submitAll(client, prepared, concurrency, ackFile, out);
        if (ackFile.isOpen())
            ackFile.close();
        out.line(QStringLiteral("committed=%1 tx_per_s=%2 p50_ms=%3 p99_ms=%4 errors=%5")
                     .arg(r.committed)
                     .arg(r.seconds > 0 ? double(r.committed) / r.seconds : 0.0, 0, 'f', 1)
                     .arg(percentile(r.latenciesMs, 0.50), 0, 'f', 2)
                     .arg(percentile(r.latenciesMs, 0.99), 0, 'f', 2)
                     .arg(r.errors));
        return r.errors == 0 && r.committed == count ? ExitOk : ExitCheckFailed;
    }

private:
    // FeedbackSubmitted with random bytes: the state machine records it as a
    // domain rejection (undecodable payload), which still commits it to the
    // chain and exercises every signature and block check.
    static Prepared signRequests(const chain::ConsortiumId &consortium, qint64 count)
    {
        const auto author = crypto::KeyPair::generate();
        const core::SystemClock clock;
        Prepared prepared;
        prepared.lines.reserve(std::size_t(count));
        prepared.ids.reserve(std::size_t(count));
        QByteArray payload(PayloadBytes, Qt::Uninitialized);
        for (qint64 i = 0; i < count; ++i) {
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(payload.data()),
                                                  PayloadBytes / 4);
            chain::TxBody body;
            body.type = chain::TxType::FeedbackSubmitted;
            body.consortium = consortium;
            body.sequence = std::uint64_t(i + 1);
            body.timestampMs = clock.nowMs();
            body.payload = payload;
            const auto tx = chain::Transaction::sign(body, author);
            prepared.ids.push_back(tx.id().toHex().toLatin1());
            prepared.lines.push_back(ControlClient::line(QJsonObject {
                { QStringLiteral("cmd"), QStringLiteral("submit") },
                { QStringLiteral("id"), i },
                { QStringLiteral("tx"), QString::fromLatin1(tx.encoded().toHex()) } }));
        }
        return prepared;
    }

    static LoadResult submitAll(ControlClient &client, const Prepared &prepared, int concurrency,
                                QFile &ackFile, Output &out)
    {
        LoadResult r;
        const auto total = qint64(prepared.lines.size());
        std::vector<qint64> sentAtNs(prepared.lines.size(), -1);
        qint64 next = 0;
        qint64 answered = 0;
        QElapsedTimer clock;
        QEventLoop loop;
        QTimer stall;
        stall.setSingleShot(true);
        stall.setInterval(StallTimeoutMs);
        QLocalSocket &socket = client.socket();

        auto fill = [&] {
            while (next < total && next - answered < concurrency) {
                sentAtNs[std::size_t(next)] = clock.nsecsElapsed();
                socket.write(prepared.lines[std::size_t(next)]);
                ++next;
            }
        };
        auto onAnswers = [&] {
            while (auto answer = client.takeAnswer()) {
                const qint64 i = answer->value(QStringLiteral("id")).toInteger(-1);
                if (i < 0 || i >= total || sentAtNs[std::size_t(i)] < 0) {
                    out.error(tr("the node answered a request that was not made"));
                    ++r.errors;
                    continue;
                }
                ++answered;
                const double ms = double(clock.nsecsElapsed() - sentAtNs[std::size_t(i)]) / 1e6;
                sentAtNs[std::size_t(i)] = -1;
                if (answer->value(QStringLiteral("result")).toString()
                    == QLatin1String("committed")) {
                    ++r.committed;
                    r.latenciesMs.push_back(ms);
                    if (ackFile.isOpen())
                        ackFile.write(prepared.ids[std::size_t(i)] + '\n');
                } else {
                    ++r.errors;
                    if (r.errors <= 5)
                        out.error(
                            tr("transaction %1 was not committed: %2")
                                .arg(i)
                                .arg(answer->value(QStringLiteral("reason"))
                                         .toString(
                                             answer->value(QStringLiteral("error")).toString())));
                }
            }
            if (answered == total) {
                loop.quit();
                return;
            }
            stall.start();
            fill();
            out.progress(tr("%1 of %2 committed").arg(r.committed).arg(total));
        };
        QObject::connect(&socket, &QLocalSocket::readyRead, &loop, onAnswers);
        QObject::connect(&socket, &QLocalSocket::disconnected, &loop, [&] {
            out.error(tr("the node closed the connection"));
            loop.quit();
        });
        QObject::connect(&stall, &QTimer::timeout, &loop, [&] {
            out.error(tr("no answer from the node for %1 s; giving up").arg(StallTimeoutMs / 1000));
            loop.quit();
        });
        clock.start();
        fill();
        stall.start();
        loop.exec();
        r.seconds = double(clock.nsecsElapsed()) / 1e9;
        r.errors += total - answered; // never answered
        out.endProgress();
        return r;
    }
};

GONGZHI_REGISTER_COMMAND("load", LoadCommand);

} // namespace app::cli
