#include "VenueBench.h"

#include "engine/WorkerThread.h"
#include "feed/BinanceProtocol.h"
#include "feed/VenueFeed.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <ctime>

namespace kairos {

namespace {

constexpr std::int64_t T0 = 1'704'067'200'000;

// One message as Binance sends it in a combined stream.
QString frame(qint64 id)
{
    const bool btc = id % 2 == 0;
    return QStringLiteral("{\"stream\":\"") + (btc ? u"btcusdt" : u"ethusdt")
        + QStringLiteral("@trade\",\"data\":{\"e\":\"trade\",\"E\":") + QString::number(T0 + id)
        + QStringLiteral(",\"s\":\"") + (btc ? u"BTCUSDT" : u"ETHUSDT")
        + QStringLiteral("\",\"t\":") + QString::number(id / 2 + 1) + QStringLiteral(",\"p\":\"")
        + (btc ? u"42013.57000000" : u"2231.08000000")
        + QStringLiteral("\",\"q\":\"0.01250000\",\"T\":") + QString::number(T0 + id)
        + QStringLiteral(",\"m\":") + (id % 3 == 0 ? u"true" : u"false")
        + QStringLiteral(",\"M\":true}}");
}

// CPU time of the calling thread: what the feed itself cost, whatever else
// the machine was doing.
qint64 threadCpuNs()
{
#if defined(CLOCK_THREAD_CPUTIME_ID)
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
#else
    return -1;
#endif
}

// Sends `messages` trades to whoever connects, a chunk per event-loop turn.
class LoopbackVenue : public QObject
{
public:
    explicit LoopbackVenue(qint64 messages)
        : m_server(QStringLiteral("bench"), QWebSocketServer::NonSecureMode, this)
        , m_messages(messages)
    {
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            m_client = m_server.nextPendingConnection();
            m_client->setParent(this);
            pump();
        });
    }
    quint16 listen()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        return m_server.serverPort();
    }

private:
    void pump()
    {
        for (int i = 0; i < 2000 && m_sent < m_messages; ++i)
            m_client->sendTextMessage(frame(m_sent++));
        m_client->flush();
        if (m_sent < m_messages)
            QTimer::singleShot(0, this, [this] { pump(); });
    }

    QWebSocketServer m_server;
    QWebSocket *m_client = nullptr;
    qint64 m_messages;
    qint64 m_sent = 0;
};

} // namespace

QJsonObject VenueBench::measure(qint64 messages)
{
    // 1. The decoder alone.
    QList<QByteArray> frames;
    for (qint64 i = 0; i < 4096; ++i)
        frames.append(frame(i).toUtf8());
    BinanceProtocol protocol;
    VenueMessage message;
    qint64 decoded = 0;
    QElapsedTimer clock;
    clock.start();
    for (qint64 i = 0; i < messages; ++i) {
        message.clear();
        protocol.decode(frames[i % frames.size()], message);
        decoded += message.trades.size();
    }
    const qint64 decodeNs = std::max<qint64>(clock.nsecsElapsed(), 1);

    // 2. The adapter reading a loopback server on another thread.
    auto *venue = new LoopbackVenue(messages);
    WorkerThread serverThread(venue, QStringLiteral("bench-venue"));
    serverThread.start();
    quint16 port = 0;
    QMetaObject::invokeMethod(
        venue, [&] { port = venue->listen(); }, Qt::BlockingQueuedConnection);
    VenueFeed::Options options;
    options.venue = QStringLiteral("binance");
    QString error;
    options.symbols = { *VenueSymbol::parse(QStringLiteral("BTCUSDT"), &error),
        *VenueSymbol::parse(QStringLiteral("ETHUSDT"), &error) };
    options.baseUrl = QUrl(QStringLiteral("ws://127.0.0.1:") + QString::number(port));
    options.staleMs = 60'000;
    VenueFeed feed(options);
    QEventLoop loop;
    qint64 ticks = 0;
    QElapsedTimer wall;
    qint64 cpuStart = 0;
    QObject::connect(&feed, &MarketFeed::statusChanged, &loop, [&](const FeedStatus &status) {
        if (status.state == FeedStatus::State::Connected) {
            wall.start();
            cpuStart = threadCpuNs();
        }
    });
    QObject::connect(&feed, &MarketFeed::batchReady, &loop, [&](const TickBatch &batch) {
        ticks += batch.ticks.size();
        if (ticks >= messages)
            loop.quit();
    });
    QTimer::singleShot(120'000, &loop, &QEventLoop::quit);
    feed.start();
    loop.exec();
    const qint64 wallNs = std::max<qint64>(wall.nsecsElapsed(), 1);
    const qint64 cpuNs = threadCpuNs() - cpuStart;
    const FeedHealth health = feed.health();
    feed.stop();

    QJsonObject report {
        { QStringLiteral("messages"), messages },
        { QStringLiteral("decoder_messages_per_second"),
            qRound64(double(decoded) * 1e9 / double(decodeNs)) },
        { QStringLiteral("adapter_trades"), health.trades },
        { QStringLiteral("adapter_malformed"), health.malformed },
        { QStringLiteral("adapter_messages_per_second_wall"),
            qRound64(double(health.trades) * 1e9 / double(wallNs)) },
    };
    if (cpuStart >= 0 && cpuNs > 0)
        report.insert(QStringLiteral("adapter_messages_per_cpu_second"),
            qRound64(double(health.trades) * 1e9 / double(cpuNs)));
    if (ticks < messages)
        report.insert(QStringLiteral("error"),
            tr("only %1 of %2 messages arrived within two minutes").arg(ticks).arg(messages));
    return report;
}

} // namespace kairos
