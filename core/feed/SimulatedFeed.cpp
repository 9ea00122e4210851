#include "SimulatedFeed.h"

#include <algorithm>

namespace kairos {

namespace {

SimulatorConfig generatorConfig(SimulatorConfig config)
{
    if (config.historySeconds > 0) {
        config.startTime -= config.historySeconds * 1000;
        config.ticksPerSecond = config.historyTicksPerSecond;
    }
    return config;
}

} // namespace

SimulatedFeed::SimulatedFeed(const SimulatorConfig &config, QObject *parent)
    : MarketFeed(parent)
    , m_config(config)
    , m_generator(generatorConfig(config))
    , m_timer(this)
{
    m_timer.setInterval(20);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SimulatedFeed::pump);
}

InstrumentList SimulatedFeed::instruments() const
{
    return m_generator.instruments();
}

void SimulatedFeed::resumeAfter(qint64 time, const QList<Decimal> &lastPrices)
{
    if (m_running)
        return;
    // Continue the same market: prices where they were, and history only
    // for the time the session was away.
    for (qsizetype i = 0; i < m_config.symbols.size() && i < lastPrices.size(); ++i) {
        if (lastPrices[i] > Decimal())
            m_config.symbols[i].startPrice = lastPrices[i].toDouble();
    }
    if (time > 0)
        m_config.historySeconds = std::clamp<std::int64_t>(
            (m_config.startTime - time) / 1000, 0, m_config.historySeconds);
    // A session that ran past this feed's start (another feed, a new window
    // of the same app) goes on from where it was: event time never goes back.
    if (time >= m_config.startTime)
        m_config.startTime = time + 1;
    m_generator = TickGenerator(generatorConfig(m_config));
}

void SimulatedFeed::start()
{
    if (m_running)
        return;
    m_running = true;
    m_historyDone = m_config.historySeconds <= 0;
    m_wall.start();
    pump();
    m_timer.start();
}

void SimulatedFeed::stop()
{
    m_running = false;
    m_timer.stop();
}

void SimulatedFeed::pump()
{
    // History first, as fast as the engine takes it; then the market goes
    // on with the clock (what came due meanwhile follows at once).
    if (!m_historyDone) {
        if (!emitUntil(m_config.startTime, false))
            return;
        m_historyDone = true;
        m_generator.setTicksPerSecond(m_config.ticksPerSecond);
    }
    emitUntil(m_config.startTime + m_wall.elapsed(), true);
}

bool SimulatedFeed::emitUntil(std::int64_t until, bool live)
{
    for (;;) {
        // What is due stays in the generator until the engine catches up:
        // hours of history never pile up in the engine's queue.
        if (backlogged())
            return false;
        TickBatch batch;
        batch.live = live;
        if (!live) {
            batch.historyFrom = m_config.startTime - m_config.historySeconds * 1000;
            batch.historyUntil = until;
        }
        const bool reached = m_generator.generateUntil(until, MaxBatch, batch.ticks);
        batch.watermark = reached ? until : batch.ticks.constLast().time;
        if (!batch.ticks.isEmpty() || reached)
            send(batch);
        if (reached)
            return true;
    }
}

} // namespace kairos
