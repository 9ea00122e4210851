#pragma once

#include "RedisConnection.h"
#include "RedisUrl.h"
#include "model/Instrument.h"
#include "storage/StorageBatch.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <deque>
#include <functional>
#include <mutex>

namespace kairos {

// Publishes what the engine does to Redis: every event both as an
// XADD <stream> MAXLEN ~ N (for consumers that replay) and a PUBLISH on the
// channel of the same name (for live listeners), pipelined on one
// connection on the publisher's own thread.
//
// enqueue() never blocks: it takes batches into a bounded inbox and drops
// (and counts) what does not fit. Stream ids are event times (ms-seq), so a
// command resent after a reconnect is refused by Redis as a duplicate
// instead of stored twice: every event is delivered or counted as dropped,
// exactly. Reconnects with capped exponential backoff and jitter.
class EventPublisher : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        RedisUrl url;
        InstrumentList instruments;
        int streamLength = 10'000; // MAXLEN ~
        qsizetype maxQueued = 200'000; // events waiting, before dropping
        int healthIntervalMs = 5000;
        int marketDataIntervalMs = 100; // per symbol, by event time
        int formingIntervalMs = 1000; // per series, by event time
        // A reply later than this, or no answer to an idle PING, drops the connection.
        int replyTimeoutMs = RedisConnection::DefaultReplyTimeoutMs;
    };

    struct Counters
    {
        bool connected = false;
        qint64 produced = 0; // events made into stream messages
        qint64 delivered = 0; // stored by Redis (or, resent after a drop, already there)
        qint64 dropped = 0; // not delivered: the queue was full
        qint64 refused
            = 0; // refused by Redis: an id at or below the stream's top, or another error
        qint64 behindStreams = 0; // streams whose top was already past this producer's first event
        qint64 queued = 0; // waiting or in flight
        qint64 reconnects = 0;
        QString lastError;
    };

    explicit EventPublisher(const Options &options, QObject *parent = nullptr);

    // Thread-safe, never blocks.
    void enqueue(const StorageBatch &batch);
    Counters counters() const;
    // Adds a component to the health heartbeat; called on the publisher's
    // thread, so it must be thread-safe. Call before start().
    void addHealthSource(const QString &name, std::function<QJsonObject()> source);

    static QByteArray streamName(const QString &topic);

public slots:
    // Call on the publisher's thread.
    void start();
    // Sends what can still be sent within `timeoutMs`, then closes.
    void finish(int timeoutMs);

signals:
    void connectionChanged(bool connected, const QString &why);
    // Something the user should know that is not a connection change.
    void warning(const QString &text);

private:
    struct Message
    {
        QByteArray stream;
        QByteArray id;
        QByteArray json;
        bool resent = false; // in flight when the connection dropped: it may be there already
    };

    void drain();
    void convert(const StorageBatch &batch);
    // Reads a stream's newest id once per connection: a producer behind it
    // would have every event refused, and is told so.
    void checkStreamTop(const QByteArray &stream, const QByteArray &firstId);
    void add(const QString &topic, std::int64_t time, const QByteArray &json);
    void pump();
    void onReady();
    void onDisconnected(const QString &why);
    void scheduleReconnect();
    void publishHealth();
    QString symbolName(std::uint32_t symbol) const;
    static qsizetype eventCount(const StorageBatch &batch);

    Options m_options;
    RedisConnection *m_connection;
    QTimer m_reconnect;
    QTimer m_drain;
    QTimer m_health;
    QTimer m_stable;
    int m_attempt = 0;

    // Shared with enqueue() callers.
    mutable std::mutex m_mutex;
    std::deque<StorageBatch> m_inbox;
    qsizetype m_inboxEvents = 0;
    Counters m_counters;

    std::deque<Message> m_outbox; // made, not yet sent
    std::deque<Message> m_inFlight; // sent, reply pending, in order
    QSet<QByteArray> m_checkedStreams; // whose top was read on this connection
    QHash<QByteArray, std::pair<std::int64_t, std::int64_t>> m_lastId; // stream → (ms, seq)
    QHash<std::uint32_t, std::int64_t> m_lastTrade; // symbol → event time published
    QHash<QByteArray, std::int64_t> m_lastForming; // channel → event time published
    QList<std::pair<QString, std::function<QJsonObject()>>> m_healthSources;
};

} // namespace kairos
