#pragma once

#include "Decimal.h"
#include "Tick.h"
#include "Timeframe.h"
#include "Volume.h"

#include <QList>
#include <QMetaType>

#include <cstdint>

namespace kairos {

enum class CandleState : std::uint8_t {
    Forming, // its bucket is still open and it may change
    Confirmed // its bucket has closed; it never changes again
};

struct Candle
{
    std::int64_t time = 0; // bucket start, epoch milliseconds UTC
    Decimal open;
    Decimal high;
    Decimal low;
    Decimal close;
    Volume volume;
    std::uint32_t trades = 0;
    CandleState state = CandleState::Forming;

    bool operator==(const Candle &) const = default;

    // Folds a later candle of the same bucket (or a finer one inside it) into
    // this one. Returns false when the volume would overflow; it then stays at
    // the largest representable value and the caller counts the event.
    bool merge(const Candle &later);
    // Folds a later candle of the same run whatever its trades (a file's
    // candles may count none, which merge() takes for an empty bucket); a
    // volume beyond the largest saturates.
    void fold(const Candle &later);
};

using CandleList = QList<Candle>;

// The spacing of a series read from a file: the smallest positive step
// between consecutive candles, 0 with fewer than two.
std::int64_t candleSpacing(const CandleList &candles);
// The standard timeframe a series read from a file is of: its spacing, or the
// month when every candle starts on the first of a month and the spacing is
// a month's; invalid for anything else.
Timeframe candleTimeframe(const CandleList &candles);

// Four trades that rebuild the candle exactly: the open, the extreme the
// candle reached first (the low for a rising candle), the other extreme, and
// the close, spread over its `width` ms; the volume split between them to the
// unit. How a candles file is replayed or backtested. A volume too large for
// one trade each is traded as several at each price, at most MaxCandleTicks
// in all; a volume above maxCandleVolume() (about 6·10^15 units, a month of
// the busiest meme coin) appends nothing and returns false.
constexpr std::uint32_t MaxCandleTicks = 65536;
Volume maxCandleVolume();
bool appendCandleTicks(const Candle &candle, std::int64_t width, QList<Tick> &out);

} // namespace kairos

Q_DECLARE_METATYPE(kairos::Candle)
