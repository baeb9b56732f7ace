#pragma once

#include <cstdint>

namespace ledger::domain {

// Calendar arithmetic on block timestamps, identical on every node: pure
// integer maths with the fixed China Standard Time offset (UTC+8, no DST, no
// time-zone database), so that "this month" never depends on a PC's settings.
constexpr std::int64_t DayMs = 24LL * 3600 * 1000;
constexpr std::int64_t ChinaOffsetMs = 8LL * 3600 * 1000;

struct CivilDate {
    int year = 1970;
    int month = 1; // 1..12
    int day = 1; // 1..31
};

// The civil date in UTC+8 of a Unix time in milliseconds.
CivilDate chinaDate(std::int64_t unixMs);
// Scoring period of a timestamp: year * 100 + month (e.g. 202611).
int monthPeriod(std::int64_t unixMs);
// Year period: the year (e.g. 2026). All-time totals use period 0.
int yearPeriod(std::int64_t unixMs);
// Unix ms of 00:00 UTC+8 on the given civil date.
std::int64_t chinaMidnightMs(int year, int month, int day);

} // namespace ledger::domain
