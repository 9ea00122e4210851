#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <optional>

namespace kairos {

// Event times are epoch milliseconds in UTC throughout Kairos.
namespace EventTime {

// Accepts epoch milliseconds ("1700000000123") or ISO 8601 dates and
// date-times ("2024-03-01", "2024-03-01T12:00:00.250Z", "...+02:00");
// a date-time without an offset is UTC. Only times of the years 1 to 9999
// are times: beyond them an epoch number is noise, and time arithmetic
// (a candle's end, a replay's span) could overflow.
std::optional<std::int64_t> parse(QByteArrayView text);
constexpr std::int64_t MinTime = -62'135'596'800'000; // 0001-01-01T00:00:00Z
constexpr std::int64_t MaxTime = 253'402'300'799'999; // 9999-12-31T23:59:59.999Z

// ISO 8601 with milliseconds in UTC, for logs and the UI.
QString toIso(std::int64_t timeMs);

} // namespace EventTime
} // namespace kairos
