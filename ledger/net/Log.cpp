#include "ledger/net/Log.h"

namespace ledger::net {

Q_LOGGING_CATEGORY(lcNet, "gongzhi.net")

} // namespace ledger::net
