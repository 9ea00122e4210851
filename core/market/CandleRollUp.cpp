#include "CandleRollUp.h"

#include <algorithm>

namespace kairos {

CandleList rollUp(const CandleList &finer, Timeframe coarser)
{
    CandleList out;
    for (const Candle &c : finer) {
        const std::int64_t start = coarser.bucketStart(c.time);
        if (out.isEmpty() || out.constLast().time != start) {
            Candle open = c;
            open.time = start;
            open.state = CandleState::Confirmed;
            out.append(open);
            continue;
        }
        Candle &open = out.last();
        open.high = std::max(open.high, c.high);
        open.low = std::min(open.low, c.low);
        open.close = c.close;
        open.trades += c.trades;
        if (!open.volume.tryAdd(c.volume))
            open.volume = Volume::max();
    }
    return out;
}

} // namespace kairos
