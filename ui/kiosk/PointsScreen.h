#pragma once

#include "ledger/domain/Types.h"
#include "ledger/state/StateQueries.h"
#include "ui/kiosk/KioskScreen.h"

#include <optional>

class QLabel;
class QStackedWidget;

namespace ui::kiosk {

class PagedList;
class ResidentSignIn;

// 我的积分: resident code + PIN, then the resident's own statement (balance,
// level, rank, history with rule names and dates) and nothing about anyone
// else. The pseudonym lives only in this screen and is wiped with it.
class PointsScreen : public KioskScreen
{
    Q_OBJECT
public:
    PointsScreen(KioskContext &context, QWidget *parent = nullptr);
    ~PointsScreen() override;
    QString title() const override;
    QString readAloudText() const override;

    bool isShowingStatement() const;
    // For the screenshot tour only: the statement of a resident picked by the
    // tour, without code and PIN (no resident can reach this).
    void showStatementForTour(const ledger::domain::Pseudonym &pseudonym);

private:
    struct Loaded {
        std::optional<ledger::state::Statement> statement;
        std::optional<int> rankAllTime;
        std::optional<int> rankThisMonth;
    };
    void load(const ledger::domain::Pseudonym &pseudonym);
    void show(const Loaded &loaded);

    QStackedWidget *m_pages = nullptr;
    ResidentSignIn *m_signIn = nullptr;
    QLabel *m_balance = nullptr;
    QLabel *m_level = nullptr;
    QLabel *m_rank = nullptr;
    QLabel *m_totals = nullptr;
    PagedList *m_history = nullptr;
    ledger::domain::Pseudonym m_pseudonym;
    QString m_speech;
};

} // namespace ui::kiosk
