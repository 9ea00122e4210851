#pragma once

#include "MarketFeed.h"
#include "VenueBackfill.h"
#include "VenueProtocol.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <deque>
#include <memory>
#include <vector>

namespace kairos {

// A venue's public trade stream over one WebSocket. Decodes on the feed's
// thread and hands ticks over in batches. Keeps the connection alive: a
// ping when quiet, a stale-data watchdog (nothing heard for twice the
// venue's heartbeat), reconnects with capped exponential backoff and jitter
// (reset after a stable minute) and resubscription, and a fresh connection
// before the venue's 24-hour limit. A disconnect, or a jump in a symbol's
// trade ids, is reported as a gap, and filled from the venue's REST API
// where it has one while only that pair waits; trades repeated after a
// reconnect are dropped. A malformed frame is counted and logged with an excerpt, and
// never stops the stream.
class VenueFeed : public MarketFeed
{
    Q_OBJECT

public:
    // How far one pair's trades may trail another's on the same connection
    // and still be taken: a quiet pair's candle confirms this much later.
    static constexpr std::int64_t AllowedLatenessMs = 2000;

    struct Options
    {
        QString venue; // "binance", "coinbase", "kraken"
        QList<VenueSymbol> symbols;
        QUrl baseUrl; // empty: the venue's own
        // Gaps are filled from the venue's REST API where it has one.
        bool backfill = true;
        QUrl restUrl; // empty: the venue's own
        // Each pair's rules by the venue's spelling (VenueInstruments::fetch).
        QHash<QString, Instrument> rules;
        int backfillTimeoutMs = 10'000;
        int firstBackoffMs = 500;
        int maxBackoffMs = 30'000;
        int staleMs = 0; // 0: twice the venue's heartbeat
        int connectTimeoutMs = 10'000; // TCP, TLS and the WebSocket handshake
        int batchIntervalMs = 20;
        int healthIntervalMs = 1000;
        qint64 maxConnectionMs = 23LL * 3600 * 1000 + 50 * 60 * 1000;
    };

    // `options.venue` must name a venue of VenueProtocol::venues().
    explicit VenueFeed(const Options &options, QObject *parent = nullptr);
    ~VenueFeed() override;

    InstrumentList instruments() const override { return m_instruments; }
    FeedHealth health() const;
    QUrl streamUrl() const;
    const VenueProtocol &protocol() const { return *m_protocol; }

public slots:
    void start() override;
    void stop() override;

private:
    void connectNow();
    void onConnected();
    void onDisconnected();
    void onError(QAbstractSocket::SocketError error);
    void onMessage(const QString &message);
    void accept(VenueTrade &trade);
    void checkLastTradeId(const VenueTrade &probe);
    // Trades of symbol `s` went missing: fills them from REST (holding the
    // stream back meanwhile, so time order holds) or records the gap.
    void onMissing(std::uint32_t s, const BackfillRange &range, const QString &reason);
    void onBackfilled(const QList<VenueTrade> &trades, bool complete, const QString &error);
    void startBackfill();
    void scheduleReconnect(const QString &why);
    void setStatus(FeedStatus::State state, const QString &detail, int retryInMs = 0);
    void flush();
    void watch();

    Options m_options;
    std::unique_ptr<VenueProtocol> m_protocol;
    QStringList m_venueSymbols;
    InstrumentList m_instruments;
    QHash<QString, std::uint32_t> m_index; // the venue's spelling → instrument
    QWebSocket m_socket;
    QTimer m_flush;
    QTimer m_watchdog;
    QTimer m_retry;
    QTimer m_stable;
    QTimer m_healthTimer;
    QElapsedTimer m_sinceMessage;
    QElapsedTimer m_connectedFor;
    int m_staleMs = 0;
    int m_attempt = 0;
    bool m_running = false;
    bool m_everConnected = false;
    std::int64_t m_disconnectedAt = 0;
    std::vector<std::int64_t> m_lastTradeId;
    std::vector<std::int64_t> m_lastTradeTime;
    VenueMessage m_message; // reused for every frame
    // A pair with a gap waits for its backfill; the other pairs go on.
    struct Hold
    {
        bool holding = false;
        BackfillRange range;
        QString reason;
        QList<VenueTrade> trades; // what came after the gap, in order
    };
    std::unique_ptr<VenueBackfill> m_backfill; // null: the venue has no REST backfill
    std::vector<Hold> m_holds; // per symbol
    std::deque<std::uint32_t> m_backfillQueue; // the first is being backfilled
    TickBatch m_pending;
    std::int64_t m_sentWatermark = 0; // the latest clock handed to the engine
    FeedHealth m_health;
};

} // namespace kairos
