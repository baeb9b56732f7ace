#include "ledger/domain/PinVerifier.h"

#include "ledger/core/Enforce.h"

#include <sodium.h>

namespace ledger::domain {

PinVerifier makePinVerifier(QByteArrayView pepper, const Pseudonym &pseudonym, QStringView pin)
{
    GONGZHI_ENFORCE(pepper.size() == qsizetype(PepperSize), "a pepper is 32 bytes");
    static constexpr char Context[] = "gongzhi-pin-v1";
    const QByteArray pinBytes = pin.toUtf8();
    crypto_generichash_state st;
    crypto_generichash_init(&st, reinterpret_cast<const unsigned char *>(pepper.data()),
                            pepper.size(), PinVerifier::Size);
    crypto_generichash_update(&st, reinterpret_cast<const unsigned char *>(Context),
                              sizeof Context - 1);
    crypto_generichash_update(&st, pseudonym.data(), pseudonym.Size);
    crypto_generichash_update(&st, reinterpret_cast<const unsigned char *>(pinBytes.constData()),
                              std::size_t(pinBytes.size()));
    PinVerifier out;
    crypto_generichash_final(&st, out.data(), PinVerifier::Size);
    return out;
}

} // namespace ledger::domain
