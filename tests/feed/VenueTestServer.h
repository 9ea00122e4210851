// A local stand-in for a venue, for the venue feed suites: a WebSocket
// server speaking each venue's documented trade messages (Binance combined
// streams, Coinbase matches + heartbeat, Kraken v2 trade), a relay that can
// go silent, and a REST server for backfills. Loopback only.
#pragma once

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
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>
#include <functional>
#include <limits>

namespace kairos::venuetest {

constexpr std::int64_t T0 = 1'704'067'200'000;

inline QString iso(std::int64_t time)
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
                answerLater(socket, url);
            });
        });
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:") + QString::number(m_server.serverPort()));
    }

    QList<QUrl> requests;
    int delayMs = 0;
    std::function<bool()> holdWhile; // answers wait while it says so

private:
    void answerLater(QTcpSocket *socket, const QUrl &url)
    {
        QTimer::singleShot(std::max(delayMs, 10), socket, [this, socket, url] {
            if (holdWhile && holdWhile()) {
                answerLater(socket, url);
                return;
            }
            const auto [status, body] = m_handler(url);
            socket->write("HTTP/1.1 " + QByteArray::number(status)
                + (status == 200 ? " OK" : " Error")
                + "\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    }

    QTcpServer m_server;
    Handler m_handler;
    QHash<QTcpSocket *, QByteArray> m_buffer;
};

// The venues' REST answers for the trades of BTC/USDT with these ids.
inline QByteArray restTrades(const QString &venue, const QList<std::int64_t> &ids)
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

inline VenueFeed::Options options(const QString &venue, quint16 port)
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

inline void addVenueRows()
{
    QTest::addColumn<QString>("venue");
    for (const QString &venue : VenueProtocol::venues())
        QTest::newRow(qPrintable(venue)) << venue;
}

} // namespace kairos::venuetest
