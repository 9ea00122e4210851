#pragma once

#include "MarketFeed.h"
#include "TickCsvReader.h"

#include <QElapsedTimer>
#include <QTimer>

namespace kairos {

// Replays a ticks CSV as a live feed: at `speed` times the pace of its
// event times, or as fast as the engine takes it (speed 0). The file is
// read when the feed is made, so instruments() and bad lines are known
// before it starts; finished() follows the last batch, whose watermark
// confirms every candle.
class ReplayFeed : public MarketFeed
{
    Q_OBJECT

public:
    ReplayFeed(TickFile file, double speed, QObject *parent = nullptr);

    InstrumentList instruments() const override { return m_file.instruments; }

public slots:
    void start() override;
    void stop() override;

signals:
    void finished();

private:
    void pump();

    static constexpr qsizetype BatchSize = 4096;

    TickFile m_file;
    double m_speed;
    qsizetype m_next = 0;
    QTimer m_timer;
    QElapsedTimer m_wall;
};

} // namespace kairos
