#pragma once

#include "ledger/domain/FeedbackPayloads.h"
#include "ledger/state/queries/KioskQueries.h"
#include "ui/kiosk/KioskScreen.h"

#include <optional>
#include <vector>

class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace ui::kiosk {

class OnScreenKeyboard;
class ReceiptWidget;
class ResidentSignIn;

// 我要反映: kind → category → text (on-screen keyboard or common phrases) →
// anonymous or identified (code + PIN) → confirm → receipt. Submitted through
// LedgerService::submit signed by the kiosk node's key (docs/permissions.md).
class FeedbackScreen : public KioskScreen
{
    Q_OBJECT
public:
    enum class Step { Kind, Category, Text, Identity, SignIn, Confirm, Receipt };
    FeedbackScreen(KioskContext &context, QWidget *parent = nullptr);
    ~FeedbackScreen() override;
    QString title() const override;
    QString readAloudText() const override;

    Step step() const;
    void chooseKind(ledger::domain::FeedbackKind kind);
    void chooseCategory(int index);
    OnScreenKeyboard *keyboard() const { return m_keyboard; }
    ReceiptWidget *receipt() const { return m_receipt; }
    // For the screenshot tour: a receipt as it looks while queued, without
    // submitting anything.
    void showReceiptForTour(const QString &trackingCode);

private:
    void showStep(Step step);
    void setCategories(std::vector<ledger::state::kiosk::CategoryRow> categories);
    void textDone();
    void chooseAnonymous(bool anonymous);
    void showConfirm();
    void submit();
    void trackingCodeApplied(const QByteArray &feedbackId);

    QStackedWidget *m_steps = nullptr;
    QGridLayout *m_categoryGrid = nullptr;
    QLabel *m_categoryNote = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_textError = nullptr;
    OnScreenKeyboard *m_keyboard = nullptr;
    ResidentSignIn *m_signIn = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_submit = nullptr;
    QLabel *m_submitError = nullptr;
    ReceiptWidget *m_receipt = nullptr;

    std::vector<ledger::state::kiosk::CategoryRow> m_categories;
    ledger::domain::FeedbackSubmitted m_payload;
    bool m_printed = false;
};

} // namespace ui::kiosk
