// The Binance adapter against a local QWebSocketServer that speaks Binance's
// documented combined-stream trade messages. Loopback only.
#include "feed/BinanceFeed.h"
#include "market/CandleAggregator.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace kairos;

namespace {

constexpr std::int64_t T0 = 1'704'067'200'000;

// From Binance's documentation of <symbol>@trade, in the combined wrapper.
QString trade(const char *symbol, std::int64_t id, const char *price, const char *quantity,
    std::int64_t time, bool buyerIsMaker = false)
{
    return QStringLiteral("{\"stream\":\"%1@trade\",\"data\":{\"e\":\"trade\",\"E\":%2,"
                          "\"s\":\"%3\",\"t\":%4,\"p\":\"%5\",\"q\":\"%6\",\"T\":%7,"
                          "\"m\":%8,\"M\":true}}")
        .arg(QString::fromLatin1(symbol).toLower())
        .arg(time + 3)
        .arg(QLatin1StringView(symbol))
        .arg(id)
        .arg(QLatin1StringView(price), QLatin1StringView(quantity))
        .arg(time)
        .arg(buyerIsMaker ? QStringLiteral("true") : QStringLiteral("false"));
}

// A server with at most one client at a time, like the venue.
class Venue : public QObject
{
public:
    Venue()
        : m_server(QStringLiteral("venue"), QWebSocketServer::NonSecureMode)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            QWebSocket *client = m_server.nextPendingConnection();
            m_clients.append(client);
            requests.append(client->requestUrl());
            m_client = client;
            ++connections;
        });
    }
    ~Venue() override
    {
        // The sockets go before the server that made them.
        for (QWebSocket *client : std::as_const(m_clients)) {
            client->abort();
            delete client;
        }
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    bool send(const QString &message)
    {
        if (!m_client)
            return false;
        m_client->sendTextMessage(message);
        return true;
    }
    void closeFromServer()
    {
        m_client->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("maintenance"));
        m_client = nullptr;
    }
    void drop() // the TCP connection just dies
    {
        m_client->abort();
        m_client = nullptr;
    }
    bool hasClient() const { return m_client; }

    QList<QUrl> requests;
    int connections = 0;

private:
    QWebSocketServer m_server;
    QWebSocket *m_client = nullptr;
    QList<QWebSocket *> m_clients;
};

BinanceFeed::Options options(const Venue &venue)
{
    BinanceFeed::Options o;
    o.symbols = { QStringLiteral("BTCUSDT"), QStringLiteral("ETHUSDT") };
    o.baseUrl = venue.url();
    o.firstBackoffMs = 40;
    o.maxBackoffMs = 200;
    o.staleMs = 400;
    o.batchIntervalMs = 5;
    return o;
}

// What the feed handed over, built into candles as the engine would.
struct Sink
{
    explicit Sink(BinanceFeed &feed)
    {
        aggregator.setSymbolCount(2);
        QObject::connect(&feed, &MarketFeed::batchReady, &feed, [this](const TickBatch &batch) {
            ticks += batch.ticks;
            aggregator.addBatch(batch);
        });
        QObject::connect(&feed, &BinanceFeed::gapDetected, &feed,
            [this](const FeedGap &gap) { gaps.append(gap); });
        QObject::connect(&feed, &BinanceFeed::stateChanged, &feed,
            [this](BinanceFeed::State state, const QString &) { states.append(state); });
    }
    Candle minute(std::uint32_t symbol)
    {
        aggregator.finish();
        const int index = aggregator.timeframeIndex(Timeframe::fromSeconds(60));
        return aggregator.series(symbol, index).last();
    }
    QList<Tick> ticks;
    QList<FeedGap> gaps;
    QList<BinanceFeed::State> states;
    CandleAggregator aggregator;
};

} // namespace

class TestBinanceFeed : public QObject
{
    Q_OBJECT

private slots:
    void tradesBecomeTicksAndCandles()
    {
        Venue venue;
        BinanceFeed feed(options(venue));
        Sink sink(feed);
        feed.start();
        QTRY_VERIFY(venue.hasClient());
        QCOMPARE(venue.requests.constFirst().path(), QStringLiteral("/stream"));
        QCOMPARE(venue.requests.constFirst().query(),
            QStringLiteral("streams=btcusdt@trade/ethusdt@trade"));
        venue.send(trade("BTCUSDT", 100, "42000.10", "0.5", T0 + 1000));
        venue.send(trade("BTCUSDT", 101, "42010.00", "0.25", T0 + 2000, true));
        venue.send(trade("ETHUSDT", 7, "2200.5", "3", T0 + 2500));
        venue.send(trade("BTCUSDT", 102, "41990.55", "1.00000001", T0 + 30'000));
        QTRY_COMPARE(sink.ticks.size(), 4);
        QCOMPARE(sink.ticks[1].side, Side::Sell); // the buyer was the maker
        QCOMPARE(sink.ticks[0].side, Side::Buy);
        const Candle btc = sink.minute(0);
        QCOMPARE(btc.time, T0);
        QCOMPARE(btc.open, *Decimal::parse("42000.10"));
        QCOMPARE(btc.high, *Decimal::parse("42010"));
        QCOMPARE(btc.low, *Decimal::parse("41990.55"));
        QCOMPARE(btc.close, *Decimal::parse("41990.55"));
        QCOMPARE(btc.volume, *Decimal::parse("1.75000001"));
        QCOMPARE(sink.minute(1).volume, Decimal::fromInteger(3));
        QCOMPARE(feed.counters().malformed, 0);
        QVERIFY(sink.gaps.isEmpty());
    }

    void malformedFramesAreCountedAndSkipped()
    {
        Venue venue;
        BinanceFeed feed(options(venue));
        Sink sink(feed);
        feed.start();
        QTRY_VERIFY(venue.hasClient());
        const QStringList bad {
            QStringLiteral("{not json"),
            QStringLiteral(
                "{\"stream\":\"btcusdt@trade\",\"data\":{\"e\":\"trade\",\"s\":\"BTCUSDT\","
                "\"t\":5,\"q\":\"1\",\"T\":1704067201000}}"), // no price
            trade("BTCUSDT", 6, "abc", "1", T0 + 1000), // non-numeric price
            trade("BTCUSDT", 7, "100", "-2", T0 + 1000), // negative quantity
            trade("BTCUSDT", 8, "100", "1", 42), // absurd timestamp
            trade("DOGEUSDT", 9, "0.1", "1", T0 + 1000), // not subscribed
            QStringLiteral("{\"result\":null,\"id\":1}"), // not a trade
        };
        int good = 0;
        for (int i = 0; i < 20; ++i) {
            venue.send(trade("ETHUSDT", 100 + i, "2000", "1", T0 + i * 100));
            ++good;
            venue.send(bad[i % bad.size()]);
        }
        QTRY_COMPARE(sink.ticks.size(), good);
        QCOMPARE(feed.counters().malformed, 20);
        QCOMPARE(feed.counters().trades, good);
        QCOMPARE(sink.minute(1).trades, std::uint32_t(good));
        QCOMPARE(venue.connections, 1); // the stream never stopped
    }

    void aServerCloseReconnectsResubscribesAndRecordsTheGap()
    {
        Venue venue;
        BinanceFeed feed(options(venue));
        Sink sink(feed);
        feed.start();
        QTRY_VERIFY(venue.hasClient());
        venue.send(trade("BTCUSDT", 1, "100", "1", T0));
        QTRY_COMPARE(sink.ticks.size(), 1);
        venue.closeFromServer();
        QTRY_COMPARE(venue.connections, 2);
        QTRY_VERIFY(venue.hasClient());
        QCOMPARE(venue.requests.last().query(), venue.requests.first().query());
        // The venue repeats the last trade and then continues after a hole.
        venue.send(trade("BTCUSDT", 1, "100", "1", T0));
        venue.send(trade("BTCUSDT", 5, "101", "1", T0 + 5000));
        QTRY_COMPARE(sink.ticks.size(), 2);
        QCOMPARE(feed.counters().duplicates, 1);
        QCOMPARE(feed.counters().reconnects, 1);
        QTRY_COMPARE(sink.gaps.size(), 2);
        QCOMPARE(sink.gaps[0].reason, QStringLiteral("disconnected"));
        QCOMPARE(sink.gaps[1].symbol, QStringLiteral("BTCUSDT"));
        QCOMPARE(sink.gaps[1].start, T0);
        QCOMPARE(sink.gaps[1].end, T0 + 5000);
        QVERIFY(sink.gaps[1].reason.contains(QStringLiteral("1 to 5")));
        QVERIFY(sink.states.contains(BinanceFeed::State::Reconnecting));
        // Nothing invented: the minute holds exactly the two real trades.
        QCOMPARE(sink.minute(0).trades, 2u);
    }

    void anAbruptDropReconnects()
    {
        Venue venue;
        BinanceFeed feed(options(venue));
        Sink sink(feed);
        feed.start();
        QTRY_VERIFY(venue.hasClient());
        venue.drop();
        QTRY_COMPARE(venue.connections, 2);
        QTRY_VERIFY(venue.hasClient());
        venue.send(trade("ETHUSDT", 3, "2000", "1", T0));
        QTRY_COMPARE(sink.ticks.size(), 1);
        QCOMPARE(feed.counters().reconnects, 1);
    }
};

QTEST_GUILESS_MAIN(TestBinanceFeed)
#include "tst_binancefeed.moc"
