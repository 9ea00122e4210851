#pragma once

#include "MarketFeed.h"
#include "TickCsvReader.h"
#include "TickSource.h"
#include "model/Timeframe.h"

#include <QElapsedTimer>
#include <QTimer>

#include <memory>
#include <optional>

namespace kairos {

// Replays ticks as a live feed: at `speed` times the pace of their event
// times, or as fast as the engine takes them (speed 0), with pause, step
// and seek. Its source knows the instruments and the span before the feed
// starts and is read a batch ahead, so a replay takes constant memory;
// finished() follows the last batch, whose watermark confirms every candle.
class ReplayFeed : public MarketFeed
{
    Q_OBJECT

public:
    // With `startAt`, what comes before that event time goes through at
    // once, as history (charted, not traded), and the replay waits there.
    // (Not a time of 0 for "none": a file may well start before 1970.)
    ReplayFeed(std::unique_ptr<TickSource> source, double speed,
        std::optional<qint64> startAt = std::nullopt, QObject *parent = nullptr);
    // Ticks in memory, in any order.
    ReplayFeed(TickFile file, double speed, std::optional<qint64> startAt = std::nullopt,
        QObject *parent = nullptr);

    InstrumentList instruments() const override { return m_source->instruments(); }
    qint64 firstTime() const;
    qint64 lastTime() const;
    double speed() const { return m_speed; }
    bool paused() const { return m_paused; }

public slots:
    void start() override;
    void stop() override;
    // 0: as fast as possible.
    void setSpeed(double speed);
    void pause();
    void resume();
    // While paused: on to the end of the next bucket of `timeframe` that
    // has a trade, so the next candle of that width completes.
    void step(Timeframe timeframe);
    // Forward: the ticks up to `time` go through at once, as history.
    // Backward needs a fresh engine: rewindRequested() asks for one.
    void seek(qint64 time);

signals:
    void finished();
    // About five times a second, and after every control.
    void progress(qint64 time, qint64 first, qint64 last, bool paused, double speed);
    void rewindRequested(qint64 time);

private:
    void pump();
    // Sends every tick up to `until` (event time) in batches.
    void release(qint64 until, bool live);
    qint64 clock() const;
    void reanchor(qint64 time);
    void report();
    // The next tick not yet sent, read ahead from the source; null at the end.
    const Tick *peek();

    static constexpr qsizetype BatchSize = 4096;

    std::unique_ptr<TickSource> m_source;
    QList<Tick> m_ahead;
    qsizetype m_next = 0; // in m_ahead
    double m_speed;
    std::optional<qint64> m_startAt;
    bool m_paused = false;
    bool m_finished = false;
    qint64 m_anchor = 0; // the replay clock's event time when m_wall restarted
    QTimer m_timer;
    QTimer m_progress;
    QElapsedTimer m_wall;
};

} // namespace kairos
