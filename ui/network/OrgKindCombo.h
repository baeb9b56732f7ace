#pragma once

#include "ledger/chain/Genesis.h"

#include <QComboBox>

namespace ui {

// Picks an organization kind, in the words of DomainText.
class OrgKindCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit OrgKindCombo(QWidget *parent = nullptr);
    ledger::chain::OrgKind kind() const;
    void setKind(ledger::chain::OrgKind kind);
};

} // namespace ui
