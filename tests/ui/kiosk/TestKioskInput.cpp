// The kiosk's Chinese input engines on Debian's real data: librime's
// pinyin_simp and zinnia's simplified Chinese handwriting model.
#include "tests/support/TempDir.h"
#include "ui/kiosk/input/HandwritingPad.h"
#include "ui/kiosk/input/HandwritingRecognizer.h"
#include "ui/kiosk/input/NumericKeypad.h"
#include "ui/kiosk/input/OnScreenKeyboard.h"
#include "ui/kiosk/input/PinyinEngine.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace ui::kiosk;

class TestKioskInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pinyin_shequ_offersSheQuCandidate();
    void pinyin_choosingCommitsAndClearForgets();
    void pinyin_learnsNothing();
    void handwriting_strokesOfShi_recognizeShi();
    void handwriting_noStrokes_noCandidates();
    void keyboard_handwritingCandidateCommits();
    void keypad_masksPinAndStopsAtMaxLength();

private:
    tests::TempDir m_tmp;
    PinyinEngine *m_pinyin = nullptr;
    std::unique_ptr<HandwritingRecognizer> m_handwriting;
};

void TestKioskInput::initTestCase()
{
    m_pinyin = new PinyinEngine(m_tmp.file(QStringLiteral("rime")), this);
    QSignalSpy ready(m_pinyin, &PinyinEngine::ready);
    QSignalSpy failed(m_pinyin, &PinyinEngine::failed);
    m_pinyin->start();
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 90000);
    QVERIFY2(failed.isEmpty(), "RIME did not deploy pinyin_simp");
    QVERIFY(m_pinyin->isReady());
    m_handwriting = HandwritingRecognizer::open();
    QVERIFY2(m_handwriting, "the zinnia model is missing");
}

void TestKioskInput::pinyin_shequ_offersSheQuCandidate()
{
    m_pinyin->clear();
    for (char c : QByteArrayLiteral("shequ"))
        m_pinyin->typeLetter(c);
    QVERIFY(m_pinyin->isComposing());
    QVERIFY2(m_pinyin->candidates().contains(QStringLiteral("社区")),
             qPrintable(m_pinyin->candidates().join(u' ')));
}

void TestKioskInput::pinyin_choosingCommitsAndClearForgets()
{
    m_pinyin->clear();
    for (char c : QByteArrayLiteral("shequ"))
        m_pinyin->typeLetter(c);
    const int at = int(m_pinyin->candidates().indexOf(QStringLiteral("社区")));
    QVERIFY(at >= 0);
    QCOMPARE(m_pinyin->choose(at), QStringLiteral("社区"));
    QVERIFY(!m_pinyin->isComposing());
    for (char c : QByteArrayLiteral("lou"))
        m_pinyin->typeLetter(c);
    QVERIFY(!m_pinyin->candidates().isEmpty());
    m_pinyin->clear();
    QVERIFY(m_pinyin->preedit().isEmpty());
    QVERIFY(m_pinyin->candidates().isEmpty());
}

void TestKioskInput::pinyin_learnsNothing()
{
    // Whatever residents type must not be written to a user dictionary.
    m_pinyin->clear();
    for (char c : QByteArrayLiteral("louti"))
        m_pinyin->typeLetter(c);
    QVERIFY(!m_pinyin->choose(0).isEmpty());
    QDirIterator it(m_tmp.file(QStringLiteral("rime")), QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QVERIFY2(!path.contains(QStringLiteral(".userdb")), qPrintable(path));
    }
}

void TestKioskInput::handwriting_strokesOfShi_recognizeShi()
{
    // 十: a horizontal stroke, then a vertical one, in a 200 × 200 box.
    const QList<QPolygonF> strokes = {
        QPolygonF({ QPointF(20, 100), QPointF(100, 100), QPointF(180, 100) }),
        QPolygonF({ QPointF(100, 20), QPointF(100, 100), QPointF(100, 180) }),
    };
    const QStringList candidates = m_handwriting->recognize(strokes, QSizeF(200, 200));
    QVERIFY(candidates.size() >= 5);
    QCOMPARE(candidates.first(), QStringLiteral("十"));
}

void TestKioskInput::handwriting_noStrokes_noCandidates()
{
    QVERIFY(m_handwriting->recognize({}, QSizeF(200, 200)).isEmpty());
}

void TestKioskInput::keyboard_handwritingCandidateCommits()
{
    OnScreenKeyboard keyboard(m_pinyin);
    keyboard.setRecognizer(m_handwriting.get());
    keyboard.resize(800, 500);
    keyboard.setMode(OnScreenKeyboard::Mode::Handwriting);
    const QSizeF box = keyboard.pad()->box().size();
    keyboard.pad()->setStrokes({
        QPolygonF({ QPointF(box.width() * 0.1, box.height() / 2),
                    QPointF(box.width() * 0.9, box.height() / 2) }),
        QPolygonF({ QPointF(box.width() / 2, box.height() * 0.1),
                    QPointF(box.width() / 2, box.height() * 0.9) }),
    });
    auto *first = keyboard.findChild<QPushButton *>(QStringLiteral("candidate0Button"));
    QVERIFY(first);
    QCOMPARE(first->text(), QStringLiteral("十"));
    QSignalSpy committed(&keyboard, &OnScreenKeyboard::commit);
    first->click();
    QCOMPARE(committed.count(), 1);
    QCOMPARE(committed.first().at(0).toString(), QStringLiteral("十"));
    QVERIFY(keyboard.pad()->strokes().isEmpty());
}

void TestKioskInput::keypad_masksPinAndStopsAtMaxLength()
{
    NumericKeypad pad(6, true);
    auto *display = pad.findChild<QLabel *>(QStringLiteral("keypadDisplayLabel"));
    for (int i = 0; i < 8; ++i)
        pad.findChild<QPushButton *>(QStringLiteral("key%1Button").arg(i + 1))->click();
    QCOMPARE(pad.digits(), QStringLiteral("123456"));
    QVERIFY(!display->text().contains(u'1'));
    QCOMPARE(display->text().count(QChar(u'●')), 6);
    pad.findChild<QPushButton *>(QStringLiteral("keyBackspaceButton"))->click();
    QCOMPARE(pad.digits(), QStringLiteral("12345"));
    pad.clear();
    QVERIFY(pad.digits().isEmpty());
}

QTEST_MAIN(TestKioskInput)
#include "TestKioskInput.moc"
