#pragma once

#include "ledger/core/Result.h"
#include "ledger/domain/Types.h"

#include <QString>

#include <memory>
#include <optional>

namespace ledger::state {

// The registering organization's local resident registry (docs/privacy.md):
// the only place where a resident's name, ID number, phone and address exist.
// One SQLite file per node, never replicated. Every personal field is sealed
// with libsodium crypto_secretbox (XSalsa20-Poly1305) under the 32-byte
// registry key the caller passes in (the app keeps it in QtKeychain); the
// plaintext binds field name and pseudonym, so sealed values cannot be moved
// between rows or columns. Lookups by resident code or ID number go through
// keyed BLAKE2b "blind indexes". The PIN pepper is generated here, stored
// sealed, and never leaves this object.
//
// Deleting a resident removes the row with secure_delete on and no WAL, so
// the link between pseudonym and person is gone for good; the pseudonymous
// ledger history stays valid.
//
// Errors: BadKey (wrong registry key), NotFound, Conflict (ID number already
// registered), Unavailable (PIN entry locked), BadValue (malformed PIN), Io.
// Not thread-safe; one thread.
class ResidentRegistry
{
public:
    static constexpr std::size_t KeySize = 32;
    static constexpr int MaxFailures = 5; // then locked
    static constexpr std::int64_t LockMs = 15 * 60 * 1000; // doubling on each further failure

    struct Details {
        QString name;
        QString idNumber;
        QString phone;
        QString address;
        friend bool operator==(const Details &, const Details &) = default;
    };

    // What goes on the ledger (ResidentEnrolled) and what the resident is given.
    struct Enrolment {
        domain::Pseudonym pseudonym;
        QString residentCode; // 10 digits: 2-digit org id + 8 random digits
        domain::PinVerifier pinVerifier;
    };

    ~ResidentRegistry();
    // `pepper`: only for importing a demo community; a new registry otherwise
    // draws its own 32 random bytes. An existing registry keeps its pepper.
    static core::Result<std::unique_ptr<ResidentRegistry>>
    open(const QString &path, QByteArrayView key, std::uint32_t orgId,
         std::optional<QByteArray> pepper = std::nullopt);

    // A new resident with a random pseudonym and code. PINs are 6 digits.
    core::Result<Enrolment> enrol(const Details &details, QStringView pin);
    // A resident whose pseudonym and code were chosen elsewhere (demo import).
    core::Result<Enrolment> import(const Details &details, const domain::Pseudonym &pseudonym,
                                   const QString &residentCode, QStringView pin);
    core::Result<Details> details(const domain::Pseudonym &pseudonym) const;
    core::Result<domain::Pseudonym> findByIdNumber(const QString &idNumber) const;
    // The kiosk's check. After MaxFailures wrong PINs for a code, the code is
    // locked for LockMs (then twice as long after each further failure);
    // `nowMs` is the kiosk's clock (local rate limiting, not ledger state).
    core::Result<domain::Pseudonym> verifyPin(const QString &residentCode, QStringView pin,
                                              std::int64_t nowMs);
    // Codes locked at `nowMs` by wrong PINs (the staff screen shows the count).
    core::Result<std::int64_t> lockedCodes(std::int64_t nowMs) const;
    // Staff only (the kiosk's staff screen): forgets every code's wrong-PIN
    // history, so locked codes work again at once. Returns how many codes had
    // a lock in force.
    core::Result<std::int64_t> unlockAll(std::int64_t nowMs);
    // A new verifier for ResidentPinChanged.
    core::Result<domain::PinVerifier> changePin(const domain::Pseudonym &pseudonym,
                                                QStringView pin);
    core::Status remove(const domain::Pseudonym &pseudonym);
    std::int64_t count() const;

private:
    ResidentRegistry() = default;
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace ledger::state
