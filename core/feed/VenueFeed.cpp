#include "VenueFeed.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <limits>

namespace kairos {

namespace {

constexpr int StableMs = 60'000;
// Far above any venue's trade message (a Kraken snapshot is a few KiB), far
// below what would hurt: a bigger one is refused unread, not buffered.
constexpr qint64 MaxMessageBytes = 1 << 20;

// A trade beyond one Decimal's quantity goes on as several ticks.
void appendVenueTrade(const VenueTrade &trade, QList<Tick> &out)
{
    if (trade.beyond.isZero()) {
        out.append(trade.tick);
        return;
    }
    // Its size was checked when it was read: never above maxTradeQuantity().
    const bool kept = appendTrade(trade.tick, trade.beyond, out);
    Q_ASSERT(kept);
}

} // namespace

VenueFeed::VenueFeed(const Options &options, QObject *parent)
    : MarketFeed(parent)
    , m_options(options)
    , m_protocol(VenueProtocol::create(options.venue))
    , m_socket(QString(), QWebSocketProtocol::VersionLatest, this)
    , m_flush(this)
    , m_watchdog(this)
    , m_retry(this)
    , m_stable(this)
    , m_healthTimer(this)
{
    Q_ASSERT(m_protocol);
    if (m_options.baseUrl.isEmpty())
        m_options.baseUrl = m_protocol->defaultUrl();
    for (const VenueSymbol &symbol : options.symbols) {
        const QString spelling = m_protocol->venueSymbol(symbol);
        m_index.insert(spelling, std::uint32_t(m_instruments.size()));
        m_venueSymbols << spelling;
        // The trade streams carry no steps: the venue's rules where they
        // were read (VenueInstruments), else exact to 1e-8.
        Instrument instrument = m_options.rules.value(spelling);
        if (instrument.priceIncrement <= Decimal() || instrument.quantityIncrement <= Decimal())
            instrument = {};
        instrument.symbol = symbol.instrument();
        m_instruments.append(instrument);
    }
    m_lastTradeId.assign(std::size_t(m_instruments.size()), 0);
    m_lastTradeTime.assign(std::size_t(m_instruments.size()), 0);
    m_holds.resize(std::size_t(m_instruments.size()));
    m_health.venue = m_protocol->name();
    const QUrl rest
        = m_options.restUrl.isEmpty() ? m_protocol->defaultRestUrl() : m_options.restUrl;
    if (m_options.backfill && m_protocol->backfills() && rest.isValid()) {
        m_backfill
            = std::make_unique<VenueBackfill>(*m_protocol, rest, m_options.backfillTimeoutMs, this);
        connect(m_backfill.get(), &VenueBackfill::finished, this, &VenueFeed::onBackfilled);
    }
    m_staleMs = m_options.staleMs > 0 ? m_options.staleMs : 2 * m_protocol->heartbeatMs();
    m_flush.setInterval(m_options.batchIntervalMs);
    // A venue cannot be slowed down: while the engine is behind, its trades
    // gather into one bigger batch instead of more batches in its queue.
    connect(&m_flush, &QTimer::timeout, this, [this] {
        if (!backlogged())
            flush();
    });
    m_watchdog.setInterval(std::max(10, m_staleMs / 4));
    connect(&m_watchdog, &QTimer::timeout, this, &VenueFeed::watch);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &VenueFeed::connectNow);
    m_stable.setSingleShot(true);
    m_stable.setInterval(StableMs);
    connect(&m_stable, &QTimer::timeout, this, [this] { m_attempt = 0; });
    m_healthTimer.setInterval(m_options.healthIntervalMs);
    connect(&m_healthTimer, &QTimer::timeout, this, [this] { emit healthChanged(health()); });
    m_socket.setMaxAllowedIncomingMessageSize(MaxMessageBytes);
    m_socket.setMaxAllowedIncomingFrameSize(MaxMessageBytes);
    connect(&m_socket, &QWebSocket::connected, this, &VenueFeed::onConnected);
    connect(&m_socket, &QWebSocket::disconnected, this, &VenueFeed::onDisconnected);
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
        &VenueFeed::onError);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &VenueFeed::onMessage);
    if (!m_protocol->sendsHeartbeats())
        connect(&m_socket, &QWebSocket::pong, this, [this] { m_sinceMessage.restart(); });
}

VenueFeed::~VenueFeed()
{
    // The socket's last disconnected() must not reach members already gone.
    m_running = false;
    m_socket.disconnect(this);
    m_socket.abort();
}

FeedHealth VenueFeed::health() const
{
    FeedHealth health = m_health;
    health.lastMessageAgeMs = m_health.messages > 0 ? m_sinceMessage.elapsed() : -1;
    return health;
}

QUrl VenueFeed::streamUrl() const
{
    return m_protocol->streamUrl(m_options.baseUrl, m_venueSymbols);
}

void VenueFeed::start()
{
    m_running = true;
    m_flush.start();
    m_watchdog.start();
    m_healthTimer.start();
    connectNow();
}

void VenueFeed::stop()
{
    m_running = false;
    m_flush.stop();
    m_watchdog.stop();
    m_retry.stop();
    m_healthTimer.stop();
    m_socket.abort();
    if (m_backfill)
        m_backfill->abort();
    // Nothing held back is lost: what the backfills would have added stays a gap.
    while (!m_backfillQueue.empty())
        onBackfilled({}, false, tr("stopped"));
    flush();
    setStatus(FeedStatus::State::Stopped, tr("stopped"));
    emit healthChanged(health());
}

void VenueFeed::setStatus(FeedStatus::State state, const QString &detail, int retryInMs)
{
    emit statusChanged({ state, m_protocol->name(), detail, retryInMs });
}

void VenueFeed::connectNow()
{
    if (!m_running)
        return;
    setStatus(FeedStatus::State::Connecting, streamUrl().toString());
    m_sinceMessage.start();
    m_socket.open(streamUrl());
}

void VenueFeed::onConnected()
{
    m_sinceMessage.start();
    m_connectedFor.start();
    m_stable.start();
    for (const QString &request : m_protocol->subscribeMessages(m_venueSymbols))
        m_socket.sendTextMessage(request);
    if (m_everConnected) {
        // The connection was away: that interval is a gap for every symbol
        // (trade ids tell per symbol how much was really missed).
        ++m_health.gaps;
        emit gapDetected({ QString(), m_disconnectedAt, QDateTime::currentMSecsSinceEpoch(),
            tr("disconnected") });
        m_disconnectedAt = 0;
    }
    m_everConnected = true;
    setStatus(FeedStatus::State::Connected, streamUrl().toString());
}

void VenueFeed::onDisconnected()
{
    if (!m_running || m_retry.isActive())
        return;
    m_stable.stop();
    if (m_disconnectedAt == 0) // the first of several failed attempts
        m_disconnectedAt = QDateTime::currentMSecsSinceEpoch();
    flush();
    if (m_socket.closeCode() == QWebSocketProtocol::CloseCodeTooMuchData) {
        ++m_health.oversized;
        scheduleReconnect(tr("a message over %1 MiB was refused").arg(MaxMessageBytes >> 20));
        return;
    }
    scheduleReconnect(
        m_socket.closeReason().isEmpty() ? m_socket.errorString() : m_socket.closeReason());
}

void VenueFeed::onError(QAbstractSocket::SocketError)
{
    // A connection that never opened (refused, no route, TLS) gives no
    // disconnected(); one that did gives both, and reconnects once.
    if (!m_running || m_retry.isActive() || m_socket.state() != QAbstractSocket::UnconnectedState)
        return;
    scheduleReconnect(m_socket.errorString());
}

void VenueFeed::scheduleReconnect(const QString &why)
{
    const int base
        = std::min(m_options.maxBackoffMs, m_options.firstBackoffMs << std::min(m_attempt, 16));
    ++m_attempt;
    ++m_health.reconnects;
    const int delay = base / 2 + int(QRandomGenerator::global()->bounded(base / 2 + 1));
    setStatus(FeedStatus::State::Reconnecting, why, delay);
    m_retry.start(delay);
}

void VenueFeed::watch()
{
    if (m_retry.isActive())
        return;
    if (m_socket.state() != QAbstractSocket::ConnectedState) {
        // A handshake into a silent network never finishes by itself.
        if (m_sinceMessage.elapsed() > m_options.connectTimeoutMs) {
            scheduleReconnect(
                tr("no connection after %1 s")
                    .arg(QString::number(m_options.connectTimeoutMs / 1000.0, 'f', 1)));
            m_socket.abort(); // its disconnected() finds the retry planned
        }
        return;
    }
    if (m_sinceMessage.elapsed() > m_staleMs) {
        setStatus(FeedStatus::State::Stale,
            tr("nothing heard for %1 s")
                .arg(QString::number(m_sinceMessage.elapsed() / 1000.0, 'f', 1)));
        m_socket.abort(); // disconnected() follows and reconnects
        return;
    }
    if (m_connectedFor.isValid() && m_connectedFor.elapsed() > m_options.maxConnectionMs) {
        // Before the venue cuts the connection at 24 hours.
        m_socket.close(QWebSocketProtocol::CloseCodeNormal, tr("daily reconnect"));
        return;
    }
    if (m_sinceMessage.elapsed() > m_staleMs / 2)
        m_socket.ping();
}

void VenueFeed::onMessage(const QString &message)
{
    m_sinceMessage.restart();
    ++m_health.messages;
    const QByteArray utf8 = message.toUtf8();
    m_message.clear();
    m_protocol->decode(utf8, m_message);
    switch (m_message.kind) {
    case VenueMessage::Kind::Trades:
        for (VenueTrade &trade : m_message.trades)
            accept(trade);
        return;
    case VenueMessage::Kind::Heartbeat:
        for (const VenueTrade &probe : std::as_const(m_message.trades))
            checkLastTradeId(probe);
        return;
    case VenueMessage::Kind::Control:
        return;
    case VenueMessage::Kind::VenueError:
        ++m_health.venueErrors;
        qWarning("%s: the venue reports: %s", qPrintable(m_protocol->name()),
            qPrintable(m_message.error));
        return;
    case VenueMessage::Kind::Malformed:
        break;
    }
    ++m_health.malformed;
    qWarning("%s: %s: %s", qPrintable(m_protocol->name()), qPrintable(m_message.error),
        utf8.left(80).constData());
}

void VenueFeed::accept(VenueTrade &trade)
{
    const auto symbol = m_index.constFind(trade.symbol);
    if (symbol == m_index.cend()) {
        ++m_health.malformed;
        qWarning("%s: a trade of '%s', which was not asked for", qPrintable(m_protocol->name()),
            qPrintable(trade.symbol.left(20)));
        return;
    }
    const std::uint32_t s = *symbol;
    Hold &hold = m_holds[s];
    if (hold.holding) {
        hold.trades.append(trade);
        return;
    }
    std::int64_t &lastId = m_lastTradeId[s];
    if (lastId != 0 && trade.id <= lastId) {
        ++m_health.duplicates; // seen before a reconnect
        return;
    }
    if (lastId != 0 && trade.id > lastId + 1) {
        onMissing(s, { trade.symbol, lastId, trade.id, m_lastTradeTime[s], trade.tick.time },
            tr("trade id jumped from %1 to %2").arg(lastId).arg(trade.id));
        if (hold.holding) {
            hold.trades.append(trade);
            return;
        }
    }
    lastId = trade.id;
    m_lastTradeTime[s] = trade.tick.time;
    trade.tick.symbol = s;
    appendVenueTrade(trade, m_pending.ticks);
    ++m_health.trades;
}

void VenueFeed::checkLastTradeId(const VenueTrade &probe)
{
    const auto symbol = m_index.constFind(probe.symbol);
    if (symbol == m_index.cend())
        return;
    const std::uint32_t s = *symbol;
    if (m_holds[s].holding) // the held trades have not been counted yet
        return;
    std::int64_t &lastId = m_lastTradeId[s];
    if (lastId != 0 && probe.id > lastId) {
        // Trades happened that never reached us.
        onMissing(s,
            { probe.symbol, lastId, probe.id + 1, m_lastTradeTime[s],
                QDateTime::currentMSecsSinceEpoch() },
            tr("heartbeat reports trade %1, last received %2").arg(probe.id).arg(lastId));
    } else if (lastId == 0) {
        lastId = probe.id;
    }
}

void VenueFeed::onMissing(std::uint32_t s, const BackfillRange &range, const QString &reason)
{
    ++m_health.gaps;
    if (!m_backfill) {
        m_lastTradeId[s] = range.beforeId - 1; // the next ones are not a second gap
        emit gapDetected({ m_instruments[s].symbol, range.from, range.to, reason });
        return;
    }
    // Only this pair waits; a second pair's gap waits for its turn.
    m_holds[s] = { true, range, reason, {} };
    m_backfillQueue.push_back(s);
    if (m_backfillQueue.size() == 1)
        startBackfill();
}

void VenueFeed::startBackfill()
{
    if (m_running && !m_backfillQueue.empty() && !m_backfill->busy())
        m_backfill->start(m_holds[m_backfillQueue.front()].range);
}

void VenueFeed::onBackfilled(const QList<VenueTrade> &trades, bool complete, const QString &error)
{
    const std::uint32_t s = m_backfillQueue.front();
    m_backfillQueue.pop_front();
    Hold hold = std::exchange(m_holds[s], {});
    flush(); // the pair's trades from before the gap go first
    TickBatch batch;
    batch.live = false; // history: charted, never traded on
    // The clock stays where the stream has it: other pairs may trail these.
    batch.watermark = m_sentWatermark;
    for (VenueTrade trade : trades) {
        trade.tick.symbol = s;
        appendVenueTrade(trade, batch.ticks);
    }
    m_health.backfilledTrades += trades.size();
    if (!batch.ticks.isEmpty()) {
        m_lastTradeTime[s] = batch.ticks.constLast().time;
        send(batch);
    }
    // Whatever the backfill could not get stays a gap, and is not asked again.
    m_lastTradeId[s] = hold.range.beforeId - 1;
    QString reason = hold.reason;
    if (complete)
        reason += tr("; backfilled %n trade(s) from the REST API", nullptr, int(trades.size()));
    else if (!error.isEmpty())
        reason += tr("; backfill failed: %1").arg(error);
    else
        reason += tr("; the REST API had only part of the %n missing trade(s)", nullptr,
            int(hold.range.beforeId - hold.range.afterId - 1));
    FeedGap gap { m_instruments[s].symbol, hold.range.from, hold.range.to, reason };
    gap.backfilled = complete;
    emit gapDetected(gap);
    for (VenueTrade &trade : hold.trades)
        accept(trade); // may find the pair's next gap, which holds the rest again
    startBackfill();
}

void VenueFeed::flush()
{
    if (m_pending.ticks.isEmpty())
        return;
    m_pending.live = true;
    // Each pair's trades come in order, but pairs on one connection are
    // skewed (a venue matches them apart): the clock promised to the engine
    // trails the newest trade by AllowedLatenessMs, or a BTC trade at
    // 00.990 arriving after an ETH trade at 01.010 would be dropped as late.
    std::int64_t newest = std::numeric_limits<std::int64_t>::min();
    for (const Tick &tick : std::as_const(m_pending.ticks))
        newest = std::max<std::int64_t>(newest, tick.time);
    std::int64_t clock = newest - AllowedLatenessMs;
    // Nor past a waiting pair's gap, or its backfill would come too late.
    for (const std::uint32_t s : m_backfillQueue)
        clock = std::min(clock, m_holds[s].range.from);
    m_pending.watermark = std::max<std::int64_t>(0, clock);
    m_sentWatermark = std::max(m_sentWatermark, m_pending.watermark);
    send(std::exchange(m_pending, {}));
}

} // namespace kairos
