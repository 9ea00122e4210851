// The venue adapters against a local QWebSocketServer that speaks each
// venue's documented trade messages (Binance combined streams, Coinbase
// matches + heartbeat, Kraken v2 trade). Loopback only.
#include "feed/VenueFeed.h"
#include "market/CandleAggregator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <QTimer>
#include <limits>

#include <QWebSocket>
#include <QWebSocketServer>
#include <functional>

using namespace kairos;

namespace {

constexpr std::int64_t T0 = 1'704'067'200'000;

QString iso(std::int64_t time)
{
    // Venues send microseconds.
    return QDateTime::fromMSecsSinceEpoch(time, Qt::UTC)
               .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"))
        + QStringLiteral("000Z");
}

// How each venue writes a trade of BASE/USDT, from its documentation.
struct Dialect
{
    QString venue;

    // price null: the field is left out. takerSold: the aggressor sold.
    QString trade(const char *base, std::int64_t id, const char *price, const char *quantity,
        std::int64_t time, bool takerSold = false) const
    {
        const QString b = QString::fromLatin1(base);
        if (venue == u"binance") {
            QJsonObject data { { QStringLiteral("e"), QStringLiteral("trade") },
                { QStringLiteral("E"), qint64(time + 3) },
                { QStringLiteral("s"), QString(b + QStringLiteral("USDT")) },
                { QStringLiteral("t"), qint64(id) },
                { QStringLiteral("q"), QString::fromLatin1(quantity) },
                { QStringLiteral("T"), qint64(time) }, { QStringLiteral("m"), takerSold },
                { QStringLiteral("M"), true } };
            if (price)
                data.insert(QStringLiteral("p"), QString::fromLatin1(price));
            return json(
                { { QStringLiteral("stream"), QString(b.toLower() + QStringLiteral("usdt@trade")) },
                    { QStringLiteral("data"), data } });
        }
        if (venue == u"coinbase") {
            QJsonObject match { { QStringLiteral("type"), QStringLiteral("match") },
                { QStringLiteral("trade_id"), qint64(id) },
                // Capped: the edge-of-range ids must not overflow the test itself.
                { QStringLiteral("sequence"),
                    qint64(std::min<std::int64_t>(id, (INT64_MAX - 50) / 7) * 7 + 50) },
                { QStringLiteral("maker_order_id"),
                    QStringLiteral("ac928c66-ca53-498f-9c13-a110027a60e8") },
                { QStringLiteral("taker_order_id"),
                    QStringLiteral("132fb6ae-456b-4654-b4e0-d681ac05cea1") },
                { QStringLiteral("time"), iso(time) },
                { QStringLiteral("product_id"), QString(b + QStringLiteral("-USDT")) },
                { QStringLiteral("size"), QString::fromLatin1(quantity) },
                // the maker's side
                { QStringLiteral("side"),
                    QString(takerSold ? QStringLiteral("buy") : QStringLiteral("sell")) } };
            if (price)
                match.insert(QStringLiteral("price"), QString::fromLatin1(price));
            return json(match);
        }
        // Kraken: numbers, not strings (a non-number price goes in as a string).
        QString item = QStringLiteral("{\"symbol\":\"") + b + QStringLiteral("/USDT\",\"side\":\"")
            + (takerSold ? QStringLiteral("sell") : QStringLiteral("buy")) + u'"';
        if (price) {
            bool numeric = false;
            QByteArray(price).toDouble(&numeric);
            item += QStringLiteral(",\"price\":")
                + (numeric ? QString::fromLatin1(price) : u'"' + QString::fromLatin1(price) + u'"');
        }
        item += QStringLiteral(",\"qty\":") + QLatin1StringView(quantity)
            + QStringLiteral(",\"ord_type\":\"market\",\"trade_id\":") + QString::number(id)
            + QStringLiteral(",\"timestamp\":\"") + iso(time) + QStringLiteral("\"}");
        return QStringLiteral("{\"channel\":\"trade\",\"type\":\"update\",\"data\":[") + item
            + QStringLiteral("]}");
    }

    // What the venue sends when it has nothing else to say (nothing on Binance).
    QString heartbeat(std::int64_t lastTradeId) const
    {
        if (venue == u"coinbase")
            return json({ { QStringLiteral("type"), QStringLiteral("heartbeat") },
                { QStringLiteral("sequence"), 90 },
                { QStringLiteral("last_trade_id"), qint64(lastTradeId) },
                { QStringLiteral("product_id"), QStringLiteral("BTC-USDT") },
                { QStringLiteral("time"), iso(T0) } });
        if (venue == u"kraken")
            return QStringLiteral("{\"channel\":\"heartbeat\"}");
        return QString();
    }

    QString notATrade() const
    {
        if (venue == u"binance")
            return QStringLiteral("{\"stream\":\"btcusdt@kline_1m\",\"data\":{\"e\":\"kline\"}}");
        if (venue == u"coinbase")
            return QStringLiteral("{\"type\":\"ticker\",\"product_id\":\"BTC-USDT\"}");
        return QStringLiteral("{\"channel\":\"book\",\"type\":\"update\",\"data\":[]}");
    }

    QString venueError() const
    {
        if (venue == u"binance")
            return QStringLiteral("{\"code\":2,\"msg\":\"Invalid request\"}");
        if (venue == u"coinbase")
            return QStringLiteral("{\"type\":\"error\",\"message\":\"Failed to subscribe\","
                                  "\"reason\":\"XYZ-USDT is not a valid product\"}");
        return QStringLiteral("{\"error\":\"Currency pair not supported XYZ/USDT\","
                              "\"method\":\"subscribe\",\"success\":false,"
                              "\"time_in\":\"2024-01-01T00:00:00.000000Z\","
                              "\"time_out\":\"2024-01-01T00:00:00.000010Z\"}");
    }

    static QString json(const QJsonObject &o)
    {
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
};

// A server with at most one client at a time, like the venue.
class Venue : public QObject
{
public:
    explicit Venue(quint16 port = 0)
        : m_server(QStringLiteral("venue"), QWebSocketServer::NonSecureMode)
    {
        m_server.listen(QHostAddress::LocalHost, port);
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            QWebSocket *client = m_server.nextPendingConnection();
            m_clients.append(client);
            requests.append(client->requestUrl());
            connect(client, &QWebSocket::textMessageReceived, this,
                [this](const QString &message) { received.append(message); });
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
    quint16 port() const { return m_server.serverPort(); }
    void send(const QString &message) { m_client->sendTextMessage(message); }
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
    QStringList received;
    int connections = 0;

private:
    QWebSocketServer m_server;
    QWebSocket *m_client = nullptr;
    QList<QWebSocket *> m_clients;
};

// Sits between the feed and the venue and can go silent in both directions,
// as a half-open connection does: no data and no pongs, yet no close.
class Relay : public QObject
{
public:
    explicit Relay(quint16 upstream)
        : m_upstream(upstream)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *down = m_server.nextPendingConnection();
            auto *up = new QTcpSocket(down);
            connect(down, &QTcpSocket::readyRead, this, [this, down, up] {
                const QByteArray data = down->readAll();
                if (!frozen)
                    up->write(data);
            });
            connect(up, &QTcpSocket::readyRead, this, [this, down, up] {
                const QByteArray data = up->readAll();
                if (!frozen)
                    down->write(data);
            });
            connect(down, &QTcpSocket::disconnected, down, &QObject::deleteLater);
            up->connectToHost(QHostAddress::LocalHost, m_upstream);
            up->waitForConnected(2000);
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    bool frozen = false;

private:
    QTcpServer m_server;
    quint16 m_upstream;
};

// Just enough HTTP/1.1 for the backfill: answers each GET through
// `handler`, after `delayMs`, and closes the connection.
class RestServer : public QObject
{
public:
    using Handler = std::function<std::pair<int, QByteArray>(const QUrl &)>;

    explicit RestServer(Handler handler)
        : m_handler(std::move(handler))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                m_buffer[socket] += socket->readAll();
                if (!m_buffer[socket].contains("\r\n\r\n"))
                    return;
                const QByteArray line = m_buffer.take(socket).split('\r').constFirst();
                const QUrl url(QString::fromLatin1(line.split(' ').value(1)));
                requests.append(url);
                QTimer::singleShot(delayMs, socket, [this, socket, url] {
                    const auto [status, body] = m_handler(url);
                    socket->write("HTTP/1.1 " + QByteArray::number(status)
                        + (status == 200 ? " OK" : " Error")
                        + "\r\nContent-Type: application/json\r\nContent-Length: "
                        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
            });
        });
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:") + QString::number(m_server.serverPort()));
    }

    QList<QUrl> requests;
    int delayMs = 0;

private:
    QTcpServer m_server;
    Handler m_handler;
    QHash<QTcpSocket *, QByteArray> m_buffer;
};

// The venues' REST answers for the trades of BTC/USDT with these ids.
QByteArray restTrades(const QString &venue, const QList<std::int64_t> &ids)
{
    QJsonArray page;
    for (const std::int64_t id : ids) {
        const qint64 time = T0 + id * 1000;
        const QString price = QString::number(100 + id);
        if (venue == u"binance")
            page.append(QJsonObject { { QStringLiteral("a"), qint64(id + 500) },
                { QStringLiteral("p"), price }, { QStringLiteral("q"), QStringLiteral("1") },
                { QStringLiteral("f"), qint64(id) }, { QStringLiteral("l"), qint64(id) },
                { QStringLiteral("T"), time }, { QStringLiteral("m"), false },
                { QStringLiteral("M"), true } });
        else // Coinbase: newest first
            page.prepend(QJsonObject { { QStringLiteral("time"), iso(time) },
                { QStringLiteral("trade_id"), qint64(id) }, { QStringLiteral("price"), price },
                { QStringLiteral("size"), QStringLiteral("1") },
                { QStringLiteral("side"), QStringLiteral("sell") } });
    }
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

VenueFeed::Options options(const QString &venue, quint16 port)
{
    VenueFeed::Options o;
    o.venue = venue;
    QString error;
    o.symbols = { *VenueSymbol::parse(QStringLiteral("BTC/USDT"), &error),
        *VenueSymbol::parse(QStringLiteral("ETH/USDT"), &error) };
    o.baseUrl = QUrl(QStringLiteral("ws://127.0.0.1:") + QString::number(port));
    o.firstBackoffMs = 40;
    o.maxBackoffMs = 200;
    o.staleMs = 400;
    o.connectTimeoutMs = 400;
    o.batchIntervalMs = 5;
    o.backfill = false; // the backfill tests give a local REST server
    return o;
}

// What the feed handed over, built into candles as the engine would.
struct Sink
{
    explicit Sink(VenueFeed &feed)
    {
        aggregator.setSymbolCount(2);
        QObject::connect(&feed, &MarketFeed::batchReady, &feed, [this](const TickBatch &batch) {
            ticks += batch.ticks;
            aggregator.addBatch(batch);
        });
        QObject::connect(&feed, &MarketFeed::gapDetected, &feed,
            [this](const FeedGap &gap) { gaps.append(gap); });
        QObject::connect(&feed, &MarketFeed::statusChanged, &feed,
            [this](const FeedStatus &status) { states.append(status.state); });
    }
    Candle minute(std::uint32_t symbol)
    {
        aggregator.finish();
        const int index = aggregator.timeframeIndex(Timeframe::fromSeconds(60));
        return aggregator.series(symbol, index).last();
    }
    QList<Tick> ticks;
    QList<FeedGap> gaps;
    QList<FeedStatus::State> states;
    CandleAggregator aggregator;
};

void addVenueRows()
{
    QTest::addColumn<QString>("venue");
    for (const QString &venue : VenueProtocol::venues())
        QTest::newRow(qPrintable(venue)) << venue;
}

} // namespace

class TestVenueFeed : public QObject
{
    Q_OBJECT

private slots:
    void pairsAreNamedOneWay()
    {
        QString error;
        for (const char *text : { "BTC/USD", "btc-usd", "BTCUSD" })
            QCOMPARE(VenueSymbol::parse(QLatin1StringView(text), &error)->instrument(),
                QStringLiteral("BTCUSD"));
        const VenueSymbol pair = *VenueSymbol::parse(QStringLiteral("ethusdt"), &error);
        QCOMPARE(pair.quote, QStringLiteral("USDT"));
        QCOMPARE(VenueProtocol::create(QStringLiteral("binance"))->venueSymbol(pair),
            QStringLiteral("ETHUSDT"));
        QCOMPARE(VenueProtocol::create(QStringLiteral("coinbase"))->venueSymbol(pair),
            QStringLiteral("ETH-USDT"));
        QCOMPARE(VenueProtocol::create(QStringLiteral("kraken"))->venueSymbol(pair),
            QStringLiteral("ETH/USDT"));
        QVERIFY(!VenueSymbol::parse(QStringLiteral("BTCXYZ"), &error));
        QVERIFY(error.contains(QStringLiteral("BASE/QUOTE")));
        QVERIFY(!VenueSymbol::parse(QStringLiteral("BTC/U$D"), &error));
        QVERIFY(!VenueProtocol::create(QStringLiteral("mtgox")));
    }

    void tradesBecomeTicksAndCandles_data() { addVenueRows(); }
    void tradesBecomeTicksAndCandles()
    {
        QFETCH(QString, venue);
        const Dialect d { venue };
        Venue server;
        VenueFeed feed(options(venue, server.port()));
        Sink sink(feed);
        feed.start();
        QTRY_VERIFY(server.hasClient());
        if (venue == u"binance") {
            QCOMPARE(server.requests.constFirst().path(), QStringLiteral("/stream"));
            QCOMPARE(server.requests.constFirst().query(),
                QStringLiteral("streams=btcusdt@trade/ethusdt@trade"));
        } else {
            // Subscribed at once (Coinbase closes a silent client after 5 s).
            QTRY_COMPARE(server.received.size(), 1);
            const QJsonObject request
                = QJsonDocument::fromJson(server.received.constFirst().toUtf8()).object();
            const QString text = server.received.constFirst();
            QVERIFY2(text.contains(venue == u"coinbase" ? QStringLiteral("\"BTC-USDT\"")
                                                        : QStringLiteral("\"BTC/USDT\"")),
                qPrintable(text));
            QVERIFY(text.contains(venue == u"coinbase" ? QStringLiteral("\"matches\"")
                                                       : QStringLiteral("\"trade\"")));
        }
        if (!d.heartbeat(0).isEmpty() && venue == u"kraken")
            server.send(d.heartbeat(0));
        server.send(d.trade("BTC", 100, "42000.10", "0.5", T0 + 1000));
        server.send(d.trade("BTC", 101, "42010.00", "0.25", T0 + 2000, true));
        server.send(d.trade("ETH", 7, "2200.5", "3", T0 + 2500));
        server.send(d.trade("BTC", 102, "41990.55", "1.00000001", T0 + 30'000));
        QTRY_COMPARE(sink.ticks.size(), 4);
        QCOMPARE(sink.ticks[0].side, Side::Buy);
        QCOMPARE(sink.ticks[1].side, Side::Sell);
        QCOMPARE(feed.instruments().constFirst().symbol, QStringLiteral("BTCUSDT"));
        const Candle btc = sink.minute(0);
        QCOMPARE(btc.time, T0);
        QCOMPARE(btc.open, *Decimal::parse("42000.10"));
        QCOMPARE(btc.high, *Decimal::parse("42010"));
        QCOMPARE(btc.low, *Decimal::parse("41990.55"));
        QCOMPARE(btc.close, *Decimal::parse("41990.55"));
        QCOMPARE(btc.volume, *Decimal::parse("1.75000001"));
        QCOMPARE(btc.trades, 3u);
        QCOMPARE(sink.minute(1).volume, Decimal::fromInteger(3));
        QCOMPARE(feed.health().malformed, 0);
        QCOMPARE(feed.health().trades, 4);
        QVERIFY(sink.gaps.isEmpty());
        QCOMPARE(sink.states.constFirst(), FeedStatus::State::Connecting);
        QCOMPARE(sink.states.constLast(), FeedStatus::State::Connected);
    }

    void interleavedPairsAtSecondBoundariesLoseNothing_data() { addVenueRows(); }
    void interleavedPairsAtSecondBoundariesLoseNothing()
    {
        // One connection, two pairs a little apart: ETH's trade at 01.010
        // reaches the engine a batch before BTC's at 00.990, whose second
        // BTC had already opened at 00.500. Before, the batch's clock was
        // ETH's newest trade: it closed BTC's second, and 00.990 was late.
        QFETCH(QString, venue);
        const Dialect d { venue };
        Venue server;
        VenueFeed feed(options(venue, server.port()));
        Sink sink(feed);
        feed.start();
        QTRY_VERIFY(server.hasClient());
        qint64 btcId = 1;
        qint64 ethId = 1;
        int sent = 0;
        for (int second = 1; second <= 5; ++second) {
            const qint64 boundary = T0 + second * 1000;
            server.send(d.trade("BTC", btcId++, "42000", "1", boundary - 500));
            ++sent;
            QTRY_COMPARE(sink.ticks.size(), sent);
            server.send(d.trade("ETH", ethId++, "2000", "1", boundary + 10));
            ++sent;
            QTRY_COMPARE(sink.ticks.size(), sent); // its own batch
            server.send(d.trade("BTC", btcId++, "42000", "1", boundary - 10));
            ++sent;
            QTRY_COMPARE(sink.ticks.size(), sent);
        }
        QCOMPARE(sink.aggregator.counters().late, 0);
        QCOMPARE(sink.minute(0).trades + sink.minute(1).trades, 15u);
    }

    void malformedFramesAreCountedAndSkipped_data() { addVenueRows(); }
    void malformedFramesAreCountedAndSkipped()
    {
        QFETCH(QString, venue);
        const Dialect d { venue };
        Venue server;
        VenueFeed feed(options(venue, server.port()));
        Sink sink(feed);
        feed.start();
        QTRY_VERIFY(server.hasClient());
        const QStringList bad {
            QStringLiteral("{not json"),
            d.trade("BTC", 5, nullptr, "1", T0 + 1000), // no price
            d.trade("BTC", 6, "abc", "1", T0 + 1000), // non-numeric price
            d.trade("BTC", 7, "100", "-2", T0 + 1000), // negative quantity
            d.trade("BTC", 8, "100", "1", 42), // absurd timestamp
            d.trade("DOGE", 9, "0.1", "1", T0 + 1000), // not subscribed
            d.notATrade(),
            // An id at the edge of its type: refused, never taken as the newest.
            d.trade("ETH", std::numeric_limits<qint64>::max(), "2000", "1", T0 + 1000),
        };
        int good = 0;
        for (int i = 0; i < 21; ++i) {
            server.send(d.trade("ETH", 100 + i, "2000", "1", T0 + i * 100));
            ++good;
            server.send(bad[i % bad.size()]);
        }
        server.send(d.venueError());
        QTRY_COMPARE(sink.ticks.size(), good);
        QTRY_COMPARE(feed.health().venueErrors, 1);
        QCOMPARE(feed.health().malformed, 21);
        QCOMPARE(feed.health().trades, good);
        QCOMPARE(sink.minute(1).trades, std::uint32_t(good));
        QCOMPARE(sink.ticks.constFirst().price, Decimal::fromInteger(2000));
        QCOMPARE(server.connections, 1); // the stream never stopped
        QVERIFY(sink.gaps.isEmpty());
    }

    void anOversizedMessageIsRefusedUnread()
    {
        const Dialect d { QStringLiteral("binance") };
        Venue server;
        VenueFeed feed(options(QStringLiteral("binance"), server.port()));
        Sink sink(feed);
        feed.start();
        QTRY_VERIFY(server.hasClient());
        server.send(d.trade("BTC", 1, "100", "1", T0));
        QTRY_COMPARE(sink.ticks.size(), 1);
        // 8 MiB of one message: refused, counted, and the feed goes on.
        server.send(QString(8 << 20, u'x'));
        QTRY_COMPARE_WITH_TIMEOUT(feed.health().oversized, 1, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(server.connections == 2 && server.hasClient(), 15'000);
        server.send(d.trade("BTC", 2, "101", "1", T0 + 1000));
        QTRY_COMPARE(sink.ticks.size(), 2);
    }

    void aServerCloseReconnectsResubscribesAndRecordsTheGap_data() { addVenueRows(); }
    void aServerCloseReconnectsResubscribesAndRecordsTheGap()
    {
        QFETCH(QString, venue);
        const Dialect d { venue };
        Venue server;
        VenueFeed feed(options(venue, server.port()));
        Sink sink(feed);
        feed.start();
        QTRY_VERIFY(server.hasClient());
        server.send(d.trade("BTC", 1, "100", "1", T0));
        QTRY_COMPARE(sink.ticks.size(), 1);
        const qsizetype subscriptions = server.received.size();
        server.closeFromServer();
        QTRY_COMPARE(server.connections, 2);
        QTRY_VERIFY(server.hasClient());
        QCOMPARE(server.requests.last(), server.requests.first());
        QTRY_COMPARE(server.received.size(), 2 * subscriptions); // subscribed again
        QCOMPARE(server.received.mid(subscriptions), server.received.first(subscriptions));
        // The venue repeats the last trade (Kraken's snapshot does) and then
        // continues after a hole.
        server.send(d.trade("BTC", 1, "100", "1", T0));
        server.send(d.trade("BTC", 5, "101", "1", T0 + 5000));
        QTRY_COMPARE(sink.ticks.size(), 2);
        QCOMPARE(feed.health().duplicates, 1);
        QCOMPARE(feed.health().reconnects, 1);
        QTRY_COMPARE(sink.gaps.size(), 2);
        QCOMPARE(sink.gaps[0].reason, QStringLiteral("disconnected"));
        QVERIFY(sink.gaps[0].symbol.isEmpty());
        QVERIFY(sink.gaps[0].end >= sink.gaps[0].start);
        QCOMPARE(sink.gaps[1].symbol, QStringLiteral("BTCUSDT"));
        QCOMPARE(sink.gaps[1].start, T0);
        QCOMPARE(sink.gaps[1].end, T0 + 5000);
        QVERIFY(sink.gaps[1].reason.contains(QStringLiteral("1 to 5")));
        QVERIFY(sink.states.contains(FeedStatus::State::Reconnecting));
        QCOMPARE(feed.health().gaps, 2);
        // Nothing invented: the minute holds exactly the two real trades.
        QCOMPARE(sink.minute(0).trades, 2u);
    }

    void anAbruptDropReconnects_data() { addVenueRows(); }
    void anAbruptDropReconnects()
    {
        QFETCH(QString, venue);
        const Dialect d { venue };
        Venue server;
        VenueFeed feed(options(venue, server.port()));
        Sink sink(feed);
        feed.start();
        QTRY_VERIFY(server.hasClient());
        server.send(d.trade("ETH", 2, "1999", "1", T0));
        QTRY_COMPARE(sink.ticks.size(), 1);
        server.drop();
        QTRY_COMPARE(server.connections, 2);
        QTRY_VERIFY(server.hasClient());
        server.send(d.trade("ETH", 3, "2000", "1", T0 + 10));
        QTRY_COMPARE(sink.ticks.size(), 2);
        QCOMPARE(feed.health().reconnects, 1);
        QCOMPARE(sink.gaps.size(), 1); // the disconnect; trade ids continue
        QCOMPARE(sink.minute(1).close, Decimal::fromInteger(2000));
    }

    void silenceBeyondTheWatchdogReconnects_data() { addVenueRows(); }
    void silenceBeyondTheWatchdogReconnects()
    {
        QFETCH(QString, venue);
        const Dialect d { venue };
        Venue server;
        Relay relay(server.port());
        VenueFeed feed(options(venue, relay.port()));
        Sink sink(feed);
        feed.start();
        QTRY_VERIFY(server.hasClient());
        server.send(d.trade("BTC", 10, "100", "1", T0));
        QTRY_COMPARE(sink.ticks.size(), 1);
        // Heartbeats keep a quiet market alive…
        for (int i = 0; i < 6 && venue != u"binance"; ++i) {
            server.send(d.heartbeat(10));
            QTest::qWait(100);
        }
        QCOMPARE(feed.health().reconnects, 0);
        // …but a connection that says nothing at all (no data, no pong) is stale.
        relay.frozen = true;
        QTRY_VERIFY(sink.states.contains(FeedStatus::State::Stale));
        // The next handshake goes into the silence too, and times out.
        QTRY_VERIFY(feed.health().reconnects >= 2);
        relay.frozen = false;
        QTRY_COMPARE(server.connections, 2);
        QTRY_COMPARE(sink.states.constLast(), FeedStatus::State::Connected);
        QTRY_VERIFY(server.hasClient());
        server.send(d.trade("BTC", 11, "101", "1", T0 + 100));
        QTRY_COMPARE(sink.ticks.size(), 2);
    }

    void aConnectionIsRenewedBeforeTheVenuesLimit()
    {
        const Dialect d { QStringLiteral("binance") };
        Venue server;
        VenueFeed::Options o = options(d.venue, server.port());
        o.staleMs = 10'000;
        o.maxConnectionMs = 300; // Binance: 24 hours
        VenueFeed feed(o);
        Sink sink(feed);
        feed.start();
        QTRY_VERIFY(server.hasClient());
        server.send(d.trade("BTC", 1, "100", "1", T0));
        QTRY_COMPARE_WITH_TIMEOUT(server.connections, 2, 5000);
        QTRY_COMPARE(sink.states.constLast(), FeedStatus::State::Connected);
        server.send(d.trade("BTC", 2, "101", "1", T0 + 10));
        QTRY_COMPARE(sink.ticks.size(), 2); // the stream goes on, nothing lost
    }

    void aCoinbaseHeartbeatRevealsMissedTrades()
    {
        const Dialect d { QStringLiteral("coinbase") };
        Venue server;
        VenueFeed feed(options(d.venue, server.port()));
        Sink sink(feed);
        feed.start();
        QTRY_VERIFY(server.hasClient());
        server.send(d.trade("BTC", 20, "100", "1", T0));
        server.send(d.heartbeat(20));
        server.send(d.heartbeat(23)); // three trades never came
        server.send(d.trade("BTC", 24, "101", "1", T0 + 500)); // not a second gap
        QTRY_COMPARE(sink.ticks.size(), 2);
        QTRY_COMPARE(sink.gaps.size(), 1);
        QCOMPARE(sink.gaps[0].symbol, QStringLiteral("BTCUSDT"));
        QVERIFY(sink.gaps[0].reason.contains(QStringLiteral("23")));
        QCOMPARE(feed.health().malformed, 0);
    }

    void aKrakenSnapshotFillsAShortDisconnect()
    {
        const Dialect d { QStringLiteral("kraken") };
        Venue server;
        VenueFeed feed(options(d.venue, server.port()));
        Sink sink(feed);
        feed.start();
        QTRY_VERIFY(server.hasClient());
        server.send(d.trade("BTC", 1, "100", "1", T0));
        server.send(d.trade("BTC", 2, "101", "1", T0 + 100));
        QTRY_COMPARE(sink.ticks.size(), 2);
        server.drop();
        QTRY_VERIFY(server.hasClient());
        // The snapshot after subscribing: the recent trades, two already seen.
        QString snapshot
            = QStringLiteral("{\"channel\":\"trade\",\"type\":\"snapshot\",\"data\":[");
        for (int id = 1; id <= 4; ++id) {
            const QString one = d.trade("BTC", id, "100", "1", T0 + id * 100);
            const qsizetype from = one.indexOf(u'[') + 1;
            snapshot += (id > 1 ? QStringLiteral(",") : QString())
                + one.mid(from, one.lastIndexOf(u']') - from);
        }
        server.send(snapshot + QStringLiteral("]}"));
        QTRY_COMPARE(sink.ticks.size(), 4);
        QCOMPARE(feed.health().duplicates, 2);
        QCOMPARE(sink.gaps.size(), 1); // the disconnect only: no trade is missing
        QCOMPARE(sink.minute(0).trades, 4u);
    }

    void aVenueThatIsDownIsRetried()
    {
        quint16 port = 0;
        {
            QTcpServer probe; // a port nobody listens on, for now
            probe.listen(QHostAddress::LocalHost, 0);
            port = probe.serverPort();
        }
        VenueFeed feed(options(QStringLiteral("kraken"), port));
        Sink sink(feed);
        feed.start();
        QTRY_VERIFY(feed.health().reconnects >= 2);
        QVERIFY(sink.states.contains(FeedStatus::State::Reconnecting));
        QVERIFY(!sink.states.contains(FeedStatus::State::Connected));
        Venue server(port);
        QTRY_VERIFY(server.hasClient());
        QTRY_COMPARE(sink.states.constLast(), FeedStatus::State::Connected);
        QVERIFY(sink.gaps.isEmpty()); // nothing was missed: there was no stream yet
    }

    void aGapIsBackfilledFromTheRestApi_data()
    {
        QTest::addColumn<QString>("venue");
        QTest::newRow("binance") << QStringLiteral("binance");
        QTest::newRow("coinbase") << QStringLiteral("coinbase");
    }
    void aGapIsBackfilledFromTheRestApi()
    {
        QFETCH(QString, venue);
        const Dialect d { venue };
        Venue server;
        // The venue answers with more than the gap (ids 1 and 5 were seen).
        RestServer rest([&venue](const QUrl &) {
            return std::pair { 200, restTrades(venue, { 1, 2, 3, 4, 5 }) };
        });
        rest.delayMs = 150;
        VenueFeed::Options o = options(venue, server.port());
        o.backfill = true;
        o.restUrl = rest.url();
        VenueFeed feed(o);
        Sink sink(feed);
        QList<bool> live;
        connect(&feed, &MarketFeed::batchReady, &feed,
            [&live](const TickBatch &batch) { live.append(batch.live); });
        feed.start();
        QTRY_VERIFY(server.hasClient());
        server.send(d.trade("BTC", 1, "101", "1", T0 + 1000));
        QTRY_COMPARE(sink.ticks.size(), 1);
        server.send(d.trade("BTC", 5, "105", "1", T0 + 5000)); // 2–4 never came
        server.send(d.trade("BTC", 6, "106", "1", T0 + 6000)); // waits for the backfill
        QTRY_COMPARE(sink.ticks.size(), 6);
        QCOMPARE(rest.requests.size(), 1);
        if (venue == u"binance") {
            QCOMPARE(rest.requests[0].path(), QStringLiteral("/api/v3/aggTrades"));
            QVERIFY2(rest.requests[0].query().contains(QStringLiteral("symbol=BTCUSDT&startTime=")
                         + QString::number(T0 + 1000) + QStringLiteral("&endTime=")
                         + QString::number(T0 + 5000)),
                qPrintable(rest.requests[0].toString()));
        } else {
            QCOMPARE(rest.requests[0].path(), QStringLiteral("/products/BTC-USDT/trades"));
            QCOMPARE(rest.requests[0].query(), QStringLiteral("after=5&limit=1000"));
        }
        // In time order, each trade once; the backfilled ones are history.
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(sink.ticks[i].time, T0 + (i + 1) * 1000);
            QCOMPARE(sink.ticks[i].price, Decimal::fromInteger(101 + i));
        }
        QCOMPARE(live, (QList<bool> { true, false, true }));
        QCOMPARE(feed.health().backfilledTrades, 3);
        QCOMPARE(feed.health().gaps, 1);
        QCOMPARE(sink.gaps.size(), 1);
        QVERIFY(sink.gaps[0].backfilled);
        QCOMPARE(sink.gaps[0].start, T0 + 1000);
        QCOMPARE(sink.gaps[0].end, T0 + 5000);
        QVERIFY(sink.gaps[0].reason.contains(QStringLiteral("backfilled 3 trade")));
        const Candle minute = sink.minute(0);
        QCOMPARE(minute.trades, 6u);
        QCOMPARE(minute.volume, Decimal::fromInteger(6));
        QCOMPARE(minute.close, Decimal::fromInteger(106));
    }

    void aBackfillThatFailsLeavesTheGap_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::newRow("server error") << 500 << QByteArray("{}") << QStringLiteral("HTTP 500");
        QTest::newRow("not json") << 200 << QByteArray("<html>") << QStringLiteral("not a JSON");
        QTest::newRow("part only") << 200 << restTrades(QStringLiteral("binance"), { 3 })
                                   << QStringLiteral("only part of the 3 missing");
    }
    void aBackfillThatFailsLeavesTheGap()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        const Dialect d { QStringLiteral("binance") };
        Venue server;
        RestServer rest([&](const QUrl &) { return std::pair { status, body }; });
        VenueFeed::Options o = options(d.venue, server.port());
        o.backfill = true;
        o.restUrl = rest.url();
        VenueFeed feed(o);
        Sink sink(feed);
        feed.start();
        QTRY_VERIFY(server.hasClient());
        server.send(d.trade("BTC", 1, "101", "1", T0 + 1000));
        server.send(d.trade("BTC", 5, "105", "1", T0 + 5000));
        server.send(d.trade("BTC", 6, "106", "1", T0 + 6000));
        QTRY_COMPARE(sink.gaps.size(), 1);
        QVERIFY(!sink.gaps[0].backfilled);
        QVERIFY2(sink.gaps[0].reason.contains(reason), qPrintable(sink.gaps[0].reason));
        // The stream goes on, with whatever real trades there are.
        const int expected = body.contains("\"f\":3") ? 4 : 3;
        QTRY_COMPARE(sink.ticks.size(), expected);
        QCOMPARE(sink.ticks.constLast().time, T0 + 6000);
        server.send(d.trade("BTC", 7, "107", "1", T0 + 7000));
        QTRY_COMPARE(sink.ticks.size(), expected + 1);
        QCOMPARE(rest.requests.size(), 1); // not asked again
    }

    void stopEndsTheConnection()
    {
        Venue server;
        VenueFeed feed(options(QStringLiteral("coinbase"), server.port()));
        Sink sink(feed);
        feed.start();
        QTRY_VERIFY(server.hasClient());
        feed.stop();
        QCOMPARE(sink.states.constLast(), FeedStatus::State::Stopped);
        QTest::qWait(300);
        QCOMPARE(server.connections, 1); // no reconnect after a deliberate stop
    }
};

QTEST_GUILESS_MAIN(TestVenueFeed)
#include "tst_venuefeed.moc"
