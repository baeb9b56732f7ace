#include "app/desktop/PageFactory.h"

#include "ui/overview/OverviewPage.h"
#ifdef GONGZHI_HAVE_UI_RECORDS
#include "ui/records/RecordsPage.h"
#endif
#ifdef GONGZHI_HAVE_UI_CREDIT
#include "ui/credit/CreditPage.h"
#endif
#ifdef GONGZHI_HAVE_UI_FEEDBACK
#include "ui/feedback/FeedbackPage.h"
#endif
#ifdef GONGZHI_HAVE_UI_APPROVALS
#include "ui/approvals/ApprovalsPage.h"
#endif
#ifdef GONGZHI_HAVE_UI_NETWORK
#include "ui/network/NetworkPage.h"
#endif
#ifdef GONGZHI_HAVE_UI_AUDIT
#include "ui/audit/AuditPage.h"
#endif
#ifdef GONGZHI_HAVE_UI_RESIDENTS
#include "ui/residents/ResidentsPage.h"
#endif
#ifdef GONGZHI_HAVE_UI_PEOPLE
#include "ui/people/PeoplePage.h"
#endif
#ifdef GONGZHI_HAVE_UI_KIOSK
#include "ui/kiosk/KioskWindow.h"
#endif

namespace app::desktop {

ui::PageCatalog::Factory pageFactory()
{
    return [](ui::PageId id, ui::AppContext &context, QWidget *parent) -> ui::Page * {
        switch (id) {
        case ui::PageId::Overview: return new ui::OverviewPage(context, parent);
#ifdef GONGZHI_HAVE_UI_RECORDS
        case ui::PageId::Records: return new ui::RecordsPage(context, parent);
#endif
#ifdef GONGZHI_HAVE_UI_CREDIT
        case ui::PageId::Credit: return new ui::CreditPage(context, parent);
#endif
#ifdef GONGZHI_HAVE_UI_FEEDBACK
        case ui::PageId::Feedback: return new ui::FeedbackPage(context, parent);
#endif
#ifdef GONGZHI_HAVE_UI_APPROVALS
        case ui::PageId::Approvals: return new ui::ApprovalsPage(context, parent);
#endif
#ifdef GONGZHI_HAVE_UI_NETWORK
        case ui::PageId::Network: return new ui::NetworkPage(context, parent);
#endif
#ifdef GONGZHI_HAVE_UI_AUDIT
        case ui::PageId::Audit: return new ui::AuditPage(context, parent);
#endif
#ifdef GONGZHI_HAVE_UI_RESIDENTS
        case ui::PageId::Residents: return new ui::ResidentsPage(context, parent);
#endif
#ifdef GONGZHI_HAVE_UI_PEOPLE
        case ui::PageId::People: return new ui::PeoplePage(context, parent);
#endif
        default: return nullptr;
        }
    };
}

ui::DesktopSession::KioskFactory kioskFactory(ui::DesktopSession &session)
{
#ifdef GONGZHI_HAVE_UI_KIOSK
    return [&session](ledger::service::LedgerService &ledger) -> QWidget * {
        auto *kiosk = new ui::kiosk::KioskWindow(ledger);
        kiosk->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(kiosk, &ui::kiosk::KioskWindow::leaveRequested, &session,
                         &ui::DesktopSession::leaveKiosk);
        kiosk->showKiosk();
        return kiosk;
    };
#else
    Q_UNUSED(session);
    return {};
#endif
}

std::optional<int> runKioskTour(ledger::service::LedgerService &ledger, const QString &outDir)
{
#ifdef GONGZHI_HAVE_UI_KIOSK
    return ui::kiosk::KioskWindow::runScreenshotTour(ledger, outDir);
#else
    Q_UNUSED(ledger);
    Q_UNUSED(outDir);
    return std::nullopt;
#endif
}

} // namespace app::desktop
