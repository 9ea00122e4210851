#pragma once

#include "MarketFeed.h"
#include "SimulatorConfig.h"
#include "TickGenerator.h"

#include <QElapsedTimer>
#include <QTimer>

namespace kairos {

// The simulator as a live feed: first the configured history as fast as the
// engine takes it, then ticks paced to the wall clock, batched every 20 ms.
class SimulatedFeed : public MarketFeed
{
    Q_OBJECT

public:
    explicit SimulatedFeed(const SimulatorConfig &config, QObject *parent = nullptr);

    InstrumentList instruments() const override;

public slots:
    void resumeAfter(qint64 time, const QList<kairos::Decimal> &lastPrices) override;
    void start() override;
    void stop() override;

private:
    void pump();
    // False when it stopped for the engine's backlog before `until`.
    bool emitUntil(std::int64_t until, bool live);

    static constexpr qsizetype MaxBatch = 16384;

    SimulatorConfig m_config;
    TickGenerator m_generator;
    QTimer m_timer;
    QElapsedTimer m_wall;
    bool m_running = false;
    bool m_historyDone = false;
};

} // namespace kairos
