#pragma once

#include <QObject>
#include <QString>

class QTextToSpeech;

namespace ui::kiosk {

// "Read aloud" (朗读) through Qt TextToSpeech (speech-dispatcher + espeak-ng
// on Debian). Available only when the engine has a Chinese (Mandarin) voice;
// the kiosk hides its button otherwise. The engine is created after the
// window is up: connecting to speech-dispatcher may take a moment.
class ReadAloud : public QObject
{
    Q_OBJECT
public:
    explicit ReadAloud(QObject *parent = nullptr);
    ~ReadAloud() override;

    void start();
    bool isAvailable() const { return m_available; }
    bool isSpeaking() const;
    void say(const QString &text);
    void stop();

Q_SIGNALS:
    void availabilityChanged(bool available);
    void speakingChanged(bool speaking);

private:
    void checkVoices();
    QTextToSpeech *m_speech = nullptr;
    bool m_available = false;
};

} // namespace ui::kiosk
