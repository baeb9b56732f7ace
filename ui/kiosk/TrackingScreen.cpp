#include "ui/kiosk/TrackingScreen.h"

#include "ledger/domain/PayloadCodec.h"
#include "ledger/domain/TrackingCode.h"
#include "ledger/service/LedgerService.h"
#include "ledger/state/queries/KioskQueries.h"
#include "ui/common/DomainText.h"
#include "ui/kiosk/input/NumericKeypad.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScroller>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ui::kiosk {

using ledger::domain::FeedbackStatus;
using ledger::service::QueryContext;
using ledger::service::Submission;
namespace st = ledger::state;

TrackingScreen::TrackingScreen(KioskContext &context, QWidget *parent)
    : KioskScreen(context, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    auto *entry = new QWidget(m_pages);
    auto *row = new QHBoxLayout(entry);
    row->setSpacing(context.metrics.spacingPx * 2);
    auto *side = new QVBoxLayout;
    side->addWidget(widgets::label(tr("Enter the receipt number"), "title", entry));
    side->addWidget(widgets::label(tr("The 8-digit number on the receipt you got when you left "
                                      "your feedback."),
                                   "note", entry));
    m_error = widgets::label(QString(), "error", entry);
    m_error->setObjectName(QStringLiteral("trackingErrorLabel"));
    m_error->hide();
    side->addWidget(m_error);
    side->addStretch(1);
    row->addLayout(side, 2);
    auto *pad = new QVBoxLayout;
    m_keypad = new NumericKeypad(ledger::domain::tracking::Digits, false, entry);
    m_keypad->setObjectName(QStringLiteral("trackingCodeKeypad"));
    m_keypad->setPlaceholder(tr("Receipt number"));
    pad->addWidget(m_keypad, 1);
    m_lookUp = widgets::button(tr("Look up"), QStringLiteral("lookUpButton"), "primary", entry);
    m_lookUp->setEnabled(false);
    connect(m_keypad, &NumericKeypad::changed, this, [this] {
        m_lookUp->setEnabled(m_keypad->digits().size() == ledger::domain::tracking::Digits);
    });
    connect(m_lookUp, &QPushButton::clicked, this, [this] { lookUp(m_keypad->digits()); });
    pad->addWidget(m_lookUp);
    row->addLayout(pad, 3);
    m_pages->addWidget(entry);

    m_itemScroll = new QScrollArea(m_pages);
    m_itemScroll->setObjectName(QStringLiteral("trackingItemScrollArea"));
    m_itemScroll->setWidgetResizable(true);
    m_itemScroll->setFrameShape(QFrame::NoFrame);
    QScroller::grabGesture(m_itemScroll->viewport(), QScroller::LeftMouseButtonGesture);
    m_pages->addWidget(m_itemScroll);

    // A reply or a confirmation committed meanwhile shows at once.
    connect(&context.ledger, &ledger::service::LedgerService::blockCommitted, this, [this] {
        if (isShowingItem() && !m_code.isEmpty())
            lookUp(m_code);
    });
}

QString TrackingScreen::title() const
{
    return tr("Track my feedback");
}

QString TrackingScreen::readAloudText() const
{
    return m_speech;
}

bool TrackingScreen::isShowingItem() const
{
    return m_pages->currentIndex() == 1;
}

QString TrackingScreen::statusText() const
{
    return m_status ? m_status->text() : QString();
}

void TrackingScreen::lookUp(const QString &typedCode)
{
    m_code = typedCode;
    m_keypad->clear();
    m_lookUp->setEnabled(false);
    context().ledger.query<Found>(
        this,
        [typedCode](const QueryContext &c) {
            Found f;
            if (!ledger::domain::tracking::parse(typedCode)) {
                f.badCode = true;
                return f;
            }
            f.row = c.queries.feedbackByTrackingCode(typedCode);
            if (f.row) {
                if (auto t = c.queries.timeline(f.row->feedbackId))
                    f.timeline = std::move(*t);
            }
            if (auto cats = st::kiosk::feedbackCategories(c.state)) {
                for (const auto &cat : *cats)
                    f.categoryNames.emplace(cat.code, cat.name);
            }
            return f;
        },
        [this](Found f) { show(f); });
}

void TrackingScreen::show(const Found &f)
{
    if (f.badCode || !f.row) {
        m_error->setText(f.badCode ? tr("This receipt number is not right. Please check the "
                                        "digits and try again.")
                                   : tr("No feedback has this receipt number yet. If you left it "
                                        "just now, it may still be on its way: try again later."));
        m_error->show();
        m_code.clear();
        m_pages->setCurrentIndex(0);
        return;
    }
    m_error->hide();
    buildItem(f);
    m_pages->setCurrentIndex(1);
}

void TrackingScreen::buildItem(const Found &f)
{
    const st::FeedbackRow &r = *f.row;
    m_feedbackId = r.feedbackId;
    delete m_itemScroll->takeWidget();
    auto *body = new QWidget;
    body->setObjectName(QStringLiteral("trackingItemWidget"));
    auto *layout = new QVBoxLayout(body);
    layout->setSpacing(context().metrics.spacingPx);
    auto *head = new QHBoxLayout;
    auto *code
        = widgets::label(tr("Receipt %1").arg(KioskText::grouped(r.trackingCode)), "title", body);
    head->addWidget(code, 1);
    auto *another = widgets::button(tr("Look up another"), QStringLiteral("anotherCodeButton"),
                                    nullptr, body);
    connect(another, &QPushButton::clicked, this, [this] {
        m_code.clear();
        m_speech.clear();
        m_pages->setCurrentIndex(0);
        Q_EMIT readAloudTextChanged();
    });
    head->addWidget(another);
    layout->addLayout(head);

    auto *card = widgets::card(body);
    auto *c = new QVBoxLayout(card);
    m_status = widgets::label(tr("Status: %1").arg(ui::DomainText::feedbackStatus(r.status)),
                              "subtitle", card);
    m_status->setObjectName(QStringLiteral("trackingStatusLabel"));
    c->addWidget(m_status);
    const auto cat = f.categoryNames.find(r.category);
    const QString category = cat == f.categoryNames.end() ? r.category : cat->second;
    c->addWidget(
        widgets::label(tr("Handled by: %1").arg(context().orgName(r.orgId)), nullptr, card));
    c->addWidget(widgets::label(ui::DomainText::feedbackKind(r.kind) + QStringLiteral(" · ")
                                    + category + QStringLiteral(" · ")
                                    + tr("left on %1").arg(KioskText::date(r.submittedMs)),
                                "note", card));
    if (r.status != FeedbackStatus::Resolved && r.status != FeedbackStatus::Closed)
        c->addWidget(widgets::label(
            tr("Answer due by %1").arg(KioskText::date(r.deadlineMs))
                + (r.overdue ? tr(" — late, passed to the party committee") : QString()),
            "note", card));
    if (r.hidden) {
        auto *hidden = widgets::label(tr("Hidden from public view. Reason: %1").arg(r.hiddenReason),
                                      "banner", card);
        hidden->setObjectName(QStringLiteral("hiddenReasonLabel"));
        c->addWidget(hidden);
    } else {
        c->addWidget(widgets::label(tr("What you wrote: %1").arg(r.text), nullptr, card));
    }
    layout->addWidget(card);
    m_speech = m_status->text() + QStringLiteral("。")
        + tr("Handled by: %1").arg(context().orgName(r.orgId)) + QStringLiteral("。");

    layout->addWidget(widgets::label(tr("Replies and steps"), "subtitle", body));
    for (const st::TimelineEntry &e : f.timeline) {
        if (e.action == QLatin1String("assigned"))
            continue; // names a staff key, says nothing to the resident
        QString line
            = KioskText::dateTime(e.tsMs) + QStringLiteral("  ") + KioskText::action(e.action);
        if (!context().orgName(e.actorOrg).isEmpty())
            line += QStringLiteral(" · ") + context().orgName(e.actorOrg);
        const bool saysSomething = e.action == QLatin1String("replied")
            || e.action == QLatin1String("resolved") || e.action == QLatin1String("reopened")
            || e.action == QLatin1String("refused") || e.action == QLatin1String("forwarded");
        if (saysSomething && !e.detail.isEmpty()) {
            // Transfers store "from -> to: note"; the resident needs the note.
            const qsizetype colon = e.detail.indexOf(QStringLiteral(": "));
            const bool transfer
                = e.action == QLatin1String("refused") || e.action == QLatin1String("forwarded");
            line += u'\n' + (transfer && colon >= 0 ? e.detail.mid(colon + 2) : e.detail);
            if (e.action == QLatin1String("replied") || e.action == QLatin1String("resolved"))
                m_speech += e.detail + QStringLiteral("。");
        }
        auto *entry = widgets::label(line, nullptr, body);
        layout->addWidget(entry);
    }

    m_confirmBox = nullptr;
    m_rateBox = nullptr;
    m_confirmResult = widgets::label(QString(), "banner", body);
    m_confirmResult->setObjectName(QStringLiteral("confirmResultLabel"));
    m_confirmResult->hide();
    if (r.status == FeedbackStatus::Resolved && !m_answered) {
        m_confirmBox = widgets::card(body);
        auto *box = new QVBoxLayout(m_confirmBox);
        box->addWidget(widgets::label(tr("Is your problem solved?"), "subtitle", m_confirmBox));
        auto *buttons = new QHBoxLayout;
        auto *yes = widgets::button(tr("Yes, it is solved"), QStringLiteral("solvedButton"),
                                    "primary", m_confirmBox);
        auto *no = widgets::button(tr("No, not solved"), QStringLiteral("notSolvedButton"), nullptr,
                                   m_confirmBox);
        connect(yes, &QPushButton::clicked, this, [this] { answer(true); });
        connect(no, &QPushButton::clicked, this, [this] { answer(false); });
        buttons->addWidget(yes);
        buttons->addWidget(no);
        box->addLayout(buttons);
        layout->addWidget(m_confirmBox);

        m_rateBox = widgets::card(body);
        auto *rateLayout = new QVBoxLayout(m_rateBox);
        rateLayout->addWidget(widgets::label(tr("How satisfied are you with how it was handled?"),
                                             "subtitle", m_rateBox));
        auto *stars = new QHBoxLayout;
        const QString words[] = { tr("1 Very unhappy"), tr("2 Unhappy"), tr("3 So-so"),
                                  tr("4 Happy"), tr("5 Very happy") };
        for (int s = 1; s <= 5; ++s) {
            auto *b = widgets::button(words[s - 1], QStringLiteral("satisfaction%1Button").arg(s),
                                      nullptr, m_rateBox);
            connect(b, &QPushButton::clicked, this, [this, s] { rate(s); });
            stars->addWidget(b);
        }
        rateLayout->addLayout(stars);
        auto *skip = widgets::button(tr("Skip rating"), QStringLiteral("skipRatingButton"), nullptr,
                                     m_rateBox);
        connect(skip, &QPushButton::clicked, this, [this] { rate(0); });
        rateLayout->addWidget(skip, 0, Qt::AlignLeft);
        m_rateBox->hide();
        layout->addWidget(m_rateBox);
    }
    layout->addWidget(m_confirmResult);
    showConfirmMessage();
    layout->addStretch(1);
    m_itemScroll->setWidget(body);
    Q_EMIT readAloudTextChanged();
}

void TrackingScreen::showConfirmMessage()
{
    if (!m_confirmResult)
        return;
    m_confirmResult->setText(m_confirmMessage);
    m_confirmResult->setVisible(!m_confirmMessage.isEmpty());
}

void TrackingScreen::answer(bool solved)
{
    m_solvedAnswer = solved;
    if (m_confirmBox)
        m_confirmBox->hide();
    if (m_rateBox)
        m_rateBox->show();
}

void TrackingScreen::rate(int satisfaction)
{
    if (m_rateBox)
        m_rateBox->hide();
    auto id = ledger::domain::FeedbackId::fromBytes(m_feedbackId);
    if (!id)
        return;
    ledger::domain::FeedbackConfirmed payload;
    payload.feedbackId = *id;
    payload.solved = m_solvedAnswer;
    payload.satisfaction = std::uint8_t(satisfaction);
    m_answered = true;
    const auto submitted = submitAsKiosk(
        ledger::chain::TxType::FeedbackConfirmed, ledger::domain::encodePayload(payload),
        [this](const Submission &s) {
            switch (s.stage) {
            case Submission::Stage::Queued:
                m_confirmMessage = (tr("Thank you. Your answer is saved and will be sent "
                                       "when the network is back."));
                break;
            case Submission::Stage::Sent:
                m_confirmMessage = (tr("Thank you. Sending your answer…"));
                break;
            case Submission::Stage::Applied:
            case Submission::Stage::HeldForApproval:
                m_confirmMessage
                    = (m_solvedAnswer ? tr("Thank you. Your answer is recorded.")
                                      : tr("Thank you. Your feedback is open again and "
                                           "will be handled once more."));
                break;
            case Submission::Stage::Rejected:
                m_confirmMessage = (tr("Sorry, your answer could not be recorded. Please ask "
                                       "the staff."));
                break;
            }
            showConfirmMessage();
        });
    if (!submitted) {
        m_confirmMessage = tr("Sorry, this kiosk cannot send answers right now. Please ask the "
                              "staff.");
        showConfirmMessage();
    }
}

} // namespace ui::kiosk
