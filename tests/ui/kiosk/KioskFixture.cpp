#include "tests/ui/kiosk/KioskFixture.h"

#include "ledger/crypto/KeyFile.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QWidget>

namespace tests::kiosk {

bool runCli(const QStringList &args, int timeoutMs, QString *log)
{
    QProcess p;
    p.setProgram(QStringLiteral(GONGZHI_CLI));
    p.setArguments(args);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start();
    const bool finished = p.waitForFinished(timeoutMs);
    if (!finished)
        p.kill();
    p.waitForFinished(5000);
    const bool ok = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!ok && log)
        *log = QString::fromUtf8(p.readAll());
    return ok;
}

std::vector<ledger::crypto::KeyPair> demoPersonKeys(const QString &dataDir)
{
    std::vector<ledger::crypto::KeyPair> keys;
    const QDir dir(dataDir + QStringLiteral("/keys"));
    for (const QString &name : dir.entryList({ QStringLiteral("person-*.key") }, QDir::Files)) {
        if (auto key = ledger::crypto::KeyFile::load(dir.filePath(name), QString()))
            keys.push_back(*key);
    }
    return keys;
}

void typeDigits(QWidget *root, const QString &keypad, const QString &digits)
{
    auto *pad = root->findChild<QWidget *>(keypad);
    if (!pad)
        return;
    for (QChar d : digits) {
        if (auto *key = pad->findChild<QAbstractButton *>(QStringLiteral("key%1Button").arg(d)))
            key->click();
    }
}

void signIn(QWidget *root, const QString &code, const QString &pin)
{
    typeDigits(root, QStringLiteral("residentCodeKeypad"), code);
    if (auto *next = root->findChild<QAbstractButton *>(QStringLiteral("codeNextButton")))
        next->click();
    typeDigits(root, QStringLiteral("residentPinKeypad"), pin);
    if (auto *ok = root->findChild<QAbstractButton *>(QStringLiteral("pinSubmitButton")))
        ok->click();
}

QString allText(QWidget *root)
{
    QStringList parts;
    for (auto *l : root->findChildren<QLabel *>())
        parts << l->text();
    for (auto *b : root->findChildren<QAbstractButton *>())
        parts << b->text();
    for (auto *e : root->findChildren<QPlainTextEdit *>())
        parts << e->toPlainText();
    return parts.join(u'\n');
}

} // namespace tests::kiosk
