#pragma once

#include "ui/shell/DesktopSession.h"
#include "ui/shell/PageCatalog.h"

namespace app::desktop {

// Every page area linked into this executable (GONGZHI_HAVE_UI_<AREA>).
ui::PageCatalog::Factory pageFactory();
// The self-service kiosk, if linked (else an empty function: --kiosk opens the office window).
ui::DesktopSession::KioskFactory kioskFactory(ui::DesktopSession &session);
// `gongzhi --kiosk --screenshots OUTDIR`: the kiosk's own tour; nullopt without a kiosk.
std::optional<int> runKioskTour(ledger::service::LedgerService &ledger, const QString &outDir);

} // namespace app::desktop
