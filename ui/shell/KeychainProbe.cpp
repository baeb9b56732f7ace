#include "ui/shell/KeychainProbe.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

namespace ui {

KeychainProbe::KeychainProbe(QObject *parent)
    : QObject(parent)
{
}

void KeychainProbe::start(int timeoutMs)
{
    auto *job = new QKeychain::ReadPasswordJob(QStringLiteral("gongzhi"), this);
    job->setAutoDelete(true);
    job->setKey(QStringLiteral("keychain-probe"));
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *j) {
        // A missing entry is an answer from a working keychain.
        finish(j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound);
    });
    QTimer::singleShot(timeoutMs, this, [this] { finish(false); });
    job->start();
}

void KeychainProbe::finish(bool available)
{
    if (std::exchange(m_done, true))
        return;
    Q_EMIT finished(available);
    deleteLater();
}

} // namespace ui
