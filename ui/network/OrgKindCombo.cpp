#include "ui/network/OrgKindCombo.h"

#include "ui/common/DomainText.h"

using ledger::chain::OrgKind;

namespace ui {

OrgKindCombo::OrgKindCombo(QWidget *parent)
    : QComboBox(parent)
{
    for (std::uint8_t k = 1; ledger::chain::isKnownOrgKind(k); ++k)
        addItem(DomainText::orgKind(OrgKind(k)), int(k));
    setKind(OrgKind::SocialOrganization);
}

OrgKind OrgKindCombo::kind() const
{
    return OrgKind(currentData().toInt());
}

void OrgKindCombo::setKind(OrgKind kind)
{
    setCurrentIndex(std::max(0, findData(int(kind))));
}

} // namespace ui
