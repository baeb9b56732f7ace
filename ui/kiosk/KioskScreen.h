#pragma once

#include "ledger/chain/TxType.h"
#include "ledger/chain/Types.h"
#include "ui/kiosk/KioskContext.h"

#include <QCoreApplication>
#include <QWidget>

#include <functional>
#include <optional>

class QFrame;
class QLabel;
class QPushButton;

namespace ledger::service {
struct Submission;
}

namespace ui::kiosk {

// One kiosk screen (notices, my points, …). Created fresh each time a
// resident opens it; the window deletes it on "home" and on idle.
class KioskScreen : public QWidget
{
    Q_OBJECT
public:
    KioskScreen(KioskContext &context, QWidget *parent = nullptr);
    virtual QString title() const = 0;
    // What "read aloud" says for what is shown now; empty hides the button.
    virtual QString readAloudText() const { return QString(); }

Q_SIGNALS:
    void readAloudTextChanged();
    void homeRequested();

protected:
    KioskContext &context() const { return m_context; }
    // Signs `payload` with the kiosk node's key and hands it to the outbox;
    // nullopt if this kiosk has no node key. `done` sees every stage.
    std::optional<ledger::chain::TxId>
    submitAsKiosk(ledger::chain::TxType type, const QByteArray &payload,
                  std::function<void(const ledger::service::Submission &)> done);

private:
    KioskContext &m_context;
};

// Small builders so every screen looks the same.
namespace widgets {
QLabel *label(const QString &text, const char *role, QWidget *parent);
QPushButton *button(const QString &text, const QString &objectName, const char *role,
                    QWidget *parent);
QFrame *card(QWidget *parent);
// Re-applies the style after a dynamic property changed.
void repolish(QWidget *w);
} // namespace widgets

// Words shared by several screens.
class KioskText
{
    Q_DECLARE_TR_FUNCTIONS(ui::kiosk::KioskText)
public:
    // A timeline action ("published", "replied", …) in plain words.
    static QString action(const QString &action);
    // "2026-05-03 14:00" in local time.
    static QString dateTime(std::int64_t ms);
    static QString date(std::int64_t ms);
    static QString money(std::int64_t fen);
    // "1234 5678": tracking codes and resident codes are read in groups.
    static QString grouped(const QString &digits);
};

} // namespace ui::kiosk
