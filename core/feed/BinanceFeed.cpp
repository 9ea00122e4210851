#include "BinanceFeed.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace kairos {

namespace {

constexpr int StableMs = 60'000;

} // namespace

BinanceFeed::BinanceFeed(const Options &options, QObject *parent)
    : MarketFeed(parent)
    , m_options(options)
    , m_socket(QString(), QWebSocketProtocol::VersionLatest, this)
    , m_flush(this)
    , m_watchdog(this)
    , m_retry(this)
    , m_stable(this)
{
    for (const QString &symbol : options.symbols) {
        m_index.insert(symbol.toUpper(), std::uint32_t(m_instruments.size()));
        // Binance's steps are not in the trade stream: exact to 1e-8.
        m_instruments.append({ symbol.toUpper(), Decimal::fromUnits(1), Decimal::fromUnits(1) });
    }
    m_lastTradeId.assign(std::size_t(m_instruments.size()), 0);
    m_lastTradeTime.assign(std::size_t(m_instruments.size()), 0);
    m_flush.setInterval(m_options.batchIntervalMs);
    connect(&m_flush, &QTimer::timeout, this, &BinanceFeed::flush);
    m_watchdog.setInterval(std::max(10, m_options.staleMs / 3));
    connect(&m_watchdog, &QTimer::timeout, this, &BinanceFeed::watch);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &BinanceFeed::connectNow);
    m_stable.setSingleShot(true);
    m_stable.setInterval(StableMs);
    connect(&m_stable, &QTimer::timeout, this, [this] { m_attempt = 0; });
    connect(&m_socket, &QWebSocket::connected, this, &BinanceFeed::onConnected);
    connect(&m_socket, &QWebSocket::disconnected, this, &BinanceFeed::onDisconnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &BinanceFeed::onMessage);
    connect(&m_socket, &QWebSocket::pong, this, [this] { m_sinceMessage.restart(); });
}

BinanceFeed::~BinanceFeed()
{
    // The socket's last disconnected() must not reach members already gone.
    m_running = false;
    m_socket.disconnect(this);
    m_socket.abort();
}

QUrl BinanceFeed::streamUrl() const
{
    QStringList streams;
    for (const Instrument &instrument : m_instruments)
        streams << instrument.symbol.toLower() + QStringLiteral("@trade");
    QUrl url = m_options.baseUrl;
    url.setPath(QStringLiteral("/stream"));
    url.setQuery(QStringLiteral("streams=") + streams.join(u'/'));
    return url;
}

void BinanceFeed::start()
{
    m_running = true;
    m_flush.start();
    m_watchdog.start();
    connectNow();
}

void BinanceFeed::stop()
{
    m_running = false;
    m_flush.stop();
    m_watchdog.stop();
    m_retry.stop();
    m_socket.abort();
    flush();
}

void BinanceFeed::connectNow()
{
    if (!m_running)
        return;
    emit stateChanged(State::Connecting, streamUrl().toString());
    m_sinceMessage.start();
    m_socket.open(streamUrl());
}

void BinanceFeed::onConnected()
{
    m_sinceMessage.start();
    m_connectedFor.start();
    m_stable.start();
    if (m_everConnected) {
        // The connection was away: that interval is a gap for every symbol
        // (trade ids will tell per symbol how much was really missed).
        ++m_counters.gaps;
        emit gapDetected({ QString(), m_disconnectedAt, QDateTime::currentMSecsSinceEpoch(),
            tr("disconnected") });
    }
    m_everConnected = true;
    emit stateChanged(State::Connected, streamUrl().toString());
}

void BinanceFeed::onDisconnected()
{
    if (!m_running)
        return;
    m_stable.stop();
    m_disconnectedAt = QDateTime::currentMSecsSinceEpoch();
    flush();
    scheduleReconnect(
        m_socket.closeReason().isEmpty() ? m_socket.errorString() : m_socket.closeReason());
}

void BinanceFeed::scheduleReconnect(const QString &why)
{
    const int base
        = std::min(m_options.maxBackoffMs, m_options.firstBackoffMs << std::min(m_attempt, 16));
    ++m_attempt;
    ++m_counters.reconnects;
    const int delay = base / 2 + int(QRandomGenerator::global()->bounded(base / 2 + 1));
    emit stateChanged(State::Reconnecting,
        tr("%1; reconnecting in %2 s").arg(why, QString::number(delay / 1000.0, 'f', 1)));
    m_retry.start(delay);
}

void BinanceFeed::watch()
{
    if (m_socket.state() != QAbstractSocket::ConnectedState)
        return;
    if (m_sinceMessage.elapsed() > m_options.staleMs) {
        emit stateChanged(
            State::Stale, tr("no data for %1 s").arg(m_sinceMessage.elapsed() / 1000));
        m_socket.abort(); // disconnected() follows and reconnects
        return;
    }
    if (m_connectedFor.isValid() && m_connectedFor.elapsed() > m_options.maxConnectionMs) {
        // Before the venue cuts the connection at 24 hours.
        m_socket.close(QWebSocketProtocol::CloseCodeNormal, tr("daily reconnect"));
        return;
    }
    if (m_sinceMessage.elapsed() > m_options.staleMs / 3)
        m_socket.ping();
}

void BinanceFeed::onMessage(const QString &message)
{
    m_sinceMessage.restart();
    ++m_counters.messages;
    QString error;
    const QByteArray utf8 = message.toUtf8();
    auto trade = BinanceTradeDecoder::decode(utf8, &error);
    const auto symbol = trade ? m_index.constFind(trade->symbol) : m_index.cend();
    if (trade && symbol == m_index.cend())
        error = tr("symbol '%1' was not asked for").arg(trade->symbol);
    if (!trade || symbol == m_index.cend()) {
        ++m_counters.malformed;
        qWarning("binance: %s: %s", qPrintable(error), utf8.left(80).constData());
        return;
    }
    const std::uint32_t s = *symbol;
    std::int64_t &lastId = m_lastTradeId[s];
    if (lastId != 0 && trade->id <= lastId) {
        ++m_counters.duplicates; // seen before a reconnect
        return;
    }
    if (lastId != 0 && trade->id > lastId + 1) {
        ++m_counters.gaps;
        emit gapDetected({ trade->symbol, m_lastTradeTime[s], trade->tick.time,
            tr("trade id jumped from %1 to %2").arg(lastId).arg(trade->id) });
    }
    lastId = trade->id;
    m_lastTradeTime[s] = trade->tick.time;
    trade->tick.symbol = s;
    m_pending.ticks.append(trade->tick);
    ++m_counters.trades;
}

void BinanceFeed::flush()
{
    if (m_pending.ticks.isEmpty())
        return;
    m_pending.live = true;
    for (const Tick &tick : std::as_const(m_pending.ticks))
        m_pending.watermark = std::max(m_pending.watermark, tick.time);
    emit batchReady(std::exchange(m_pending, {}));
}

} // namespace kairos
