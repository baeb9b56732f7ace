#include "app/cli/DataDir.h"

#include "ledger/crypto/KeyFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace app::cli {

using ledger::core::Error;
using ledger::core::ErrorCode;
using ledger::core::fail;

DataDir::DataDir(const QString &path)
    : m_dir(path)
{
}

bool DataDir::hasLedger() const
{
    return QFileInfo::exists(ledgerPath());
}

ledger::core::Status DataDir::prepareNew() const
{
    if (hasLedger())
        return fail(Error(ErrorCode::Conflict, QStringLiteral("a ledger already exists here"))
                        .inFile(path()));
    if (!m_dir.mkpath(QStringLiteral(".")) || !m_dir.mkpath(QStringLiteral("keys")))
        return fail(
            Error(ErrorCode::Io, QStringLiteral("cannot create the directory")).inFile(path()));
    return {};
}

ledger::core::Result<std::unique_ptr<ledger::store::BlockStore>>
DataDir::openStore(bool readOnly) const
{
    if (!hasLedger())
        return fail(
            Error(ErrorCode::NotFound,
                  QStringLiteral("no ledger in this data directory (run gongzhi-cli init first)"))
                .inFile(path()));
    return ledger::store::BlockStore::open(ledgerPath(), readOnly);
}

ledger::core::Result<ledger::crypto::KeyPair> DataDir::loadNodeKey() const
{
    return ledger::crypto::KeyFile::load(nodeKeyPath(), QString());
}

void addDataDirOption(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("data-dir"),
                       QCoreApplication::translate("DataDir", "The node's data directory."),
                       QStringLiteral("DIR") });
}

ledger::core::Result<DataDir> dataDirFrom(const QCommandLineParser &parser)
{
    const QString dir = parser.value(QStringLiteral("data-dir"));
    if (dir.isEmpty())
        return fail(ErrorCode::BadValue, QStringLiteral("--data-dir is required"),
                    QStringLiteral("--data-dir"));
    return DataDir(dir);
}

} // namespace app::cli
