#pragma once

#include "TickCsvReader.h"
#include "TickSource.h"

namespace kairos {

// Ticks held in memory, put in time order (a stable sort, so trades of one
// millisecond keep their order): for inputs that are small or out of order.
class TickListSource : public TickSource
{
public:
    explicit TickListSource(TickFile file);

    InstrumentList instruments() const override { return m_file.instruments; }
    qint64 firstTime() const override;
    qint64 lastTime() const override;
    bool read(qsizetype max, QList<Tick> &out) override;

private:
    TickFile m_file;
    qsizetype m_next = 0;
};

} // namespace kairos
