#include "app/cli/Output.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace app::cli {

Output::Output()
    : m_out(stdout)
    , m_err(stderr)
    , m_tty(isatty(fileno(stderr)) != 0)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

void Output::line(const QString &text)
{
    m_out << text << '\n';
    m_out.flush();
}

void Output::error(const QString &text)
{
    endProgress();
    m_err << "gongzhi-cli: " << QCoreApplication::translate("Output", "error") << ": " << text
          << '\n';
    m_err.flush();
}

void Output::error(const ledger::core::Error &e)
{
    error(describe(e));
}

void Output::progress(const QString &text)
{
    if (!m_tty)
        return;
    m_err << '\r' << text << "\x1b[K";
    m_err.flush();
    m_progressShown = true;
}

void Output::endProgress()
{
    if (m_progressShown) {
        m_err << '\n';
        m_err.flush();
        m_progressShown = false;
    }
}

QString describe(const ledger::core::Error &e)
{
    QStringList where;
    if (e.height)
        where << QCoreApplication::translate("Output", "block %1").arg(*e.height);
    if (!e.txId.isEmpty())
        where << QCoreApplication::translate("Output", "transaction %1")
                     .arg(QString::fromLatin1(e.txId.toHex()));
    if (!e.file.isEmpty())
        where << QCoreApplication::translate("Output", "file %1").arg(e.file);
    if (!e.field.isEmpty())
        where << QCoreApplication::translate("Output", "field %1").arg(e.field);
    const QString detail
        = e.detail.isEmpty() ? QString::fromLatin1(ledger::core::errorCodeName(e.code)) : e.detail;
    if (where.isEmpty())
        return detail;
    return where.join(QStringLiteral(", ")) + QStringLiteral(": ") + detail;
}

} // namespace app::cli
