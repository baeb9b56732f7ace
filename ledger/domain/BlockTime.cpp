#include "ledger/domain/BlockTime.h"

namespace ledger::domain {

namespace {
// Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms", days_from_civil
// and civil_from_days: exact for the proleptic Gregorian calendar.
std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

CivilDate civilFromDays(std::int64_t z)
{
    z += 719468;
    const std::int64_t era = floorDiv(z, 146097);
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t y = yoe + era * 400;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
    const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
    return CivilDate { int(y + (m <= 2)), int(m), int(d) };
}

std::int64_t daysFromCivil(std::int64_t y, int m, int d)
{
    y -= m <= 2;
    const std::int64_t era = floorDiv(y, 400);
    const std::int64_t yoe = y - era * 400;
    const std::int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}
} // namespace

CivilDate chinaDate(std::int64_t unixMs)
{
    return civilFromDays(floorDiv(unixMs + ChinaOffsetMs, DayMs));
}

int monthPeriod(std::int64_t unixMs)
{
    const CivilDate d = chinaDate(unixMs);
    return d.year * 100 + d.month;
}

int yearPeriod(std::int64_t unixMs)
{
    return chinaDate(unixMs).year;
}

std::int64_t chinaMidnightMs(int year, int month, int day)
{
    return daysFromCivil(year, month, day) * DayMs - ChinaOffsetMs;
}

} // namespace ledger::domain
