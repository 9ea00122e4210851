#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <cstdint>

namespace kairos {

// A candle width. Widths of seconds, minutes, hours and days are aligned to
// the Unix epoch; whole weeks start on Monday and whole months on the first
// of the month, both in UTC. So every finer bucket of the standard set nests
// inside exactly one coarser bucket (a week in no month, though: weeks and
// months are both built from days). A width is stored and compared as its
// seconds: a month counts as the mean Gregorian month, 2,629,746 s, which
// no width of days takes, so the number alone says which calendar applies.
class Timeframe
{
public:
    static constexpr std::int64_t WeekSeconds = 7 * 86400;
    static constexpr std::int64_t MonthSeconds = 2629746;

    constexpr Timeframe() = default;
    static constexpr Timeframe fromSeconds(std::int64_t seconds) { return Timeframe(seconds); }
    static constexpr Timeframe week() { return Timeframe(WeekSeconds); }
    static constexpr Timeframe month() { return Timeframe(MonthSeconds); }

    // 1s 1m 5m 15m 1h 4h 1d 1w 1mo: what the engine builds for every symbol.
    static const QList<Timeframe> &standard();
    // Parses "60", "1m", "4h", "1d", "1w", "1mo"; an invalid Timeframe when unknown.
    static Timeframe parse(const QString &text);

    constexpr bool isValid() const { return m_seconds > 0; }
    // The nominal width: a month's is its mean length, not any month's.
    constexpr std::int64_t seconds() const { return m_seconds; }
    constexpr std::int64_t milliseconds() const { return m_seconds * 1000; }
    constexpr bool isMonths() const { return m_seconds > 0 && m_seconds % MonthSeconds == 0; }

    // The start of the bucket holding `timeMs`, correct before 1970 too. With
    // a `multiple`, the bucket of that many widths: a chart's column of
    // several candles, aligned so that panning keeps whole columns.
    std::int64_t bucketStart(std::int64_t timeMs, std::int64_t multiple = 1) const
    {
        if (isMonths())
            return monthStart(timeMs, multiple, 0);
        const std::int64_t width = milliseconds() * multiple;
        const std::int64_t offset = m_seconds % WeekSeconds == 0 ? MondayOffsetMs : 0;
        return timeMs - floorMod(floorMod(timeMs, width) - offset, width);
    }
    // The start of the bucket after the one holding `timeMs` (saturates at
    // the largest time).
    std::int64_t nextBucket(std::int64_t timeMs, std::int64_t multiple = 1) const;

    // Whether every bucket of `finer` lies inside one bucket of this width:
    // what a roll-up of finer candles into these needs.
    bool nests(Timeframe finer) const;

    QString label() const;

    constexpr auto operator<=>(const Timeframe &) const = default;

private:
    // 1970-01-05, the first Monday after the epoch.
    static constexpr std::int64_t MondayOffsetMs = 4 * 86400 * 1000LL;

    constexpr explicit Timeframe(std::int64_t seconds)
        : m_seconds(seconds)
    { }
    static constexpr std::int64_t floorMod(std::int64_t a, std::int64_t b)
    {
        const std::int64_t r = a % b;
        return r < 0 ? r + b : r;
    }
    // The first of the month `step` whole months (`multiple` of this width's)
    // after the one holding `timeMs`.
    std::int64_t monthStart(std::int64_t timeMs, std::int64_t multiple, std::int64_t step) const;

    std::int64_t m_seconds = 0;
};

} // namespace kairos

Q_DECLARE_METATYPE(kairos::Timeframe)
