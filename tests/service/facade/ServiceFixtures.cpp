#include "tests/service/facade/ServiceFixtures.h"

namespace tests {

bool runCli(const QStringList &args, int timeoutMs, QString *log)
{
    return runProgram(QStringLiteral(GONGZHI_CLI), args, timeoutMs, log);
}

} // namespace tests
