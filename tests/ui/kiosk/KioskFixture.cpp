#include "tests/ui/kiosk/KioskFixture.h"

#include <QAbstractButton>
#include <QLabel>
#include <QPlainTextEdit>
#include <QWidget>

namespace tests::kiosk {

bool runCli(const QStringList &args, int timeoutMs, QString *log)
{
    return runProgram(QStringLiteral(GONGZHI_CLI), args, timeoutMs, log);
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
