#include "Timeframe.h"

#include <QDate>

#include <limits>

namespace kairos {

namespace {

constexpr std::int64_t DayMs = 86400 * 1000LL;
constexpr qint64 EpochJulianDay = 2440588; // 1970-01-01

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

std::int64_t saturatedMs(std::int64_t day)
{
    constexpr std::int64_t max = std::numeric_limits<std::int64_t>::max();
    constexpr std::int64_t min = std::numeric_limits<std::int64_t>::min();
    if (day > max / DayMs)
        return max;
    if (day < min / DayMs)
        return min;
    return day * DayMs;
}

} // namespace

std::int64_t Timeframe::monthStart(
    std::int64_t timeMs, std::int64_t multiple, std::int64_t step) const
{
    // QDate counts years without a year 0 and reaches ±2 billion years:
    // every millisecond an int64 holds is inside.
    const QDate date = QDate::fromJulianDay(floorDiv(timeMs, DayMs) + EpochJulianDay);
    const std::int64_t year = date.year() < 0 ? date.year() + 1 : date.year();
    const std::int64_t months = (m_seconds / MonthSeconds) * std::max<std::int64_t>(multiple, 1);
    const std::int64_t index
        = (floorDiv((year - 1970) * 12 + date.month() - 1, months) + step) * months;
    const std::int64_t startYear = 1970 + floorDiv(index, 12);
    // Past what an int64 of milliseconds holds (a width of absurdly many
    // months, from damaged settings): the ends of time.
    if (startYear < -300'000'000 || startYear > 300'000'000)
        return index < 0 ? std::numeric_limits<std::int64_t>::min()
                         : std::numeric_limits<std::int64_t>::max();
    const QDate first(int(startYear <= 0 ? startYear - 1 : startYear),
        int(index - floorDiv(index, 12) * 12) + 1, 1);
    return saturatedMs(first.toJulianDay() - EpochJulianDay);
}

std::int64_t Timeframe::nextBucket(std::int64_t timeMs, std::int64_t multiple) const
{
    if (isMonths())
        return monthStart(timeMs, multiple, 1);
    const std::int64_t start = bucketStart(timeMs, multiple);
    const std::int64_t width = milliseconds() * multiple;
    return start > std::numeric_limits<std::int64_t>::max() - width
        ? std::numeric_limits<std::int64_t>::max()
        : start + width;
}

bool Timeframe::nests(Timeframe finer) const
{
    if (!isValid() || !finer.isValid() || finer.m_seconds > m_seconds)
        return false;
    if (isMonths())
        return finer.isMonths() ? m_seconds % finer.m_seconds == 0 : 86400 % finer.m_seconds == 0;
    if (finer.isMonths() || m_seconds % finer.m_seconds != 0)
        return false;
    const bool weeks = m_seconds % WeekSeconds == 0;
    const bool finerWeeks = finer.m_seconds % WeekSeconds == 0;
    // Epoch-aligned buckets fit in Monday-aligned weeks when they fit the
    // four days between; the other way round they never line up.
    if (weeks == finerWeeks)
        return true;
    return weeks && (MondayOffsetMs / 1000) % finer.m_seconds == 0;
}

const QList<Timeframe> &Timeframe::standard()
{
    static const QList<Timeframe> list = {
        fromSeconds(1),
        fromSeconds(60),
        fromSeconds(300),
        fromSeconds(900),
        fromSeconds(3600),
        fromSeconds(14400),
        fromSeconds(86400),
        week(),
        month(),
    };
    return list;
}

Timeframe Timeframe::parse(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return {};
    std::int64_t unit = 1;
    QStringView number = t;
    if (t.endsWith(u"mo")) {
        unit = MonthSeconds;
        number.chop(2);
    } else {
        switch (t.back().unicode()) {
        case 's':
            number.chop(1);
            break;
        case 'm':
            unit = 60;
            number.chop(1);
            break;
        case 'h':
            unit = 3600;
            number.chop(1);
            break;
        case 'd':
            unit = 86400;
            number.chop(1);
            break;
        case 'w':
            unit = WeekSeconds;
            number.chop(1);
            break;
        default:
            break;
        }
    }
    bool ok = false;
    const qlonglong n = number.toLongLong(&ok);
    const std::int64_t limit = unit == MonthSeconds ? 12 : 366LL * 86400 / unit;
    if (!ok || n <= 0 || n > limit)
        return {};
    return fromSeconds(n * unit);
}

QString Timeframe::label() const
{
    if (isMonths())
        return QString::number(m_seconds / MonthSeconds) + QStringLiteral("mo");
    if (m_seconds % WeekSeconds == 0)
        return QString::number(m_seconds / WeekSeconds) + u'w';
    if (m_seconds % 86400 == 0)
        return QString::number(m_seconds / 86400) + u'd';
    if (m_seconds % 3600 == 0)
        return QString::number(m_seconds / 3600) + u'h';
    if (m_seconds % 60 == 0)
        return QString::number(m_seconds / 60) + u'm';
    return QString::number(m_seconds) + u's';
}

} // namespace kairos
