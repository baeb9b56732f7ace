#pragma once

#include "ledger/chain/TxType.h"

#include <QCoreApplication>
#include <QString>

namespace ui {

// The name of a transaction type for people ("Record submitted" / "提交记录").
// Unknown values (a newer peer's type) read "Type 123".
class TxTypeText
{
    Q_DECLARE_TR_FUNCTIONS(ui::TxTypeText)
public:
    static QString name(std::uint16_t type);
};

} // namespace ui
