#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace ui::kiosk {

class HandwritingPad;
class HandwritingRecognizer;
class PinyinEngine;

// The kiosk's touch keyboard for Chinese: pinyin (letters → candidates from
// librime) or handwriting (a writing box → candidates from zinnia), plus
// punctuation. It edits nothing itself: it emits commit() with text to insert
// and backspace() when there is no composition left to shorten.
class OnScreenKeyboard : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Pinyin, Handwriting };
    OnScreenKeyboard(PinyinEngine *pinyin, QWidget *parent = nullptr);

    // Set once the model is loaded (it loads in the background); until then
    // the handwriting mode says it is getting ready.
    void setRecognizer(const HandwritingRecognizer *recognizer);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    HandwritingPad *pad() const { return m_pad; }
    // Forgets the composition, the strokes and the candidates.
    void reset();

Q_SIGNALS:
    void commit(const QString &text);
    void backspace();

private:
    QWidget *buildPinyinPage();
    QWidget *buildHandwritingPage();
    void showCandidates(const QStringList &candidates, bool morePages, const QString &preedit);
    void candidateChosen(int index);
    void letterPressed(char letter);
    void backspacePressed();
    void recognize();

    PinyinEngine *m_pinyin;
    const HandwritingRecognizer *m_recognizer = nullptr;
    Mode m_mode = Mode::Pinyin;
    QLabel *m_preedit = nullptr;
    QList<QPushButton *> m_candidateButtons;
    QPushButton *m_previousPage = nullptr;
    QPushButton *m_nextPage = nullptr;
    QPushButton *m_pinyinMode = nullptr;
    QPushButton *m_handwritingMode = nullptr;
    QStackedWidget *m_pages = nullptr;
    HandwritingPad *m_pad = nullptr;
    QLabel *m_padStatus = nullptr;
    QStringList m_handwritingCandidates;
};

} // namespace ui::kiosk
