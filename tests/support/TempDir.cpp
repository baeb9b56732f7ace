#include "tests/support/TempDir.h"

namespace tests {

TempDir::TempDir()
{
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("GONGZHI_KEEP_TEMP"));
}

} // namespace tests
