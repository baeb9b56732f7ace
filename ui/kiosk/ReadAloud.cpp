#include "ui/kiosk/ReadAloud.h"

#include <QTextToSpeech>

namespace ui::kiosk {

ReadAloud::ReadAloud(QObject *parent)
    : QObject(parent)
{
}

ReadAloud::~ReadAloud()
{
    if (m_speech)
        m_speech->stop();
}

void ReadAloud::start()
{
    if (m_speech || qEnvironmentVariableIsSet("GONGZHI_KIOSK_NO_SPEECH"))
        return;
    m_speech = new QTextToSpeech(this);
    connect(m_speech, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
        if (!m_available)
            checkVoices();
        Q_EMIT speakingChanged(state == QTextToSpeech::Speaking);
    });
    checkVoices();
}

void ReadAloud::checkVoices()
{
    if (!m_speech || m_speech->state() == QTextToSpeech::Error)
        return;
    for (const QLocale &locale : m_speech->availableLocales()) {
        if (locale.language() != QLocale::Chinese)
            continue;
        m_speech->setLocale(locale);
        if (m_speech->availableVoices().isEmpty())
            continue;
        // Slower than normal: easier to follow for elderly listeners.
        m_speech->setRate(-0.2);
        m_available = true;
        Q_EMIT availabilityChanged(true);
        return;
    }
}

bool ReadAloud::isSpeaking() const
{
    return m_speech && m_speech->state() == QTextToSpeech::Speaking;
}

void ReadAloud::say(const QString &text)
{
    if (m_available && !text.isEmpty())
        m_speech->say(text);
}

void ReadAloud::stop()
{
    if (m_speech)
        m_speech->stop();
}

} // namespace ui::kiosk
