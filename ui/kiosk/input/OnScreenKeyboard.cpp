#include "ui/kiosk/input/OnScreenKeyboard.h"

#include "ui/kiosk/input/HandwritingPad.h"
#include "ui/kiosk/input/HandwritingRecognizer.h"
#include "ui/kiosk/input/PinyinEngine.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ui::kiosk {

namespace {

constexpr int CandidateSlots = 8;

QPushButton *keyButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setProperty("role", QStringLiteral("key"));
    b->setFocusPolicy(Qt::NoFocus);
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    return b;
}

} // namespace

OnScreenKeyboard::OnScreenKeyboard(PinyinEngine *pinyin, QWidget *parent)
    : QWidget(parent)
    , m_pinyin(pinyin)
{
    setObjectName(QStringLiteral("onScreenKeyboardWidget"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *modes = new QHBoxLayout;
    m_pinyinMode = keyButton(tr("Pinyin"), QStringLiteral("pinyinModeButton"), this);
    m_handwritingMode = keyButton(tr("Handwriting"), QStringLiteral("handwritingModeButton"), this);
    for (QPushButton *b : { m_pinyinMode, m_handwritingMode }) {
        b->setCheckable(true);
        b->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
        modes->addWidget(b);
    }
    connect(m_pinyinMode, &QPushButton::clicked, this, [this] { setMode(Mode::Pinyin); });
    connect(m_handwritingMode, &QPushButton::clicked, this, [this] { setMode(Mode::Handwriting); });
    m_preedit = new QLabel(this);
    m_preedit->setObjectName(QStringLiteral("preeditLabel"));
    m_preedit->setProperty("role", QStringLiteral("preedit"));
    modes->addWidget(m_preedit);
    // One row for modes, composition and candidates: the keyboard must fit
    // under the text on a 1280 × 800 screen.
    auto *candidates = modes;
    m_previousPage
        = keyButton(QStringLiteral("◀"), QStringLiteral("previousCandidatesButton"), this);
    candidates->addWidget(m_previousPage);
    for (int i = 0; i < CandidateSlots; ++i) {
        auto *b = keyButton(QString(), QStringLiteral("candidate%1Button").arg(i), this);
        b->setProperty("role", QStringLiteral("candidate"));
        connect(b, &QPushButton::clicked, this, [this, i] { candidateChosen(i); });
        m_candidateButtons << b;
        candidates->addWidget(b, 1);
    }
    m_nextPage = keyButton(QStringLiteral("▶"), QStringLiteral("nextCandidatesButton"), this);
    candidates->addWidget(m_nextPage);
    connect(m_previousPage, &QPushButton::clicked, m_pinyin, &PinyinEngine::previousPage);
    connect(m_nextPage, &QPushButton::clicked, m_pinyin, &PinyinEngine::nextPage);
    layout->addLayout(modes);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildPinyinPage());
    m_pages->addWidget(buildHandwritingPage());
    layout->addWidget(m_pages, 1);

    connect(m_pinyin, &PinyinEngine::compositionChanged, this, [this] {
        if (m_mode == Mode::Pinyin)
            showCandidates(m_pinyin->candidates(), m_pinyin->hasMorePages(), m_pinyin->preedit());
    });
    connect(m_pinyin, &PinyinEngine::ready, this, [this] { setMode(m_mode); });
    setMode(Mode::Pinyin);
}

QWidget *OnScreenKeyboard::buildPinyinPage()
{
    auto *page = new QWidget(this);
    auto *grid = new QGridLayout(page);
    grid->setContentsMargins(0, 0, 0, 0);
    const char *rows[] = { "qwertyuiop", "asdfghjkl", "zxcvbnm" };
    for (int r = 0; r < 3; ++r) {
        const QByteArray row(rows[r]);
        for (int c = 0; c < row.size(); ++c) {
            const char letter = row.at(c);
            auto *b = keyButton(QString(QLatin1Char(letter)),
                                QStringLiteral("letter%1Button").arg(QLatin1Char(letter)), page);
            connect(b, &QPushButton::clicked, this, [this, letter] { letterPressed(letter); });
            // Staggered like a real keyboard: each key spans two half-columns.
            grid->addWidget(b, r, c * 2 + r, 1, 2);
        }
    }
    auto *back = keyButton(tr("⌫ Delete"), QStringLiteral("keyboardBackspaceButton"), page);
    connect(back, &QPushButton::clicked, this, &OnScreenKeyboard::backspacePressed);
    grid->addWidget(back, 2, 16, 1, 4);
    const QStringList punctuation = { QStringLiteral("，"), QStringLiteral("。"),
                                      QStringLiteral("？"), QStringLiteral("！") };
    int column = 0;
    for (const QString &mark : punctuation) {
        auto *b = keyButton(mark, QStringLiteral("punctuation%1Button").arg(column / 2), page);
        connect(b, &QPushButton::clicked, this, [this, mark] { Q_EMIT commit(mark); });
        grid->addWidget(b, 3, column, 1, 2);
        column += 2;
    }
    auto *space = keyButton(tr("Space"), QStringLiteral("spaceButton"), page);
    connect(space, &QPushButton::clicked, this, [this] {
        // Space takes the first candidate, as on every pinyin keyboard.
        if (m_pinyin->isComposing())
            candidateChosen(0);
        else
            Q_EMIT commit(QStringLiteral(" "));
    });
    grid->addWidget(space, 3, column, 1, 20 - column);
    return page;
}

QWidget *OnScreenKeyboard::buildHandwritingPage()
{
    auto *page = new QWidget(this);
    auto *row = new QHBoxLayout(page);
    row->setContentsMargins(0, 0, 0, 0);
    row->addStretch(1);
    m_pad = new HandwritingPad(page);
    row->addWidget(m_pad, 3);
    auto *side = new QVBoxLayout;
    m_padStatus = new QLabel(tr("Write one character in the box"), page);
    m_padStatus->setWordWrap(true);
    m_padStatus->setObjectName(QStringLiteral("handwritingStatusLabel"));
    side->addWidget(m_padStatus);
    auto *undo = keyButton(tr("Undo stroke"), QStringLiteral("undoStrokeButton"), page);
    connect(undo, &QPushButton::clicked, m_pad, &HandwritingPad::undoStroke);
    side->addWidget(undo);
    auto *rewrite = keyButton(tr("Write again"), QStringLiteral("rewriteButton"), page);
    connect(rewrite, &QPushButton::clicked, m_pad, &HandwritingPad::clear);
    side->addWidget(rewrite);
    auto *back = keyButton(tr("⌫ Delete"), QStringLiteral("handwritingBackspaceButton"), page);
    connect(back, &QPushButton::clicked, this, [this] { Q_EMIT backspace(); });
    side->addWidget(back);
    row->addLayout(side, 2);
    row->addStretch(1);
    connect(m_pad, &HandwritingPad::strokesChanged, this, &OnScreenKeyboard::recognize);
    return page;
}

void OnScreenKeyboard::setRecognizer(const HandwritingRecognizer *recognizer)
{
    m_recognizer = recognizer;
    m_padStatus->setText(recognizer ? tr("Write one character in the box")
                                    : tr("Handwriting is getting ready…"));
}

void OnScreenKeyboard::setMode(Mode mode)
{
    m_mode = mode;
    m_pinyinMode->setChecked(mode == Mode::Pinyin);
    m_handwritingMode->setChecked(mode == Mode::Handwriting);
    m_pages->setCurrentIndex(mode == Mode::Pinyin ? 0 : 1);
    if (mode == Mode::Pinyin) {
        m_pad->clear();
        showCandidates(m_pinyin->candidates(), m_pinyin->hasMorePages(),
                       m_pinyin->isReady() ? m_pinyin->preedit() : tr("Pinyin is getting ready…"));
    } else {
        m_pinyin->clear();
        if (!m_recognizer)
            m_padStatus->setText(tr("Handwriting is getting ready…"));
        recognize();
    }
}

void OnScreenKeyboard::reset()
{
    m_pinyin->clear();
    m_pad->clear();
    m_handwritingCandidates.clear();
    showCandidates({}, false, QString());
}

void OnScreenKeyboard::showCandidates(const QStringList &candidates, bool morePages,
                                      const QString &preedit)
{
    m_preedit->setText(preedit);
    for (int i = 0; i < m_candidateButtons.size(); ++i) {
        const bool used = i < candidates.size();
        m_candidateButtons[i]->setText(used ? candidates.at(i) : QString());
        m_candidateButtons[i]->setEnabled(used);
    }
    const bool paging = m_mode == Mode::Pinyin && !candidates.isEmpty();
    m_previousPage->setEnabled(paging);
    m_nextPage->setEnabled(paging && morePages);
}

void OnScreenKeyboard::candidateChosen(int index)
{
    if (m_mode == Mode::Pinyin) {
        const QString text = m_pinyin->choose(index);
        if (!text.isEmpty())
            Q_EMIT commit(text);
        return;
    }
    if (index < 0 || index >= m_handwritingCandidates.size())
        return;
    const QString text = m_handwritingCandidates.at(index);
    m_handwritingCandidates.clear();
    m_pad->clear();
    Q_EMIT commit(text);
}

void OnScreenKeyboard::letterPressed(char letter)
{
    m_pinyin->typeLetter(letter);
}

void OnScreenKeyboard::backspacePressed()
{
    if (m_pinyin->isComposing())
        m_pinyin->backspace();
    else
        Q_EMIT backspace();
}

void OnScreenKeyboard::recognize()
{
    if (m_mode != Mode::Handwriting)
        return;
    m_handwritingCandidates = m_recognizer
        ? m_recognizer->recognize(m_pad->strokes(), m_pad->box().size(), CandidateSlots)
        : QStringList();
    showCandidates(m_handwritingCandidates, false, QString());
}

} // namespace ui::kiosk
