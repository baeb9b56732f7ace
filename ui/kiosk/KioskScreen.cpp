#include "ui/kiosk/KioskScreen.h"

#include "ledger/service/LedgerService.h"
#include "ui/common/DomainText.h"

#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace ui::kiosk {

KioskScreen::KioskScreen(KioskContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
}

std::optional<ledger::chain::TxId>
KioskScreen::submitAsKiosk(ledger::chain::TxType type, const QByteArray &payload,
                           std::function<void(const ledger::service::Submission &)> done)
{
    if (!m_context.nodeKey)
        return std::nullopt;
    return m_context.ledger.submit(type, payload, *m_context.nodeKey, this, std::move(done));
}

namespace widgets {

QLabel *label(const QString &text, const char *role, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    if (role)
        l->setProperty("role", QString::fromLatin1(role));
    return l;
}

QPushButton *button(const QString &text, const QString &objectName, const char *role,
                    QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setFocusPolicy(Qt::NoFocus);
    if (role)
        b->setProperty("role", QString::fromLatin1(role));
    return b;
}

QFrame *card(QWidget *parent)
{
    auto *f = new QFrame(parent);
    f->setProperty("role", QStringLiteral("card"));
    return f;
}

void repolish(QWidget *w)
{
    w->style()->unpolish(w);
    w->style()->polish(w);
}

} // namespace widgets

QString KioskText::action(const QString &action)
{
    struct Word {
        const char *code;
        const char *text;
    };
    static const Word words[] = {
        { "submitted", QT_TR_NOOP("Submitted") },
        { "approved", QT_TR_NOOP("Approved") },
        { "rejected", QT_TR_NOOP("Rejected") },
        { "published", QT_TR_NOOP("Published") },
        { "progress", QT_TR_NOOP("Progress") },
        { "completed", QT_TR_NOOP("Completed") },
        { "amended", QT_TR_NOOP("Corrected") },
        { "withdrawn", QT_TR_NOOP("Withdrawn") },
        { "overdue", QT_TR_NOOP("Past the deadline") },
        { "escalated", QT_TR_NOOP("Passed to the party committee") },
        { "assigned", QT_TR_NOOP("A staff member is handling it") },
        { "forwarded", QT_TR_NOOP("Passed to another organization") },
        { "refused", QT_TR_NOOP("Passed on (not this organization's duty)") },
        { "replied", QT_TR_NOOP("Reply") },
        { "resolved", QT_TR_NOOP("Marked as solved") },
        { "reopened", QT_TR_NOOP("Reopened") },
        { "hidden", QT_TR_NOOP("Hidden from public view") },
        { "confirmed", QT_TR_NOOP("Resident confirmed it is solved") },
        { "not_solved", QT_TR_NOOP("Resident said it is not solved") },
        { "auto_closed", QT_TR_NOOP("Closed automatically") },
    };
    for (const Word &w : words) {
        if (action == QLatin1String(w.code))
            return tr(w.text);
    }
    return action;
}

QString KioskText::dateTime(std::int64_t ms)
{
    return ui::DomainText::dateTime(ms);
}

QString KioskText::date(std::int64_t ms)
{
    return ui::DomainText::date(ms);
}

QString KioskText::money(std::int64_t fen)
{
    return ui::DomainText::money(fen);
}

QString KioskText::grouped(const QString &digits)
{
    QString out;
    for (int i = 0; i < digits.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out += u' ';
        out += digits.at(i);
    }
    return out;
}

} // namespace ui::kiosk
