#include "ui/shell/PageCatalog.h"

#include "ledger/chain/Genesis.h"
#include "ui/common/Page.h"
#include "ui/overview/OverviewPage.h"

using ledger::chain::hasRole;
using ledger::chain::Role;

namespace ui::PageCatalog {

std::vector<PageId> visiblePages(std::uint8_t roles)
{
    const bool staff = hasRole(roles, Role::Staff);
    const bool secretary = hasRole(roles, Role::Secretary);
    const bool auditor = hasRole(roles, Role::Auditor);
    const bool admin = hasRole(roles, Role::Admin);
    std::vector<PageId> pages { PageId::Overview };
    if (staff || secretary || auditor)
        pages.insert(pages.end(), { PageId::Records, PageId::Credit, PageId::Feedback });
    // The resident registry holds personal data: this organization's staff,
    // secretary and administrator, not auditors (docs/privacy.md).
    if (staff || secretary || admin)
        pages.push_back(PageId::Residents);
    if (secretary)
        pages.push_back(PageId::Approvals);
    pages.push_back(PageId::Network);
    if (secretary || auditor || admin)
        pages.push_back(PageId::Audit);
    // Staff accounts: who enrols, removes and grants roles (docs/permissions.md).
    if (secretary || admin)
        pages.push_back(PageId::People);
    return pages;
}

namespace {
Factory &installed()
{
    static Factory factory = [](PageId id, AppContext &context, QWidget *parent) -> Page * {
        return id == PageId::Overview ? new OverviewPage(context, parent) : nullptr;
    };
    return factory;
}
} // namespace

void setFactory(Factory factory)
{
    installed() = std::move(factory);
}

Page *create(PageId id, AppContext &context, QWidget *parent)
{
    return installed()(id, context, parent);
}

QString slug(PageId id)
{
    switch (id) {
    case PageId::Overview: return QStringLiteral("overview");
    case PageId::Records: return QStringLiteral("records");
    case PageId::Credit: return QStringLiteral("credit");
    case PageId::Feedback: return QStringLiteral("feedback");
    case PageId::Approvals: return QStringLiteral("approvals");
    case PageId::Network: return QStringLiteral("network");
    case PageId::Audit: return QStringLiteral("audit");
    case PageId::Residents: return QStringLiteral("residents");
    case PageId::People: return QStringLiteral("people");
    }
    return QStringLiteral("page");
}

} // namespace ui::PageCatalog
