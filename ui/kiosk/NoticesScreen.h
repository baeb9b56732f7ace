#pragma once

#include "ledger/state/StateQueries.h"
#include "ledger/state/queries/KioskQueries.h"
#include "ui/kiosk/KioskScreen.h"

#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QVBoxLayout;

namespace ui::kiosk {

class PagedList;

// 公开栏: published records by kind, newest first; a record's detail shows
// its text, itemised finances with totals, and its timeline.
class NoticesScreen : public KioskScreen
{
    Q_OBJECT
public:
    NoticesScreen(KioskContext &context, QWidget *parent = nullptr);
    QString title() const override;
    QString readAloudText() const override;

    void setKind(std::optional<ledger::domain::RecordKind> kind);
    void openNotice(int index); // index into the current list
    bool isShowingDetail() const;
    int noticeCount() const;
    void reload();

private:
    struct Detail {
        ledger::state::RecordRow record;
        std::vector<ledger::state::kiosk::FinancialLineRow> lines;
        std::vector<ledger::state::TimelineEntry> timeline;
    };
    void showList(std::vector<ledger::state::RecordRow> rows);
    void showDetail(const Detail &detail);

    std::optional<ledger::domain::RecordKind> m_kind;
    std::vector<ledger::state::RecordRow> m_rows;
    QStackedWidget *m_pages = nullptr;
    QList<QPushButton *> m_kindButtons;
    PagedList *m_list = nullptr;
    QScrollArea *m_detailScroll = nullptr;
    QWidget *m_detailBody = nullptr;
    QString m_detailSpeech;
};

} // namespace ui::kiosk
