#include "ui/kiosk/FeedbackScreen.h"

#include "ledger/domain/PayloadCodec.h"
#include "ledger/domain/TrackingCode.h"
#include "ledger/service/LedgerService.h"
#include "ui/common/DomainText.h"
#include "ui/kiosk/ReceiptWidget.h"
#include "ui/kiosk/ResidentSignIn.h"
#include "ui/kiosk/input/OnScreenKeyboard.h"
#include "ui/kiosk/input/PinyinEngine.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTextCursor>
#include <QVBoxLayout>

namespace ui::kiosk {

using ledger::domain::FeedbackKind;
using ledger::service::QueryContext;
using ledger::service::Submission;
namespace st = ledger::state;

namespace {

// The step pages' order in the stack.
int pageOf(FeedbackScreen::Step s)
{
    return int(s);
}

QHBoxLayout *navRow(QWidget *page, QPushButton *back, QPushButton *next)
{
    auto *row = new QHBoxLayout;
    if (back)
        row->addWidget(back);
    row->addStretch(1);
    if (next)
        row->addWidget(next);
    Q_UNUSED(page);
    return row;
}

} // namespace

FeedbackScreen::FeedbackScreen(KioskContext &context, QWidget *parent)
    : KioskScreen(context, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_steps = new QStackedWidget(this);
    layout->addWidget(m_steps);
    const int spacing = context.metrics.spacingPx;
    auto backTo = [this](Step s, QWidget *page) {
        auto *b = widgets::button(tr("◀ Back"), QStringLiteral("backButton"), nullptr, page);
        connect(b, &QPushButton::clicked, this, [this, s] { showStep(s); });
        return b;
    };

    // Kind
    auto *kindPage = new QWidget(m_steps);
    auto *kindLayout = new QVBoxLayout(kindPage);
    kindLayout->setSpacing(spacing);
    kindLayout->addWidget(widgets::label(tr("What would you like to tell us?"), "title", kindPage));
    struct KindChoice {
        FeedbackKind kind;
        QString text;
        const char *name;
    };
    const KindChoice kinds[] = {
        { FeedbackKind::Suggestion,
          tr("A suggestion") + u'\n' + tr("An idea to make the community better"),
          "suggestionButton" },
        { FeedbackKind::Complaint,
          tr("A complaint") + u'\n' + tr("Something is wrong or was handled badly"),
          "complaintButton" },
        { FeedbackKind::HelpRequest,
          tr("A request for help") + u'\n' + tr("You or a neighbour need help"),
          "helpRequestButton" },
    };
    for (const KindChoice &k : kinds) {
        auto *b = widgets::button(k.text, QString::fromLatin1(k.name), "tile", kindPage);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        const FeedbackKind kind = k.kind;
        connect(b, &QPushButton::clicked, this, [this, kind] { chooseKind(kind); });
        kindLayout->addWidget(b, 1);
    }
    m_steps->addWidget(kindPage);

    // Category
    auto *categoryPage = new QWidget(m_steps);
    auto *categoryLayout = new QVBoxLayout(categoryPage);
    categoryLayout->setSpacing(spacing);
    categoryLayout->addWidget(widgets::label(tr("What is it about?"), "title", categoryPage));
    m_categoryNote = widgets::label(tr("Loading…"), "note", categoryPage);
    categoryLayout->addWidget(m_categoryNote);
    m_categoryGrid = new QGridLayout;
    m_categoryGrid->setSpacing(spacing);
    categoryLayout->addLayout(m_categoryGrid, 1);
    categoryLayout->addLayout(navRow(categoryPage, backTo(Step::Kind, categoryPage), nullptr));
    m_steps->addWidget(categoryPage);

    // Text
    auto *textPage = new QWidget(m_steps);
    auto *textLayout = new QVBoxLayout(textPage);
    textLayout->setSpacing(spacing / 2);
    auto *textTop = new QHBoxLayout;
    auto *textLeft = new QVBoxLayout;
    // Back, the instruction and Next share the top row: the keyboard needs
    // the height.
    auto *textNext
        = widgets::button(tr("Next ▶"), QStringLiteral("textNextButton"), "primary", textPage);
    connect(textNext, &QPushButton::clicked, this, &FeedbackScreen::textDone);
    auto *textHead = new QHBoxLayout;
    textHead->addWidget(backTo(Step::Category, textPage));
    textHead->addWidget(widgets::label(tr("Please describe it. Do not write ID card or phone "
                                          "numbers."),
                                       "subtitle", textPage),
                        1);
    textHead->addWidget(textNext);
    textLayout->addLayout(textHead);
    m_text = new QPlainTextEdit(textPage);
    m_text->setObjectName(QStringLiteral("feedbackTextEdit"));
    m_text->setPlaceholderText(tr("Type with the keyboard below, or tap a common phrase"));
    textLeft->addWidget(m_text, 1);
    m_textError = widgets::label(QString(), "error", textPage);
    m_textError->setObjectName(QStringLiteral("feedbackTextErrorLabel"));
    m_textError->hide();
    textLeft->addWidget(m_textError);
    textTop->addLayout(textLeft, 2);
    auto *phrases = new QGridLayout;
    phrases->setSpacing(spacing / 2);
    const QString common[] = {
        tr("The corridor light is broken."), tr("There is rubbish that has not been cleared."),
        tr("It is too noisy at night."),     tr("Cars are parked in the fire lane."),
        tr("The lift does not work."),       tr("Please repair it soon. Thank you."),
    };
    int n = 0;
    for (const QString &phrase : common) {
        auto *b
            = widgets::button(phrase, QStringLiteral("phrase%1Button").arg(n), "phrase", textPage);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        connect(b, &QPushButton::clicked, this, [this, phrase] {
            m_text->moveCursor(QTextCursor::End);
            m_text->insertPlainText(phrase);
        });
        phrases->addWidget(b, n / 3, n % 3);
        ++n;
    }
    textTop->addLayout(phrases, 3);
    textLayout->addLayout(textTop, 2);
    m_keyboard = new OnScreenKeyboard(&context.pinyin, textPage);
    m_keyboard->setRecognizer(context.handwriting);
    connect(m_keyboard, &OnScreenKeyboard::commit, this,
            [this](const QString &t) { m_text->insertPlainText(t); });
    connect(m_keyboard, &OnScreenKeyboard::backspace, this,
            [this] { m_text->textCursor().deletePreviousChar(); });
    textLayout->addWidget(m_keyboard, 3);
    m_steps->addWidget(textPage);

    // Identity
    auto *identityPage = new QWidget(m_steps);
    auto *identityLayout = new QVBoxLayout(identityPage);
    identityLayout->setSpacing(spacing);
    identityLayout->addWidget(
        widgets::label(tr("Do you want to give your name?"), "title", identityPage));
    auto *anonymous
        = widgets::button(tr("No, stay anonymous") + u'\n' + tr("Nobody will know who wrote it"),
                          QStringLiteral("anonymousButton"), "tile", identityPage);
    auto *identified = widgets::button(tr("Yes, with my resident code") + u'\n'
                                           + tr("The office can contact you about it"),
                                       QStringLiteral("identifiedButton"), "tile", identityPage);
    for (QPushButton *b : { anonymous, identified }) {
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        identityLayout->addWidget(b, 1);
    }
    connect(anonymous, &QPushButton::clicked, this, [this] { chooseAnonymous(true); });
    connect(identified, &QPushButton::clicked, this, [this] { chooseAnonymous(false); });
    identityLayout->addLayout(navRow(identityPage, backTo(Step::Text, identityPage), nullptr));
    m_steps->addWidget(identityPage);

    // Sign-in (identified only)
    auto *signInPage = new QWidget(m_steps);
    auto *signInLayout = new QVBoxLayout(signInPage);
    m_signIn = new ResidentSignIn(context, tr("Leave feedback with your name"), signInPage);
    connect(m_signIn, &ResidentSignIn::verified, this, [this](const ledger::domain::Pseudonym &p) {
        m_payload.pseudonym = p;
        showConfirm();
    });
    signInLayout->addWidget(m_signIn, 1);
    signInLayout->addLayout(navRow(signInPage, backTo(Step::Identity, signInPage), nullptr));
    m_steps->addWidget(signInPage);

    // Confirm
    auto *confirmPage = new QWidget(m_steps);
    auto *confirmLayout = new QVBoxLayout(confirmPage);
    confirmLayout->setSpacing(spacing);
    confirmLayout->addWidget(widgets::label(tr("Please check, then send"), "title", confirmPage));
    m_summary = widgets::label(QString(), nullptr, confirmPage);
    m_summary->setObjectName(QStringLiteral("feedbackSummaryLabel"));
    auto *summaryCard = widgets::card(confirmPage);
    (new QVBoxLayout(summaryCard))->addWidget(m_summary);
    confirmLayout->addWidget(summaryCard);
    m_submitError = widgets::label(QString(), "error", confirmPage);
    m_submitError->hide();
    confirmLayout->addWidget(m_submitError);
    confirmLayout->addStretch(1);
    m_submit
        = widgets::button(tr("Send"), QStringLiteral("sendFeedbackButton"), "primary", confirmPage);
    connect(m_submit, &QPushButton::clicked, this, &FeedbackScreen::submit);
    confirmLayout->addLayout(navRow(confirmPage, backTo(Step::Identity, confirmPage), m_submit));
    m_steps->addWidget(confirmPage);

    // Receipt
    auto *receiptPage = new QWidget(m_steps);
    auto *receiptLayout = new QVBoxLayout(receiptPage);
    m_receipt = new ReceiptWidget(context, receiptPage);
    receiptLayout->addWidget(m_receipt, 1);
    auto *done
        = widgets::button(tr("Done"), QStringLiteral("receiptDoneButton"), "primary", receiptPage);
    connect(done, &QPushButton::clicked, this, &KioskScreen::homeRequested);
    receiptLayout->addLayout(navRow(receiptPage, nullptr, done));
    m_steps->addWidget(receiptPage);

    context.ledger.query<std::vector<st::kiosk::CategoryRow>>(
        this,
        [](const QueryContext &c) {
            auto rows = st::kiosk::feedbackCategories(c.state);
            return rows ? std::move(*rows) : std::vector<st::kiosk::CategoryRow>();
        },
        [this](std::vector<st::kiosk::CategoryRow> rows) { setCategories(std::move(rows)); });
}

FeedbackScreen::~FeedbackScreen()
{
    m_payload = {};
    context().pinyin.clear();
}

QString FeedbackScreen::title() const
{
    return tr("Leave feedback");
}

QString FeedbackScreen::readAloudText() const
{
    switch (step()) {
    case Step::Kind:
        return tr("What would you like to tell us? A suggestion, a complaint, or a request for "
                  "help.");
    case Step::Confirm: return m_summary->text();
    case Step::Receipt: return m_receipt->readAloudText();
    default: return QString();
    }
}

FeedbackScreen::Step FeedbackScreen::step() const
{
    return Step(m_steps->currentIndex());
}

void FeedbackScreen::showStep(Step s)
{
    m_steps->setCurrentIndex(pageOf(s));
    Q_EMIT readAloudTextChanged();
}

void FeedbackScreen::chooseKind(FeedbackKind kind)
{
    m_payload.kind = kind;
    showStep(Step::Category);
}

void FeedbackScreen::setCategories(std::vector<st::kiosk::CategoryRow> categories)
{
    m_categories = std::move(categories);
    m_categoryNote->setText(m_categories.empty()
                                ? tr("Feedback cannot be taken at this kiosk yet: no categories "
                                     "are set up. Please ask the staff.")
                                : tr("Tap the one that fits best."));
    const int columns = 3;
    for (int i = 0; i < int(m_categories.size()); ++i) {
        auto *b = widgets::button(m_categories[i].name, QStringLiteral("category%1Button").arg(i),
                                  "tile", m_steps->widget(pageOf(Step::Category)));
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        connect(b, &QPushButton::clicked, this, [this, i] { chooseCategory(i); });
        m_categoryGrid->addWidget(b, i / columns, i % columns);
    }
}

void FeedbackScreen::chooseCategory(int index)
{
    if (index < 0 || index >= int(m_categories.size()))
        return;
    m_payload.categoryCode = m_categories[index].code;
    showStep(Step::Text);
}

void FeedbackScreen::textDone()
{
    const QString text = m_text->toPlainText().trimmed();
    // docs/privacy.md: the ledger keeps feedback text forever, so runs that
    // look like a phone (11 digits) or ID number (18) are refused here.
    static const QRegularExpression idOrPhone(QStringLiteral("\\d{11,}|\\d{17}[\\dXx]"));
    if (text.isEmpty()) {
        m_textError->setText(tr("Please write a few words first."));
        m_textError->show();
        return;
    }
    if (idOrPhone.match(text).hasMatch()) {
        m_textError->setText(tr("Please remove the phone or ID card number: everyone in the "
                                "community offices can read this text."));
        m_textError->show();
        return;
    }
    if (text.toUtf8().size() > 16000) {
        m_textError->setText(tr("This is too long. Please make it shorter."));
        m_textError->show();
        return;
    }
    m_textError->hide();
    m_payload.text = text;
    m_keyboard->reset();
    showStep(Step::Identity);
}

void FeedbackScreen::chooseAnonymous(bool anonymous)
{
    m_payload.pseudonym = ledger::domain::Pseudonym();
    if (anonymous)
        showConfirm();
    else
        showStep(Step::SignIn);
}

void FeedbackScreen::showConfirm()
{
    QString category = m_payload.categoryCode;
    for (const auto &c : m_categories) {
        if (c.code == m_payload.categoryCode)
            category = c.name;
    }
    m_summary->setText(ui::DomainText::feedbackKind(m_payload.kind) + QStringLiteral(" · ")
                       + category + u'\n' + m_payload.text + u'\n'
                       + (m_payload.anonymous() ? tr("Anonymous") : tr("With your resident code")));
    m_submitError->hide();
    m_submit->setEnabled(true);
    showStep(Step::Confirm);
}

void FeedbackScreen::submit()
{
    m_submit->setEnabled(false);
    const auto id
        = submitAsKiosk(ledger::chain::TxType::FeedbackSubmitted,
                        ledger::domain::encodePayload(m_payload), [this](const Submission &s) {
                            m_receipt->setStage(s.stage);
                            if (s.stage == Submission::Stage::Applied)
                                trackingCodeApplied(s.txId.toByteArray());
                            Q_EMIT readAloudTextChanged();
                        });
    if (!id) {
        m_submitError->setText(tr("Sorry, this kiosk cannot send feedback right now. Please ask "
                                  "the staff."));
        m_submitError->show();
        return;
    }
    // The state gives the item the first free candidate code; until it is
    // applied, the first candidate is what it will almost surely get.
    m_receipt->setTrackingCode(
        ledger::domain::tracking::format(ledger::domain::tracking::candidate(*id, 0)));
    m_receipt->setStage(Submission::Stage::Queued);
    for (const auto &s : context().ledger.outbox()) {
        if (s.txId == *id)
            m_receipt->setStage(s.stage);
    }
    m_payload = {};
    m_text->clear();
    showStep(Step::Receipt);
    if (!m_printed)
        m_printed = m_receipt->print();
}

void FeedbackScreen::trackingCodeApplied(const QByteArray &feedbackId)
{
    context().ledger.query<QString>(
        this,
        [feedbackId](const QueryContext &c) {
            auto code = st::kiosk::trackingCodeOf(c.state, feedbackId);
            return code ? *code : QString();
        },
        [this](QString code) {
            if (!code.isEmpty() && code != m_receipt->trackingCode())
                m_receipt->setTrackingCode(code);
        });
}

void FeedbackScreen::showReceiptForTour(const QString &trackingCode)
{
    m_receipt->setTrackingCode(trackingCode);
    m_receipt->setStage(Submission::Stage::Queued);
    showStep(Step::Receipt);
}

} // namespace ui::kiosk
