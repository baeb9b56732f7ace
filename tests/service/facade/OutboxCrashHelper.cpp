// For service.Outbox: opens a data directory's LedgerService, submits one
// record signed with KEYFILE, and as soon as the submission is reported
// queued prints its id and kills itself with SIGKILL (no destructor runs,
// like a power cut or a killed app).
//   test_service_OutboxCrashHelper DATA_DIR KEYFILE
#include "ledger/crypto/KeyFile.h"
#include "ledger/domain/PayloadCodec.h"
#include "ledger/domain/RecordPayloads.h"
#include "ledger/service/LedgerService.h"

#include <QCoreApplication>
#include <QTimer>

#include <csignal>
#include <cstdio>

using namespace ledger;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    const QString dir = QString::fromLocal8Bit(argv[1]);
    auto key = crypto::KeyFile::load(QString::fromLocal8Bit(argv[2]), QString());
    auto svc = service::LedgerService::open(dir);
    if (!key || !svc)
        return 3;
    domain::RecordSubmitted record;
    record.kind = domain::RecordKind::ResidentsAffairs;
    record.content.title = QStringLiteral("断电前提交的公示");
    record.content.body = QStringLiteral("提交后程序被强行结束。");
    const auto id = (*svc)->submit(chain::TxType::RecordSubmitted, domain::encodePayload(record),
                                   *key, &app, [&](const service::Submission &s) {
                                       if (s.stage != service::Submission::Stage::Queued)
                                           std::_Exit(4); // a quorum was not expected
                                       std::printf("%s\n", qPrintable(s.txId.toHex()));
                                       std::fflush(stdout);
                                       std::raise(SIGKILL);
                                   });
    Q_UNUSED(id);
    QTimer::singleShot(30000, &app, [] { std::_Exit(5); });
    return app.exec();
}
