#include "ReplayFeed.h"
#include "TickListSource.h"

#include <algorithm>
#include <cmath>

namespace kairos {

ReplayFeed::ReplayFeed(TickFile file, double speed, std::optional<qint64> startAt, QObject *parent)
    : ReplayFeed(std::make_unique<TickListSource>(std::move(file)), speed, startAt, parent)
{ }

ReplayFeed::ReplayFeed(std::unique_ptr<TickSource> source, double speed,
    std::optional<qint64> startAt, QObject *parent)
    : MarketFeed(parent)
    , m_source(std::move(source))
    , m_speed(speed)
    , m_startAt(startAt)
    , m_timer(this)
    , m_progress(this)
{
    // As fast as possible still yields between batches, so controls work.
    m_timer.setInterval(m_speed > 0.0 ? 20 : 0);
    connect(&m_timer, &QTimer::timeout, this, &ReplayFeed::pump);
    m_progress.setInterval(200);
    connect(&m_progress, &QTimer::timeout, this, &ReplayFeed::report);
}

qint64 ReplayFeed::firstTime() const
{
    return m_source->firstTime();
}

qint64 ReplayFeed::lastTime() const
{
    return m_source->lastTime();
}

const Tick *ReplayFeed::peek()
{
    if (m_next >= m_ahead.size()) {
        m_ahead.clear();
        m_next = 0;
        if (!m_source->read(BatchSize, m_ahead))
            return nullptr;
    }
    return &m_ahead[m_next];
}

void ReplayFeed::start()
{
    reanchor(firstTime());
    if (m_startAt && *m_startAt > firstTime()) {
        release(*m_startAt, false);
        reanchor(*m_startAt);
        m_paused = true;
    }
    m_timer.start();
    m_progress.start();
    report();
}

void ReplayFeed::stop()
{
    m_timer.stop();
    m_progress.stop();
}

qint64 ReplayFeed::clock() const
{
    if (m_paused || m_speed <= 0.0)
        return m_anchor;
    return m_anchor + std::int64_t(std::llround(double(m_wall.elapsed()) * m_speed));
}

void ReplayFeed::reanchor(qint64 time)
{
    m_anchor = time;
    m_wall.start();
}

void ReplayFeed::setSpeed(double speed)
{
    reanchor(clock());
    m_speed = speed;
    m_timer.setInterval(m_speed > 0.0 ? 20 : 0);
    report();
}

void ReplayFeed::pause()
{
    reanchor(clock());
    m_paused = true;
    report();
}

void ReplayFeed::resume()
{
    reanchor(clock());
    m_paused = false;
    report();
}

void ReplayFeed::step(Timeframe timeframe)
{
    if (!m_paused || !timeframe.isValid() || !peek())
        return;
    const qint64 next = std::max<qint64>(peek()->time, m_anchor);
    // The bucket's end: every trade before it is released, and the clock is
    // set at it, so the candle is confirmed, not left forming.
    const qint64 end = timeframe.nextBucket(next);
    release(end - 1, true);
    if (peek()) {
        TickBatch clock;
        clock.watermark = end;
        send(clock);
    }
    reanchor(end);
    report();
}

void ReplayFeed::seek(qint64 time)
{
    if (time < clock()) {
        emit rewindRequested(time);
        return;
    }
    release(time, false);
    reanchor(time);
    report();
}

void ReplayFeed::pump()
{
    if (m_finished)
        return;
    // Waiting on the engine, in millisecond naps rather than a busy turn.
    const bool waiting = backlogged();
    m_timer.setInterval(waiting ? 1 : m_speed > 0.0 ? 20 : 0);
    if (waiting)
        return;
    if (m_speed <= 0.0 && !m_paused) {
        // As fast as possible: a batch per turn of the event loop.
        if (!peek()) {
            release(lastTime(), true);
            return;
        }
        const qint64 until = m_ahead.constLast().time;
        release(until, true);
        reanchor(until);
        return;
    }
    if (!m_paused)
        release(clock(), true);
}

void ReplayFeed::release(qint64 until, bool live)
{
    bool sent = false;
    while (peek() && peek()->time <= until) {
        // Live ticks wait for the engine; history (a seek) goes through at once.
        if (live && backlogged())
            return;
        sent = true;
        TickBatch batch;
        while (batch.ticks.size() < BatchSize && peek() && peek()->time <= until)
            batch.ticks.append(m_ahead[m_next++]);
        batch.live = live;
        // A batch followed by more due ticks promises only its own last time.
        const Tick *next = peek();
        batch.watermark = !next   ? lastTime() + 86'400'000 // all close
            : next->time <= until ? batch.ticks.constLast().time
                                  : std::max<qint64>(until, batch.ticks.constLast().time);
        send(batch);
    }
    if (!sent && peek() && until > m_anchor) {
        // Quiet stretches still move the clock, so candles confirm on time.
        TickBatch clockOnly;
        clockOnly.watermark = until;
        clockOnly.live = live;
        send(clockOnly);
    }
    if (!peek() && !m_finished) {
        m_finished = true;
        m_timer.stop();
        report();
        emit finished();
    }
}

void ReplayFeed::report()
{
    emit progress(std::min(clock(), lastTime()), firstTime(), lastTime(), m_paused, m_speed);
}

} // namespace kairos
