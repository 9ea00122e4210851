#include "ReplayFeed.h"

#include <algorithm>
#include <cmath>

namespace kairos {

ReplayFeed::ReplayFeed(TickFile file, double speed, std::optional<qint64> startAt, QObject *parent)
    : MarketFeed(parent)
    , m_file(std::move(file))
    , m_speed(speed)
    , m_startAt(startAt)
    , m_timer(this)
    , m_progress(this)
{
    // Replay is by event time: a file out of order would make late ticks.
    std::stable_sort(m_file.ticks.begin(), m_file.ticks.end(),
        [](const Tick &a, const Tick &b) { return a.time < b.time; });
    // As fast as possible still yields between batches, so controls work.
    m_timer.setInterval(m_speed > 0.0 ? 20 : 0);
    connect(&m_timer, &QTimer::timeout, this, &ReplayFeed::pump);
    m_progress.setInterval(200);
    connect(&m_progress, &QTimer::timeout, this, &ReplayFeed::report);
}

qint64 ReplayFeed::firstTime() const
{
    return m_file.ticks.isEmpty() ? 0 : m_file.ticks.constFirst().time;
}

qint64 ReplayFeed::lastTime() const
{
    return m_file.ticks.isEmpty() ? 0 : m_file.ticks.constLast().time;
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

void ReplayFeed::step(qint64 bucketMs)
{
    if (!m_paused || m_next >= m_file.ticks.size() || bucketMs <= 0)
        return;
    const qint64 next = std::max<qint64>(m_file.ticks[m_next].time, m_anchor);
    // The bucket's end: every trade before it is released, and the clock is
    // set at it, so the candle is confirmed, not left forming.
    const qint64 end = (next / bucketMs + 1) * bucketMs;
    release(end - 1, true);
    if (m_next < m_file.ticks.size()) {
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
        const qsizetype end = std::min(m_file.ticks.size(), m_next + BatchSize);
        const qint64 until = m_file.ticks[end - 1].time;
        release(until, true);
        reanchor(until);
        return;
    }
    if (!m_paused)
        release(clock(), true);
}

void ReplayFeed::release(qint64 until, bool live)
{
    const QList<Tick> &ticks = m_file.ticks;
    bool sent = false;
    while (m_next < ticks.size() && ticks[m_next].time <= until) {
        // Live ticks wait for the engine; history (a seek) goes through at once.
        if (live && backlogged())
            return;
        sent = true;
        qsizetype end = m_next;
        while (end < ticks.size() && ticks[end].time <= until && end - m_next < BatchSize)
            ++end;
        TickBatch batch;
        batch.ticks = ticks.mid(m_next, end - m_next);
        batch.live = live;
        m_next = end;
        // A batch followed by more due ticks promises only its own last time.
        const bool more = m_next < ticks.size() && ticks[m_next].time <= until;
        batch.watermark = m_next >= ticks.size() ? ticks.back().time + 86'400'000 // all close
            : more                               ? batch.ticks.constLast().time
                   : std::max<qint64>(until, batch.ticks.constLast().time);
        send(batch);
    }
    if (!sent && m_next < ticks.size() && until > m_anchor) {
        // Quiet stretches still move the clock, so candles confirm on time.
        TickBatch clockOnly;
        clockOnly.watermark = until;
        clockOnly.live = live;
        send(clockOnly);
    }
    if (m_next >= ticks.size() && !m_finished) {
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
