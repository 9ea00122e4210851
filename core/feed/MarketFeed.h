#pragma once

#include "FeedGap.h"
#include "FeedStatus.h"
#include "model/Instrument.h"
#include "model/Tick.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace kairos {

// A source of ticks. It runs on its own thread (the composition root moves it
// there) and hands ticks over in batches, never one signal per tick.
class MarketFeed : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Known before start(); a tick's `symbol` indexes this list.
    virtual InstrumentList instruments() const = 0;

    // A counter shared with whoever takes the batches (LiveSession gives the
    // engine the same one, and it counts each batch off when done). A feed
    // that can wait (a replay, the simulator's live pace) holds back while
    // MaxBacklog batches are queued, so it never outruns the engine by more;
    // a venue cannot wait, and its batches only coalesce.
    void setBacklog(std::shared_ptr<std::atomic<int>> backlog) { m_backlog = std::move(backlog); }
    static constexpr int MaxBacklog = 16;

public slots:
    // Before start(), after a warm start: the engine already has everything
    // up to `time`, and these last prices (zero where unknown). A feed that
    // makes or replays history begins after it; a live venue ignores it.
    virtual void resumeAfter(qint64 time, const QList<kairos::Decimal> &lastPrices)
    {
        Q_UNUSED(time);
        Q_UNUSED(lastPrices);
    }
    virtual void start() = 0;
    virtual void stop() = 0;

protected:
    // Emits batchReady, counted in the backlog.
    void send(const TickBatch &batch)
    {
        if (m_backlog)
            m_backlog->fetch_add(1, std::memory_order_relaxed);
        emit batchReady(batch);
    }
    bool backlogged() const
    {
        return m_backlog && m_backlog->load(std::memory_order_relaxed) >= MaxBacklog;
    }

signals:
    void batchReady(const kairos::TickBatch &batch);
    void failed(const QString &message);
    // Venues only: the connection's state, each transition once.
    void statusChanged(const kairos::FeedStatus &status);
    // Market data that did not arrive (a disconnect, a jump in trade ids).
    void gapDetected(const kairos::FeedGap &gap);
    // Venues only: counters, about once a second.
    void healthChanged(const kairos::FeedHealth &health);

private:
    std::shared_ptr<std::atomic<int>> m_backlog;
};

} // namespace kairos
