#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace ui::kiosk {

// Pinyin input through librime (Debian's rime-data-pinyin-simp dictionary
// under the kiosk's own schema, gongzhi_pinyin): letters in, Chinese candidates out. RIME is one
// engine per process; its first use deploys the schema into `userDataDir`
// (a cache dir the kiosk can write), which takes seconds, so start() runs it
// on a worker thread and emits ready(). The user dictionary is switched off:
// what residents type must not be learned or stored. Typing calls are for the
// UI thread once ready() was emitted; before that they do nothing.
class PinyinEngine : public QObject
{
    Q_OBJECT
public:
    explicit PinyinEngine(QString userDataDir, QObject *parent = nullptr);
    ~PinyinEngine() override;

    void start();
    bool isReady() const { return m_session != 0; }

    void typeLetter(char letter); // a..z
    void backspace();
    void clear(); // forget the composition (idle reset)
    void nextPage();
    void previousPage();
    // Picks candidate `index` of the current page; returns the text RIME
    // commits (empty while part of the pinyin is still unconverted).
    QString choose(int index);

    QString preedit() const { return m_preedit; }
    QStringList candidates() const { return m_candidates; }
    bool hasMorePages() const { return m_morePages; }
    bool isComposing() const { return !m_preedit.isEmpty(); }

Q_SIGNALS:
    void ready();
    void failed(const QString &reason);
    void compositionChanged();

private:
    void refresh();
    QString takeCommit();
    QString m_userDataDir;
    std::uintptr_t m_session = 0;
    QString m_preedit;
    QStringList m_candidates;
    bool m_morePages = false;
};

} // namespace ui::kiosk
