#include "EventPublisher.h"

#include "EventPayloads.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QThread>

namespace kairos {

namespace {

constexpr qsizetype MaxInFlight = 4096; // commands pipelined before waiting for replies
constexpr int FirstBackoffMs = 200;
constexpr int MaxBackoffMs = 15'000;
constexpr int StableMs = 30'000; // connected this long: the next failure starts over
constexpr int DrainIntervalMs = 5;

bool isDuplicate(const RedisReply &reply)
{
    return reply.isError() && reply.text.contains("equal or smaller");
}

} // namespace

EventPublisher::EventPublisher(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_connection(new RedisConnection(this))
    , m_reconnect(this)
    , m_drain(this)
    , m_health(this)
    , m_stable(this)
{
    m_connection->setReplyTimeout(m_options.replyTimeoutMs);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, [this] { m_connection->open(m_options.url); });
    m_stable.setSingleShot(true);
    m_stable.setInterval(StableMs);
    connect(&m_stable, &QTimer::timeout, this, [this] { m_attempt = 0; });
    // The inbox is emptied on a short beat rather than on every batch: a
    // replay hands over thousands of batches a second, and waking this
    // thread for each would cost the engine more than the publishing.
    m_drain.setInterval(DrainIntervalMs);
    connect(&m_drain, &QTimer::timeout, this, &EventPublisher::drain);
    m_health.setInterval(m_options.healthIntervalMs);
    connect(&m_health, &QTimer::timeout, this, &EventPublisher::publishHealth);
    connect(m_connection, &RedisConnection::ready, this, &EventPublisher::onReady);
    connect(m_connection, &RedisConnection::disconnected, this, &EventPublisher::onDisconnected);
}

QByteArray EventPublisher::streamName(const QString &topic)
{
    return QByteArrayLiteral("kairos:") + topic.toUtf8();
}

void EventPublisher::addHealthSource(const QString &name, std::function<QJsonObject()> source)
{
    m_healthSources.append({ name, std::move(source) });
}

void EventPublisher::start()
{
    m_drain.start();
    m_health.start();
    m_connection->open(m_options.url);
}

EventPublisher::Counters EventPublisher::counters() const
{
    std::lock_guard lock(m_mutex);
    Counters counters = m_counters;
    counters.queued += m_inboxEvents;
    return counters;
}

qsizetype EventPublisher::eventCount(const StorageBatch &b)
{
    return b.candles.size() + b.indicatorValues.size() + b.firedSignals.size()
        + b.trading.accepted.size() + b.trading.triggered.size() + b.trading.amended.size()
        + b.trading.modified.size() + b.trading.linked.size() + b.trading.fills.size()
        + b.trading.cancelled.size() + b.trading.denied.size() + b.trading.alerts.size()
        + (b.initialCash ? 1 : 0);
}

void EventPublisher::enqueue(const StorageBatch &batch)
{
    const qsizetype events = eventCount(batch);
    if (events == 0 && batch.forming.isEmpty() && batch.lastTrades.isEmpty())
        return;
    std::lock_guard lock(m_mutex);
    if (m_counters.queued + m_inboxEvents + events > m_options.maxQueued) {
        // Counted as made and lost at once, so made = delivered + dropped
        // holds however full the queue gets.
        m_counters.produced += events;
        m_counters.dropped += events;
        return;
    }
    m_inbox.push_back(batch);
    m_inboxEvents += events;
}

void EventPublisher::drain()
{
    std::deque<StorageBatch> batches;
    {
        std::lock_guard lock(m_mutex);
        batches.swap(m_inbox);
    }
    for (const StorageBatch &batch : batches) {
        convert(batch);
        // Counted as waiting until made into messages, so a caller never
        // sees an empty queue while events are still on their way.
        std::lock_guard lock(m_mutex);
        m_inboxEvents -= eventCount(batch);
    }
    pump();
}

QString EventPublisher::symbolName(std::uint32_t symbol) const
{
    return m_options.instruments.value(qsizetype(symbol)).symbol;
}

void EventPublisher::add(const QString &topic, std::int64_t time, const QByteArray &json)
{
    Message message { streamName(topic), {}, json };
    // Ids follow event time and never go back within a stream.
    auto &[ms, seq] = m_lastId[message.stream];
    if (time > ms) {
        ms = time;
        seq = 0;
    } else {
        ++seq;
    }
    message.id = QByteArray::number(qint64(ms)) + '-' + QByteArray::number(qint64(seq));
    m_outbox.push_back(std::move(message));
    std::lock_guard lock(m_mutex);
    ++m_counters.produced;
    ++m_counters.queued;
}

void EventPublisher::convert(const StorageBatch &b)
{
    const auto tf = [](std::int64_t seconds) { return Timeframe::fromSeconds(seconds); };
    for (const Tick &tick : b.lastTrades) {
        // Market data is sampled: the newest trade per symbol and interval.
        std::int64_t &last = m_lastTrade[tick.symbol];
        if (last != 0 && tick.time - last < m_options.marketDataIntervalMs)
            continue;
        last = tick.time;
        add(QStringLiteral("market_data:") + symbolName(tick.symbol), tick.time,
            EventPayloads::trade(symbolName(tick.symbol), tick));
    }
    for (const SeriesCandle &c : b.candles) {
        add(QStringLiteral("candles:%1:%2")
                .arg(symbolName(c.symbol), tf(c.timeframeSeconds).label()),
            c.candle.time,
            EventPayloads::candle(symbolName(c.symbol), tf(c.timeframeSeconds), c.candle));
    }
    for (const IndicatorRow &row : b.indicatorValues) {
        add(QStringLiteral("indicators:%1:%2")
                .arg(symbolName(row.symbol), tf(row.timeframeSeconds).label()),
            row.values.time,
            EventPayloads::indicators(
                symbolName(row.symbol), tf(row.timeframeSeconds), row.values));
    }
    for (const Signal &s : b.firedSignals)
        add(QStringLiteral("signals"), s.time, EventPayloads::signal(symbolName(s.symbol), s));
    for (const Order &o : b.trading.accepted)
        add(QStringLiteral("orders"), o.time, EventPayloads::order(symbolName(o.symbol), o));
    for (const Order &o : b.trading.modified)
        add(QStringLiteral("order_results"), b.eventTime,
            EventPayloads::amend(
                symbolName(o.symbol), o, b.eventTime, QLatin1StringView("modify")));
    for (const Order &o : b.trading.amended)
        add(QStringLiteral("order_results"), b.eventTime,
            EventPayloads::amend(symbolName(o.symbol), o, b.eventTime, QLatin1StringView("trail")));
    for (const Order &o : b.trading.linked)
        add(QStringLiteral("order_results"), b.eventTime,
            EventPayloads::amend(symbolName(o.symbol), o, b.eventTime, QLatin1StringView("link")));
    for (const Order &o : b.trading.triggered)
        add(QStringLiteral("order_results"), b.eventTime,
            EventPayloads::trigger(symbolName(o.symbol), o, b.eventTime));
    for (const DeniedOrder &d : b.trading.denied)
        add(QStringLiteral("order_results"), d.order.time,
            EventPayloads::reject(symbolName(d.order.symbol), d));
    for (const Fill &f : b.trading.fills)
        add(QStringLiteral("order_results"), f.time, EventPayloads::fill(symbolName(f.symbol), f));
    for (const Order &o : b.trading.cancelled)
        add(QStringLiteral("order_results"), b.eventTime,
            EventPayloads::cancel(symbolName(o.symbol), o, b.eventTime));
    for (const Alert &a : b.trading.alerts)
        add(QStringLiteral("alerts"), a.time, EventPayloads::alert(a));
    if (b.initialCash) {
        // Set before the first trade there is no event time yet: the wall clock.
        const std::int64_t time
            = b.eventTime > 0 ? b.eventTime : QDateTime::currentMSecsSinceEpoch();
        add(QStringLiteral("account"), time, EventPayloads::account(*b.initialCash, time));
    }

    // Forming candles are live only: PUBLISH, throttled, never a stream entry.
    if (!m_connection->isReady())
        return;
    for (const SeriesCandle &c : b.forming) {
        const QString topic = QStringLiteral("candles:%1:%2")
                                  .arg(symbolName(c.symbol), tf(c.timeframeSeconds).label());
        const QByteArray channel = streamName(topic);
        std::int64_t &last = m_lastForming[channel];
        if (last != 0 && b.eventTime - last < m_options.formingIntervalMs)
            continue;
        last = b.eventTime;
        m_connection->send({ QByteArrayLiteral("PUBLISH"), channel,
            EventPayloads::candle(symbolName(c.symbol), tf(c.timeframeSeconds), c.candle) });
    }
}

void EventPublisher::pump()
{
    if (!m_connection->isReady())
        return;
    const QByteArray maxLength = QByteArray::number(m_options.streamLength);
    while (!m_outbox.empty() && qsizetype(m_inFlight.size()) < MaxInFlight) {
        Message message = std::move(m_outbox.front());
        m_outbox.pop_front();
        if (!m_checkedStreams.contains(message.stream))
            checkStreamTop(message.stream, message.id);
        m_connection->send({ QByteArrayLiteral("XADD"), message.stream, QByteArrayLiteral("MAXLEN"),
                               QByteArrayLiteral("~"), maxLength, message.id,
                               QByteArrayLiteral("data"), message.json },
            [this](const RedisReply &reply) {
                // Only a resend may find itself already stored; a first send
                // at or below the top was refused: an older session's events.
                const bool resent = m_inFlight.front().resent;
                m_inFlight.pop_front();
                {
                    std::lock_guard lock(m_mutex);
                    --m_counters.queued;
                    if (!reply.isError() || (resent && isDuplicate(reply)))
                        ++m_counters.delivered;
                    else {
                        ++m_counters.refused;
                        m_counters.lastError = QString::fromUtf8(reply.text);
                    }
                }
                pump();
            });
        m_connection->send({ QByteArrayLiteral("PUBLISH"), message.stream, message.json });
        m_inFlight.push_back(std::move(message));
    }
}

void EventPublisher::checkStreamTop(const QByteArray &stream, const QByteArray &firstId)
{
    m_checkedStreams.insert(stream);
    m_connection->send(
        { QByteArrayLiteral("XREVRANGE"), stream, QByteArrayLiteral("+"), QByteArrayLiteral("-"),
            QByteArrayLiteral("COUNT"), QByteArrayLiteral("1") },
        [this, stream, firstId](const RedisReply &reply) {
            if (reply.isError() || reply.elements.isEmpty() || reply.elements[0].elements.isEmpty())
                return;
            const QByteArray top = reply.elements[0].elements[0].text;
            const auto time
                = [](const QByteArray &id) { return id.split('-').value(0).toLongLong(); };
            if (time(top) < time(firstId))
                return;
            {
                std::lock_guard lock(m_mutex);
                ++m_counters.behindStreams;
            }
            emit warning(tr("%1 already holds events up to %2, at or after this session's %3: "
                            "Redis refuses what is not newer (counted as refused)")
                             .arg(QString::fromUtf8(stream), QString::fromUtf8(top),
                                 QString::fromUtf8(firstId)));
        });
}

void EventPublisher::onReady()
{
    m_checkedStreams.clear();
    {
        std::lock_guard lock(m_mutex);
        m_counters.connected = true;
    }
    m_stable.start();
    emit connectionChanged(true, m_options.url.display());
    pump();
}

void EventPublisher::onDisconnected(const QString &why)
{
    m_stable.stop();
    // Unanswered commands go again, first: their ids make a repeat harmless.
    while (!m_inFlight.empty()) {
        m_inFlight.back().resent = true;
        m_outbox.push_front(std::move(m_inFlight.back()));
        m_inFlight.pop_back();
    }
    {
        std::lock_guard lock(m_mutex);
        m_counters.connected = false;
        m_counters.lastError = why;
        ++m_counters.reconnects;
    }
    emit connectionChanged(false, why);
    scheduleReconnect();
}

void EventPublisher::scheduleReconnect()
{
    const int base = std::min(MaxBackoffMs, FirstBackoffMs << std::min(m_attempt, 10));
    ++m_attempt;
    // Jitter: many terminals that lost one server do not come back in step.
    const int delay = base / 2 + int(QRandomGenerator::global()->bounded(base / 2 + 1));
    m_reconnect.start(delay);
}

void EventPublisher::publishHealth()
{
    const Counters c = counters();
    QJsonObject components { { QStringLiteral("publisher"),
        QJsonObject { { QStringLiteral("connected"), c.connected },
            { QStringLiteral("produced"), c.produced },
            { QStringLiteral("delivered"), c.delivered }, { QStringLiteral("dropped"), c.dropped },
            { QStringLiteral("refused"), c.refused }, { QStringLiteral("queued"), c.queued },
            { QStringLiteral("reconnects"), c.reconnects } } } };
    for (const auto &[name, source] : std::as_const(m_healthSources))
        components.insert(name, source());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // The heartbeat is about now, not about an event: it is not counted
    // among the events, and a missed one is simply the next one later.
    if (!m_connection->isReady())
        return;
    const QByteArray json = QJsonDocument(
        QJsonObject { { QStringLiteral("type"), QStringLiteral("health") },
            { QStringLiteral("components"), components },
            { QStringLiteral("timestamp"),
                now } }).toJson(QJsonDocument::Compact);
    const QByteArray stream = streamName(QStringLiteral("health"));
    m_connection->send({ QByteArrayLiteral("XADD"), stream, QByteArrayLiteral("MAXLEN"),
        QByteArrayLiteral("~"), QByteArray::number(m_options.streamLength), QByteArrayLiteral("*"),
        QByteArrayLiteral("data"), json });
    m_connection->send({ QByteArrayLiteral("PUBLISH"), stream, json });
}

void EventPublisher::finish(int timeoutMs)
{
    drain();
    QElapsedTimer clock;
    clock.start();
    while ((!m_outbox.empty() || !m_inFlight.empty()) && m_connection->isReady()
        && clock.elapsed() < timeoutMs) {
        // This runs as a queued call, inside the delivery of posted events,
        // and a nested processEvents() does not deliver those posted before
        // it began (glib's dispatcher waits for a new one). Among them can be
        // the connection's deferred write: the last commands would stay
        // unsent until the reply deadline drops the connection, and be
        // counted as dropped. So they are delivered here.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(1);
    }
    m_drain.stop();
    m_health.stop();
    m_reconnect.stop();
    m_connection->close();
    // What could not go out in time is lost: count it.
    const qsizetype left = qsizetype(m_outbox.size() + m_inFlight.size());
    m_outbox.clear();
    m_inFlight.clear();
    std::lock_guard lock(m_mutex);
    m_counters.dropped += left;
    m_counters.queued -= left;
    m_counters.connected = false;
}

} // namespace kairos
