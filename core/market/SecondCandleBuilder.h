#pragma once

#include "model/Candle.h"
#include "model/Tick.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>

namespace kairos {

// Turns one symbol's ticks into 1-second candles (bucket = floor(time/1s)).
// A tick inside the forming bucket updates it even when it arrives out of
// order (open and close follow event time, not arrival); a tick older than the
// forming bucket is late and dropped; a tick in a later bucket confirms the
// forming candle and starts the next. Seconds without ticks make no candle.
class SecondCandleBuilder
{
public:
    enum class Outcome { Updated, Started, Late, VolumeOverflow };

    // On Started, `confirmed` receives the candle the tick closed, if any.
    Outcome add(const Tick &tick, std::optional<Candle> &confirmed)
    {
        if (m_hasForming && tick.time >= m_forming.time && tick.time < m_formingEnd)
            return update(tick);
        if (tick.time < m_floor)
            return Outcome::Late;
        if (m_hasForming)
            confirmed = confirm();
        start(tick);
        return Outcome::Started;
    }

    // Confirms the forming candle when its bucket ends at or before `time`.
    std::optional<Candle> closeBefore(std::int64_t time);

    const Candle *forming() const { return m_hasForming ? &m_forming : nullptr; }
    // After a warm start: ticks before `time` belong to candles already kept.
    void raiseFloor(std::int64_t time) { m_floor = std::max(m_floor, time); }
    // After a warm start: the second that was forming when the session stopped.
    void restoreForming(const Candle &candle);

private:
    Outcome update(const Tick &tick);
    Candle confirm();
    void start(const Tick &tick);

    Candle m_forming;
    bool m_hasForming = false;
    std::int64_t m_formingEnd = 0;
    std::int64_t m_openTime = 0;
    std::int64_t m_closeTime = 0;
    // Ticks before this time are late: the start of the forming bucket, or the
    // end of the last confirmed one.
    std::int64_t m_floor = std::numeric_limits<std::int64_t>::min();
};

} // namespace kairos
