#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <cstdint>

namespace kairos {

// A candle width: a whole number of seconds. Buckets are aligned to the Unix
// epoch, so every finer bucket nests inside exactly one coarser bucket.
class Timeframe
{
public:
    constexpr Timeframe() = default;
    static constexpr Timeframe fromSeconds(std::int64_t seconds) { return Timeframe(seconds); }

    // 1s 1m 5m 15m 1h 4h 1d: what the engine builds for every symbol.
    static const QList<Timeframe> &standard();
    // Parses "60", "1m", "4h", "1d"; an invalid Timeframe when unknown.
    static Timeframe parse(const QString &text);

    constexpr bool isValid() const { return m_seconds > 0; }
    constexpr std::int64_t seconds() const { return m_seconds; }
    constexpr std::int64_t milliseconds() const { return m_seconds * 1000; }

    // floor(time / width) * width, correct for times before 1970 too.
    constexpr std::int64_t bucketStart(std::int64_t timeMs) const
    {
        const std::int64_t width = milliseconds();
        std::int64_t q = timeMs / width;
        if (timeMs % width != 0 && timeMs < 0)
            --q;
        return q * width;
    }

    QString label() const;

    constexpr auto operator<=>(const Timeframe &) const = default;

private:
    constexpr explicit Timeframe(std::int64_t seconds)
        : m_seconds(seconds)
    { }
    std::int64_t m_seconds = 0;
};

} // namespace kairos

Q_DECLARE_METATYPE(kairos::Timeframe)
