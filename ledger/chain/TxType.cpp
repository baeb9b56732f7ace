#include "ledger/chain/TxType.h"

namespace ledger::chain {

bool isKnownTxType(std::uint16_t value)
{
    switch (static_cast<TxType>(value)) {
    case TxType::Genesis:
        return true;
    }
    return false;
}

const char *txTypeName(TxType type)
{
    switch (type) {
    case TxType::Genesis: return "genesis";
    }
    return "unknown";
}

} // namespace ledger::chain
