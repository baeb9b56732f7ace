#include "ledger/state/ResidentRegistry.h"

#include "ledger/domain/PinVerifier.h"
#include "ledger/state/Sql.h"

#include <QAtomicInt>
#include <QSqlError>

#include <sodium.h>

namespace ledger::state {

using core::ErrorCode;
using core::fail;

namespace {
QAtomicInt s_connections;

QByteArray randomBytes(std::size_t n)
{
    QByteArray out(qsizetype(n), '\0');
    randombytes_buf(out.data(), n);
    return out;
}

bool isPin(QStringView pin)
{
    if (pin.size() != 6)
        return false;
    for (QChar c : pin) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}
} // namespace

struct ResidentRegistry::Impl {
    QString path;
    QString connection;
    QByteArray key; // wiped in the destructor
    QByteArray indexKey;
    QByteArray pepper;
    std::uint32_t orgId = 0;

    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }

    // nonce[24] | secretbox("field|pseudonym-hex|value")
    QByteArray seal(const char *field, const QByteArray &subject, const QString &value) const
    {
        const QByteArray plain = QByteArray(field) + '|' + subject.toHex() + '|' + value.toUtf8();
        QByteArray out = randomBytes(crypto_secretbox_NONCEBYTES);
        out.resize(out.size() + qsizetype(crypto_secretbox_MACBYTES) + plain.size());
        crypto_secretbox_easy(
            reinterpret_cast<unsigned char *>(out.data()) + crypto_secretbox_NONCEBYTES,
            reinterpret_cast<const unsigned char *>(plain.constData()), std::size_t(plain.size()),
            reinterpret_cast<const unsigned char *>(out.constData()),
            reinterpret_cast<const unsigned char *>(key.constData()));
        return out;
    }

    core::Result<QString> open(const char *field, const QByteArray &subject,
                               const QByteArray &sealed) const
    {
        const qsizetype overhead
            = qsizetype(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES);
        if (sealed.size() < overhead)
            return fail(ErrorCode::Corrupt, QStringLiteral("sealed field too short"),
                        QString::fromLatin1(field));
        QByteArray plain(sealed.size() - overhead, '\0');
        if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()),
                                       reinterpret_cast<const unsigned char *>(sealed.constData())
                                           + crypto_secretbox_NONCEBYTES,
                                       std::size_t(sealed.size()) - crypto_secretbox_NONCEBYTES,
                                       reinterpret_cast<const unsigned char *>(sealed.constData()),
                                       reinterpret_cast<const unsigned char *>(key.constData()))
            != 0)
            return fail(ErrorCode::BadKey,
                        QStringLiteral("cannot open a sealed field (wrong registry key?)"),
                        QString::fromLatin1(field));
        const QByteArray prefix = QByteArray(field) + '|' + subject.toHex() + '|';
        if (!plain.startsWith(prefix))
            return fail(ErrorCode::Corrupt,
                        QStringLiteral("sealed field belongs to another row or column"),
                        QString::fromLatin1(field));
        const QString value = QString::fromUtf8(plain.mid(prefix.size()));
        sodium_memzero(plain.data(), std::size_t(plain.size()));
        return value;
    }

    QByteArray blindIndex(const char *what, const QString &value) const
    {
        const QByteArray in = QByteArray(what) + '|' + value.toUtf8();
        QByteArray out(32, '\0');
        crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), 32,
                           reinterpret_cast<const unsigned char *>(in.constData()),
                           std::size_t(in.size()),
                           reinterpret_cast<const unsigned char *>(indexKey.constData()),
                           std::size_t(indexKey.size()));
        return out;
    }
};

ResidentRegistry::~ResidentRegistry()
{
    if (!d)
        return;
    sodium_memzero(d->key.data(), std::size_t(d->key.size()));
    sodium_memzero(d->indexKey.data(), std::size_t(d->indexKey.size()));
    sodium_memzero(d->pepper.data(), std::size_t(d->pepper.size()));
    const QString name = d->connection;
    {
        QSqlDatabase db = d->db();
        if (db.isOpen())
            db.close();
    }
    d.reset();
    QSqlDatabase::removeDatabase(name);
}

core::Result<std::unique_ptr<ResidentRegistry>>
ResidentRegistry::open(const QString &path, QByteArrayView key, std::uint32_t orgId,
                       std::optional<QByteArray> pepper)
{
    if (key.size() != qsizetype(KeySize))
        return fail(ErrorCode::BadKey, QStringLiteral("the registry key is 32 bytes"));
    if (sodium_init() < 0)
        return fail(ErrorCode::Unavailable, QStringLiteral("libsodium failed to initialize"));
    std::unique_ptr<ResidentRegistry> r(new ResidentRegistry);
    r->d = std::make_unique<Impl>();
    Impl &d = *r->d;
    d.path = path;
    d.orgId = orgId;
    d.key = key.toByteArray();
    d.indexKey = QByteArray(32, '\0');
    // A separate subkey for blind indexes (libsodium KDF, context "gzregidx").
    crypto_kdf_derive_from_key(reinterpret_cast<unsigned char *>(d.indexKey.data()), 32, 1,
                               "gzregidx",
                               reinterpret_cast<const unsigned char *>(d.key.constData()));
    d.connection = QStringLiteral("gongzhi-registry-%1").arg(s_connections.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d.connection);
    db.setDatabaseName(path);
    if (!db.open())
        return fail(core::Error(ErrorCode::Io, db.lastError().text()).inFile(path));
    try {
        // No WAL and secure_delete: a deleted resident leaves no old page behind.
        execSql(db, QStringLiteral("PRAGMA journal_mode=DELETE"));
        execSql(db, QStringLiteral("PRAGMA secure_delete=ON"));
        execSql(db, QStringLiteral("PRAGMA synchronous=FULL"));
        execSql(db,
                QStringLiteral(
                    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB NOT NULL)"));
        execSql(db,
                QStringLiteral("CREATE TABLE IF NOT EXISTS residents (pseudonym BLOB PRIMARY KEY,"
                               " code_index BLOB NOT NULL UNIQUE, id_index BLOB NOT NULL UNIQUE, "
                               "pin_verifier BLOB NOT NULL,"
                               " name BLOB NOT NULL, id_number BLOB NOT NULL, phone BLOB NOT NULL, "
                               "address BLOB NOT NULL)"));
        execSql(db,
                QStringLiteral("CREATE TABLE IF NOT EXISTS attempts (code_index BLOB PRIMARY KEY,"
                               " failures INTEGER NOT NULL, locked_until INTEGER NOT NULL)"));
        Stmt q(db, QStringLiteral("SELECT value FROM meta WHERE key = 'pepper'"));
        q.exec();
        if (q.next()) {
            const QByteArray sealed = q.blob(0);
            q.finish();
            auto opened = d.open("pepper", QByteArray(), sealed);
            if (!opened)
                return fail(opened.error().inFile(path));
            d.pepper = QByteArray::fromHex(opened->toLatin1());
        } else {
            q.finish();
            d.pepper = pepper.value_or(randomBytes(domain::PepperSize));
            if (d.pepper.size() != qsizetype(domain::PepperSize))
                return fail(ErrorCode::BadValue, QStringLiteral("a pepper is 32 bytes"));
            Stmt(db, QStringLiteral("INSERT INTO meta (key, value) VALUES ('pepper', ?)"))
                .args(d.seal("pepper", QByteArray(), QString::fromLatin1(d.pepper.toHex())))
                .exec();
        }
    } catch (const SqlFailure &e) {
        return fail(core::Error(ErrorCode::Io, QString::fromStdString(e.what())).inFile(path));
    }
    return r;
}

core::Result<ResidentRegistry::Enrolment> ResidentRegistry::enrol(const Details &details,
                                                                  QStringView pin)
{
    domain::Pseudonym p;
    randombytes_buf(p.data(), p.Size);
    const QString code = QStringLiteral("%1%2")
                             .arg(d->orgId % 100, 2, 10, QLatin1Char('0'))
                             .arg(randombytes_uniform(100'000'000), 8, 10, QLatin1Char('0'));
    return import(details, p, code, pin);
}

core::Result<ResidentRegistry::Enrolment>
ResidentRegistry::import(const Details &details, const domain::Pseudonym &pseudonym,
                         const QString &residentCode, QStringView pin)
{
    if (!isPin(pin))
        return fail(ErrorCode::BadValue, QStringLiteral("a PIN is 6 digits"),
                    QStringLiteral("pin"));
    if (details.name.trimmed().isEmpty() || details.idNumber.trimmed().isEmpty())
        return fail(ErrorCode::BadValue, QStringLiteral("name and ID number are required"));
    const QByteArray subject = pseudonym.toByteArray();
    const auto verifier = domain::makePinVerifier(d->pepper, pseudonym, pin);
    try {
        Stmt(d->db(),
             QStringLiteral("INSERT INTO residents (pseudonym, code_index, id_index, pin_verifier, "
                            "name, id_number,"
                            " phone, address) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
            .args(subject, d->blindIndex("code", residentCode),
                  d->blindIndex("id", details.idNumber.trimmed().toUpper()), verifier.toByteArray(),
                  d->seal("name", subject, details.name),
                  d->seal("id_number", subject, details.idNumber),
                  d->seal("phone", subject, details.phone),
                  d->seal("address", subject, details.address))
            .exec();
    } catch (const SqlFailure &e) {
        return fail(ErrorCode::Conflict,
                    QStringLiteral("already registered (ID number, code or pseudonym): %1")
                        .arg(QString::fromStdString(e.what())));
    }
    return Enrolment { pseudonym, residentCode, verifier };
}

core::Result<ResidentRegistry::Details>
ResidentRegistry::details(const domain::Pseudonym &pseudonym) const
{
    const QByteArray subject = pseudonym.toByteArray();
    try {
        Stmt q(d->db(),
               QStringLiteral(
                   "SELECT name, id_number, phone, address FROM residents WHERE pseudonym = ?"));
        q.args(subject).exec();
        if (!q.next())
            return fail(ErrorCode::NotFound, QStringLiteral("no such resident in this registry"));
        Details out;
        out.name = GONGZHI_TRY(d->open("name", subject, q.blob(0)));
        out.idNumber = GONGZHI_TRY(d->open("id_number", subject, q.blob(1)));
        out.phone = GONGZHI_TRY(d->open("phone", subject, q.blob(2)));
        out.address = GONGZHI_TRY(d->open("address", subject, q.blob(3)));
        return out;
    } catch (const SqlFailure &e) {
        return fail(ErrorCode::Io, QString::fromStdString(e.what()));
    }
}

core::Result<domain::Pseudonym> ResidentRegistry::findByIdNumber(const QString &idNumber) const
{
    try {
        Stmt q(d->db(), QStringLiteral("SELECT pseudonym FROM residents WHERE id_index = ?"));
        q.args(d->blindIndex("id", idNumber.trimmed().toUpper())).exec();
        if (!q.next())
            return fail(ErrorCode::NotFound, QStringLiteral("no resident with this ID number"));
        return *domain::Pseudonym::fromBytes(q.blob(0));
    } catch (const SqlFailure &e) {
        return fail(ErrorCode::Io, QString::fromStdString(e.what()));
    }
}

core::Result<domain::Pseudonym> ResidentRegistry::verifyPin(const QString &residentCode,
                                                            QStringView pin, std::int64_t nowMs)
{
    const QByteArray codeIndex = d->blindIndex("code", residentCode);
    try {
        Stmt a(d->db(),
               QStringLiteral("SELECT failures, locked_until FROM attempts WHERE code_index = ?"));
        a.args(codeIndex).exec();
        const bool seen = a.next();
        const std::int64_t failures = seen ? a.integer(0) : 0;
        const std::int64_t lockedUntil = seen ? a.integer(1) : 0;
        a.finish();
        if (nowMs < lockedUntil)
            return fail(ErrorCode::Unavailable,
                        QStringLiteral("too many wrong PINs; try again later"));
        Stmt q(
            d->db(),
            QStringLiteral("SELECT pseudonym, pin_verifier FROM residents WHERE code_index = ?"));
        q.args(codeIndex).exec();
        const bool known = q.next();
        const auto pseudonym
            = known ? *domain::Pseudonym::fromBytes(q.blob(0)) : domain::Pseudonym();
        const QByteArray stored = known ? q.blob(1) : QByteArray();
        q.finish();
        bool ok = false;
        if (known && isPin(pin)) {
            const auto v = domain::makePinVerifier(d->pepper, pseudonym, pin);
            ok = stored.size() == qsizetype(v.Size)
                && sodium_memcmp(stored.constData(), v.constData(), v.Size) == 0;
        }
        if (ok) {
            Stmt(d->db(), QStringLiteral("DELETE FROM attempts WHERE code_index = ?"))
                .args(codeIndex)
                .exec();
            return pseudonym;
        }
        // Unknown codes count too, so guessing codes is as slow as guessing PINs.
        const std::int64_t n = failures + 1;
        const std::int64_t until
            = n < MaxFailures ? 0 : nowMs + (LockMs << qMin<std::int64_t>(n - MaxFailures, 10));
        Stmt(d->db(),
             QStringLiteral("INSERT OR REPLACE INTO attempts (code_index, failures, locked_until) "
                            "VALUES (?, ?, ?)"))
            .args(codeIndex, n, until)
            .exec();
        return fail(ErrorCode::NotFound, QStringLiteral("wrong resident code or PIN"));
    } catch (const SqlFailure &e) {
        return fail(ErrorCode::Io, QString::fromStdString(e.what()));
    }
}

core::Result<std::int64_t> ResidentRegistry::lockedCodes(std::int64_t nowMs) const
{
    try {
        Stmt q(d->db(), QStringLiteral("SELECT count(*) FROM attempts WHERE locked_until > ?"));
        q.args(nowMs).exec();
        return q.next() ? q.integer(0) : 0;
    } catch (const SqlFailure &e) {
        return fail(ErrorCode::Io, QString::fromStdString(e.what()));
    }
}

core::Result<std::int64_t> ResidentRegistry::unlockAll(std::int64_t nowMs)
{
    const std::int64_t locked = GONGZHI_TRY(lockedCodes(nowMs));
    try {
        Stmt(d->db(), QStringLiteral("DELETE FROM attempts")).exec();
    } catch (const SqlFailure &e) {
        return fail(ErrorCode::Io, QString::fromStdString(e.what()));
    }
    return locked;
}

core::Result<domain::PinVerifier> ResidentRegistry::changePin(const domain::Pseudonym &pseudonym,
                                                              QStringView pin)
{
    if (!isPin(pin))
        return fail(ErrorCode::BadValue, QStringLiteral("a PIN is 6 digits"),
                    QStringLiteral("pin"));
    const auto v = domain::makePinVerifier(d->pepper, pseudonym, pin);
    try {
        Stmt u(d->db(),
               QStringLiteral("UPDATE residents SET pin_verifier = ? WHERE pseudonym = ?"));
        u.args(v.toByteArray(), pseudonym.toByteArray()).exec();
        if (u.rowsAffected() != 1)
            return fail(ErrorCode::NotFound, QStringLiteral("no such resident in this registry"));
    } catch (const SqlFailure &e) {
        return fail(ErrorCode::Io, QString::fromStdString(e.what()));
    }
    return v;
}

core::Status ResidentRegistry::remove(const domain::Pseudonym &pseudonym)
{
    try {
        Stmt u(d->db(), QStringLiteral("DELETE FROM residents WHERE pseudonym = ?"));
        u.args(pseudonym.toByteArray()).exec();
        if (u.rowsAffected() != 1)
            return fail(ErrorCode::NotFound, QStringLiteral("no such resident in this registry"));
        // Reclaim the freed pages too, so no copy of the sealed fields survives in the file.
        execSql(d->db(), QStringLiteral("VACUUM"));
    } catch (const SqlFailure &e) {
        return fail(ErrorCode::Io, QString::fromStdString(e.what()));
    }
    return {};
}

std::int64_t ResidentRegistry::count() const
{
    try {
        return Stmt(d->db(), QStringLiteral("SELECT COUNT(*) FROM residents")).scalar(0);
    } catch (const SqlFailure &) {
        return -1;
    }
}

} // namespace ledger::state
