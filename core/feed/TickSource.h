#pragma once

#include "model/Instrument.h"
#include "model/Tick.h"

namespace kairos {

// Ticks in time order for a replay, read a batch at a time so that an input
// of any size replays in bounded memory. What a replay must know before it
// starts (the instruments, the span of time) is known on construction.
// Reading may happen on another thread than construction, never on two.
class TickSource
{
public:
    virtual ~TickSource() = default;

    virtual InstrumentList instruments() const = 0;
    virtual qint64 firstTime() const = 0;
    virtual qint64 lastTime() const = 0;
    // Appends the next ticks, at most `max`, to `out`; false once none are left.
    virtual bool read(qsizetype max, QList<Tick> &out) = 0;
};

} // namespace kairos
