#pragma once

#include "BinanceTradeDecoder.h"
#include "FeedGap.h"
#include "MarketFeed.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace kairos {

// Binance spot trades over one combined WebSocket stream
// (<base>/stream?streams=btcusdt@trade/…). Decodes on the feed's thread and
// hands ticks over in batches. Keeps the connection alive: a ping when
// quiet, a stale-data watchdog, reconnects with capped exponential backoff
// and jitter (reset after a stable minute), and a fresh connection before
// Binance's 24-hour limit. A disconnect or a jump in a symbol's trade ids
// is reported as a gap; trades repeated after a reconnect are dropped. A
// malformed frame is counted and logged with an excerpt, and never stops
// the stream.
class BinanceFeed : public MarketFeed
{
    Q_OBJECT

public:
    enum class State { Connecting, Connected, Reconnecting, Stale };
    Q_ENUM(State)

    struct Options
    {
        QStringList symbols; // "BTCUSDT", …
        QUrl baseUrl { QStringLiteral("wss://stream.binance.com:9443") };
        int firstBackoffMs = 500;
        int maxBackoffMs = 30'000;
        int staleMs = 45'000; // Binance pings every 20 s
        int batchIntervalMs = 20;
        qint64 maxConnectionMs = 23LL * 3600 * 1000 + 50 * 60 * 1000;
    };

    struct Counters
    {
        qint64 messages = 0;
        qint64 trades = 0;
        qint64 malformed = 0;
        qint64 duplicates = 0;
        qint64 reconnects = 0;
        qint64 gaps = 0;
    };

    explicit BinanceFeed(const Options &options, QObject *parent = nullptr);
    ~BinanceFeed() override;

    InstrumentList instruments() const override { return m_instruments; }
    Counters counters() const { return m_counters; }
    QUrl streamUrl() const;

public slots:
    void start() override;
    void stop() override;

signals:
    void stateChanged(kairos::BinanceFeed::State state, const QString &detail);
    void gapDetected(const kairos::FeedGap &gap);

private:
    void connectNow();
    void onConnected();
    void onDisconnected();
    void onMessage(const QString &message);
    void scheduleReconnect(const QString &why);
    void flush();
    void watch();

    Options m_options;
    InstrumentList m_instruments;
    QHash<QString, std::uint32_t> m_index;
    QWebSocket m_socket;
    QTimer m_flush;
    QTimer m_watchdog;
    QTimer m_retry;
    QTimer m_stable;
    QElapsedTimer m_sinceMessage;
    QElapsedTimer m_connectedFor;
    int m_attempt = 0;
    bool m_running = false;
    bool m_everConnected = false;
    std::int64_t m_disconnectedAt = 0;
    std::vector<std::int64_t> m_lastTradeId;
    std::vector<std::int64_t> m_lastTradeTime;
    TickBatch m_pending;
    Counters m_counters;
};

} // namespace kairos
