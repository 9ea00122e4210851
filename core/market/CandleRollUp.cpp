#include "CandleRollUp.h"

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
        out.last().fold(c);
    }
    return out;
}

} // namespace kairos
