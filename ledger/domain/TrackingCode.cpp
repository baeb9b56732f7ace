#include "ledger/domain/TrackingCode.h"

#include "ledger/crypto/Sha256.h"

namespace ledger::domain::tracking {

namespace {
constexpr std::uint32_t BodyModulus = 10'000'000;

// Damm's algorithm: a quasigroup check digit that detects all single-digit
// errors and all adjacent transpositions.
constexpr int Damm[10][10] = { { 0, 3, 1, 7, 5, 9, 8, 6, 4, 2 }, { 7, 0, 9, 2, 1, 5, 4, 8, 6, 3 },
                               { 4, 2, 0, 6, 8, 7, 1, 3, 5, 9 }, { 1, 7, 5, 0, 9, 8, 3, 4, 2, 6 },
                               { 6, 1, 2, 3, 0, 4, 5, 9, 7, 8 }, { 3, 6, 7, 4, 2, 0, 9, 5, 8, 1 },
                               { 5, 8, 6, 9, 7, 2, 0, 1, 3, 4 }, { 8, 9, 4, 5, 3, 6, 2, 0, 1, 7 },
                               { 9, 4, 3, 8, 6, 1, 7, 2, 0, 5 }, { 2, 5, 8, 1, 4, 3, 6, 7, 9, 0 } };

int checkDigit(QStringView digits)
{
    int interim = 0;
    for (QChar c : digits)
        interim = Damm[interim][c.unicode() - u'0'];
    return interim;
}
} // namespace

std::uint32_t candidate(const chain::TxId &txId, int attempt)
{
    crypto::Sha256 h;
    const std::uint8_t a = std::uint8_t(attempt);
    h.update(txId.view()).update(&a, 1);
    const crypto::Digest d = h.finish();
    const std::uint32_t v = (std::uint32_t(d.data()[0]) << 24) | (std::uint32_t(d.data()[1]) << 16)
        | (std::uint32_t(d.data()[2]) << 8) | std::uint32_t(d.data()[3]);
    return v % BodyModulus;
}

QString format(std::uint32_t code)
{
    QString body = QStringLiteral("%1").arg(code % BodyModulus, Digits - 1, 10, QLatin1Char('0'));
    return body + QChar(u'0' + checkDigit(body));
}

std::optional<std::uint32_t> parse(QStringView typed)
{
    if (typed.size() != Digits)
        return std::nullopt;
    for (QChar c : typed) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    if (checkDigit(typed) != 0)
        return std::nullopt;
    return typed.left(Digits - 1).toUInt();
}

} // namespace ledger::domain::tracking
