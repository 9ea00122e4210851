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
// a date-time without an offset is UTC.
std::optional<std::int64_t> parse(QByteArrayView text);

// ISO 8601 with milliseconds in UTC, for logs and the UI.
QString toIso(std::int64_t timeMs);

} // namespace EventTime
} // namespace kairos
