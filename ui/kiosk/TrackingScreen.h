#pragma once

#include "ledger/state/StateQueries.h"
#include "ui/kiosk/KioskScreen.h"

#include <map>
#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace ui::kiosk {

class NumericKeypad;

// 查询进度: the resident types the tracking code from the receipt and sees
// the status, the organization handling it, replies with dates, the reason
// if it was hidden; once resolved they confirm (solved or not, which
// reopens it) and rate satisfaction. Refreshes on every committed block.
class TrackingScreen : public KioskScreen
{
    Q_OBJECT
public:
    TrackingScreen(KioskContext &context, QWidget *parent = nullptr);
    QString title() const override;
    QString readAloudText() const override;

    void lookUp(const QString &typedCode);
    bool isShowingItem() const;
    QString statusText() const;

private:
    struct Found {
        bool badCode = false;
        std::optional<ledger::state::FeedbackRow> row;
        std::vector<ledger::state::TimelineEntry> timeline;
        std::map<QString, QString> categoryNames;
    };
    void show(const Found &found);
    void buildItem(const Found &found);
    void answer(bool solved);
    void rate(int satisfaction);
    void showConfirmMessage();

    QStackedWidget *m_pages = nullptr;
    NumericKeypad *m_keypad = nullptr;
    QPushButton *m_lookUp = nullptr;
    QLabel *m_error = nullptr;
    QScrollArea *m_itemScroll = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_confirmBox = nullptr;
    QWidget *m_rateBox = nullptr;
    QLabel *m_confirmResult = nullptr;
    QString m_confirmMessage;
    QString m_code;
    QByteArray m_feedbackId;
    bool m_solvedAnswer = true;
    bool m_answered = false;
    QString m_speech;
};

} // namespace ui::kiosk
