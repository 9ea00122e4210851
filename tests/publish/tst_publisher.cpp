// The publisher against a real redis-server on a free loopback port, read
// back with a second, independent client (hiredis's own synchronous API).
#include "RedisServer.h"
#include "engine/Engine.h"
#include "engine/RemoteEngine.h"
#include "engine/WorkerThread.h"
#include "feed/TickGenerator.h"
#include "publish/EventPayloads.h"
#include "publish/EventPublisher.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <hiredis/hiredis.h>

#include <memory>

using namespace kairos;

namespace {

constexpr std::int64_t Start = 1704067200000;

// The second client: plain hiredis, synchronous.
class Client
{
public:
    Client(quint16 port, const char *password = nullptr, int db = 0)
        : m_context(redisConnect("127.0.0.1", port))
    {
        if (password)
            command({ "AUTH", password });
        if (db)
            command({ "SELECT", QByteArray::number(db) });
    }
    ~Client() { redisFree(m_context); }

    // The reply, or nullptr: owned by the caller through unique_ptr.
    std::unique_ptr<redisReply, void (*)(void *)> command(const QByteArrayList &args)
    {
        std::vector<const char *> argv;
        std::vector<size_t> lengths;
        for (const QByteArray &a : args) {
            argv.push_back(a.constData());
            lengths.push_back(size_t(a.size()));
        }
        return { static_cast<redisReply *>(
                     redisCommandArgv(m_context, int(argv.size()), argv.data(), lengths.data())),
            freeReplyObject };
    }
    QByteArrayList keys(const QByteArray &pattern)
    {
        QByteArrayList out;
        auto reply = command({ "KEYS", pattern });
        for (size_t i = 0; reply && i < reply->elements; ++i)
            out << QByteArray(reply->element[i]->str, qsizetype(reply->element[i]->len));
        std::sort(out.begin(), out.end());
        return out;
    }
    // (id, json) of every entry of a stream, oldest first.
    QList<std::pair<QByteArray, QByteArray>> range(const QByteArray &stream)
    {
        QList<std::pair<QByteArray, QByteArray>> out;
        auto reply = command({ "XRANGE", stream, "-", "+" });
        for (size_t i = 0; reply && i < reply->elements; ++i) {
            const redisReply *entry = reply->element[i];
            const redisReply *fields = entry->element[1];
            out.append({ QByteArray(entry->element[0]->str, qsizetype(entry->element[0]->len)),
                QByteArray(fields->element[1]->str, qsizetype(fields->element[1]->len)) });
        }
        return out;
    }
    long long length(const QByteArray &stream)
    {
        auto reply = command({ "XLEN", stream });
        return reply ? reply->integer : -1;
    }

private:
    redisContext *m_context;
};

// Checks a payload against docs/events.schema.json; empty when it fits.
QString schemaProblem(const QJsonObject &payload)
{
    static const QJsonObject types = [] {
        QFile file(QStringLiteral(KAIROS_DOCS "/events.schema.json"));
        file.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(file.readAll())
            .object()
            .value(QStringLiteral("types"))
            .toObject();
    }();
    const QString type = payload.value(QStringLiteral("type")).toString();
    if (!types.contains(type))
        return QStringLiteral("unknown type '%1'").arg(type);
    const QJsonObject fields = types.value(type).toObject();
    for (auto it = payload.begin(); it != payload.end(); ++it) {
        if (it.key() != u"type" && !fields.contains(it.key()))
            return QStringLiteral("%1: undocumented field '%2'").arg(type, it.key());
    }
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!payload.contains(it.key()))
            return QStringLiteral("%1: missing '%2'").arg(type, it.key());
        const QJsonValue value = payload.value(it.key());
        bool fits = false;
        for (const QString &kind : it.value().toString().split(u'|')) {
            if (kind == u"null")
                fits = fits || value.isNull();
            else if (kind == u"string")
                fits = fits || value.isString();
            else if (kind == u"decimal")
                fits = fits
                    || (value.isString() && Decimal::parse(value.toString().toUtf8()).has_value());
            else if (kind == u"integer")
                fits = fits || (value.isDouble() && value.toDouble() == double(value.toInteger()));
            else if (kind == u"number")
                fits = fits || value.isDouble();
            else if (kind == u"boolean")
                fits = fits || value.isBool();
            else if (kind == u"object")
                fits = fits || value.isObject();
        }
        if (!fits)
            return QStringLiteral("%1: '%2' is not %3").arg(type, it.key(), it.value().toString());
    }
    return {};
}

StrategyConfig busyStrategy()
{
    QFile file(QStringLiteral(KAIROS_TEST_DATA "/strategies/fast.json"));
    file.open(QIODevice::ReadOnly);
    QString error;
    return *StrategyConfig::fromJson(QJsonDocument::fromJson(file.readAll()).object(), &error);
}

RiskLimits busyLimits()
{
    QFile file(QStringLiteral(KAIROS_TEST_DATA "/strategies/busy-risk.json"));
    file.open(QIODevice::ReadOnly);
    QStringList errors;
    return *RiskLimits::fromJson(QJsonDocument::fromJson(file.readAll()).object(), &errors);
}

// An engine on this thread publishing through a publisher on its own.
struct Node
{
    explicit Node(EventPublisher::Options options, int symbols = 2)
        : generator([symbols] {
            SimulatorConfig c;
            c.symbols = SimulatorConfig::defaultSymbols(symbols);
            c.ticksPerSecond = 50.0;
            c.seed = 11;
            c.startTime = Start;
            return c;
        }())
        , engine(generator.instruments())
    {
        options.instruments = generator.instruments();
        publisher = new EventPublisher(options);
        thread = std::make_unique<WorkerThread>(publisher, QStringLiteral("publish"));
        engine.attachPublisher(publisher);
        engine.setStrategy(busyStrategy());
        engine.setRiskLimits(busyLimits());
        engine.setAutoTrade(true);
        thread->start();
        QMetaObject::invokeMethod(publisher, &EventPublisher::start, Qt::QueuedConnection);
    }
    // Event time advances by `seconds` of simulated trading.
    void run(int seconds)
    {
        for (int s = 0; s < seconds; ++s) {
            TickBatch batch;
            now += 1000;
            generator.generateUntil(now, 1'000'000, batch.ticks);
            batch.watermark = now;
            engine.processBatch(batch);
        }
    }
    bool settled() const
    {
        const auto c = publisher->counters();
        return c.queued == 0 && c.produced == c.delivered + c.dropped + c.refused;
    }

    TickGenerator generator;
    Engine engine;
    EventPublisher *publisher;
    std::unique_ptr<WorkerThread> thread;
    std::int64_t now = Start;
};

} // namespace

class TestPublisher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("redis-server")).isEmpty())
            QSKIP("redis-server is not installed (packaging/install-deps-debian.sh installs it)");
    }

    // The kinds of order a replay of the simulator does not make: each as
    // the schema documents it.
    void everyKindOfOrderFitsTheSchema()
    {
        Order stop;
        stop.id = 9;
        stop.clientOrderId = QStringLiteral("manual:1");
        stop.type = OrderType::StopLimit;
        stop.timeInForce = TimeInForce::Day;
        stop.quantity = Decimal::fromInteger(1);
        stop.stopPrice = *Decimal::parse("64100");
        stop.limitPrice = *Decimal::parse("64000.5");
        stop.reduceOnly = true;
        Order expired = stop;
        expired.status = OrderStatus::Expired;
        const auto json
            = [](const QByteArray &payload) { return QJsonDocument::fromJson(payload).object(); };
        const QJsonObject order = json(EventPayloads::order(QStringLiteral("BTCUSDT"), stop));
        QCOMPARE(
            order.value(QStringLiteral("order_type")).toString(), QStringLiteral("stop_limit"));
        QCOMPARE(order.value(QStringLiteral("time_in_force")).toString(), QStringLiteral("day"));
        QCOMPARE(order.value(QStringLiteral("stop_price")).toString(), QStringLiteral("64100"));
        QVERIFY(order.value(QStringLiteral("reduce_only")).toBool());
        const QJsonObject cancel
            = json(EventPayloads::cancel(QStringLiteral("BTCUSDT"), expired, 1000));
        QVERIFY(cancel.value(QStringLiteral("expired")).toBool());
        const QJsonObject trigger
            = json(EventPayloads::trigger(QStringLiteral("BTCUSDT"), stop, 1000));
        const QJsonObject reject = json(EventPayloads::reject(QStringLiteral("BTCUSDT"),
            { stop, { QStringLiteral("maxOrderNotional"), {}, {}, {} } }));
        QCOMPARE(reject.value(QStringLiteral("order_id")).toInteger(), 9);
        Order market;
        market.clientOrderId = QStringLiteral("manual:2");
        market.quantity = Decimal::fromInteger(1);
        const QJsonObject refused = json(EventPayloads::reject(
            QStringLiteral("BTCUSDT"), { market, { QStringLiteral("killSwitch"), {}, {}, {} } }));
        QVERIFY(refused.value(QStringLiteral("order_id")).isNull());
        const QJsonObject plain = json(EventPayloads::order(QStringLiteral("BTCUSDT"), market));
        QVERIFY(plain.value(QStringLiteral("stop_price")).isNull());
        QVERIFY(plain.value(QStringLiteral("limit_price")).isNull());
        QVERIFY(plain.value(QStringLiteral("trail_offset")).isNull());
        // A trailing stop: its distance and activation; before it trails it
        // has no stop; each move is an amend with its best price so far.
        Order trail = market;
        trail.id = 10;
        trail.type = OrderType::TrailingStop;
        trail.side = Side::Sell;
        trail.trailOffset = *Decimal::parse("1.5");
        trail.trailPercent = true;
        trail.activationPrice = *Decimal::parse("65000");
        const QJsonObject trailing = json(EventPayloads::order(QStringLiteral("BTCUSDT"), trail));
        QCOMPARE(trailing.value(QStringLiteral("order_type")).toString(),
            QStringLiteral("trailing_stop"));
        QCOMPARE(trailing.value(QStringLiteral("trail_offset")).toString(), QStringLiteral("1.5"));
        QVERIFY(trailing.value(QStringLiteral("trail_percent")).toBool());
        QCOMPARE(
            trailing.value(QStringLiteral("activation_price")).toString(), QStringLiteral("65000"));
        QVERIFY(trailing.value(QStringLiteral("stop_price")).isNull());
        QVERIFY(trail.trail(*Decimal::parse("65500"), *Decimal::parse("0.01")));
        const QJsonObject amend = json(EventPayloads::amend(
            QStringLiteral("BTCUSDT"), trail, 2000, QLatin1StringView("trail")));
        QCOMPARE(amend.value(QStringLiteral("cause")).toString(), QStringLiteral("trail"));
        QCOMPARE(amend.value(QStringLiteral("stop_price")).toString(), QStringLiteral("64517.5"));
        QCOMPARE(amend.value(QStringLiteral("trail_extreme")).toString(), QStringLiteral("65500"));
        QCOMPARE(amend.value(QStringLiteral("trail_offset")).toString(), QStringLiteral("1.5"));
        const QJsonObject modify = json(EventPayloads::amend(
            QStringLiteral("BTCUSDT"), stop, 2000, QLatin1StringView("modify")));
        QCOMPARE(modify.value(QStringLiteral("cause")).toString(), QStringLiteral("modify"));
        QCOMPARE(modify.value(QStringLiteral("limit_price")).toString(), QStringLiteral("64000.5"));
        QVERIFY(modify.value(QStringLiteral("trail_offset")).isNull());
        // A part of an order: where the order stands after it.
        Fill part;
        part.orderId = 9;
        part.clientOrderId = stop.clientOrderId;
        part.quantity = *Decimal::parse("0.25");
        part.price = *Decimal::parse("64000.5");
        part.cumulativeQuantity = *Decimal::parse("0.75");
        part.leavesQuantity = *Decimal::parse("0.25");
        part.averagePrice = *Decimal::parse("64000.25");
        const QJsonObject fill = json(EventPayloads::fill(QStringLiteral("BTCUSDT"), part));
        QCOMPARE(
            fill.value(QStringLiteral("cumulative_quantity")).toString(), QStringLiteral("0.75"));
        QCOMPARE(fill.value(QStringLiteral("leaves_quantity")).toString(), QStringLiteral("0.25"));
        QCOMPARE(
            fill.value(QStringLiteral("average_price")).toString(), QStringLiteral("64000.25"));
        Order partly = stop;
        partly.addFill(*Decimal::parse("0.4"), *Decimal::parse("64000"));
        const QJsonObject cancelledPart
            = json(EventPayloads::cancel(QStringLiteral("BTCUSDT"), partly, 3000));
        QCOMPARE(cancelledPart.value(QStringLiteral("filled_quantity")).toString(),
            QStringLiteral("0.4"));
        // A bracket: the entry with its exits' prices, an exit held for it.
        Order entry = market;
        entry.id = 11;
        entry.takeProfit = *Decimal::parse("70000");
        entry.stopLoss = *Decimal::parse("60000");
        entry.timeLimit = 1'730'443'300'000;
        const QJsonObject bracket = json(EventPayloads::order(QStringLiteral("BTCUSDT"), entry));
        QCOMPARE(bracket.value(QStringLiteral("time_limit")).toInteger(), 1'730'443'300'000);
        QVERIFY(bracket.value(QStringLiteral("close_at")).isNull());
        QCOMPARE(bracket.value(QStringLiteral("take_profit")).toString(), QStringLiteral("70000"));
        QVERIFY(bracket.value(QStringLiteral("parent_id")).isNull());
        Order exit = stop;
        exit.id = 12;
        exit.parentId = 11;
        exit.ocoId = 13;
        exit.held = true;
        const QJsonObject held = json(EventPayloads::order(QStringLiteral("BTCUSDT"), exit));
        QCOMPARE(held.value(QStringLiteral("parent_id")).toInteger(), 11);
        QCOMPARE(held.value(QStringLiteral("oco_id")).toInteger(), 13);
        QVERIFY(held.value(QStringLiteral("held")).toBool());
        exit.held = false;
        const QJsonObject released = json(
            EventPayloads::amend(QStringLiteral("BTCUSDT"), exit, 3000, QLatin1StringView("link")));
        QVERIFY(!released.value(QStringLiteral("held")).toBool());
        QCOMPARE(released.value(QStringLiteral("oco_id")).toInteger(), 13);
        exit.ocoId = 0; // unlinked: it works on alone
        const QJsonObject alone = json(
            EventPayloads::amend(QStringLiteral("BTCUSDT"), exit, 3000, QLatin1StringView("link")));
        QVERIFY(alone.value(QStringLiteral("oco_id")).isNull());
        for (const QJsonObject &payload : { order, cancel, trigger, reject, refused, plain,
                 trailing, amend, modify, fill, cancelledPart, bracket, held, released, alone })
            QVERIFY2(schemaProblem(payload).isEmpty(), qPrintable(schemaProblem(payload)));
    }

    void everyTopicArrivesInOrderAsDocumented()
    {
        RedisServer server;
        QVERIFY(server.ping());
        EventPublisher::Options options;
        QString error;
        options.url = *RedisUrl::parse(server.url(), &error);
        options.streamLength = 1'000'000;
        options.healthIntervalMs = 200;
        Node node(options);
        QTRY_VERIFY(node.publisher->counters().connected);
        node.run(2 * 3600); // two hours of event time
        QTRY_VERIFY_WITH_TIMEOUT(node.settled(), 20'000);
        QTest::qWait(400); // a health beat or two
        const auto counters = node.publisher->counters();
        QCOMPARE(counters.dropped, 0);
        QCOMPARE(counters.refused, 0);

        Client client(server.port());
        const QByteArrayList streams = client.keys("kairos:*");
        for (const char *topic : { "kairos:market_data:BTCUSDT", "kairos:candles:BTCUSDT:1m",
                 "kairos:candles:ETHUSDT:1h", "kairos:indicators:BTCUSDT:5m", "kairos:signals",
                 "kairos:orders", "kairos:order_results", "kairos:alerts", "kairos:health" })
            QVERIFY2(streams.contains(topic), topic);
        qint64 events = 0;
        for (const QByteArray &stream : streams) {
            const auto entries = client.range(stream);
            const QString name = QString::fromUtf8(stream);
            // Market data, candles and indicators come in event-time order and
            // their ids are their times; alerts, orders and results are about
            // events of different ages, and their ids never go back.
            const bool timed = stream.startsWith("kairos:market_data:")
                || stream.startsWith("kairos:candles:") || stream.startsWith("kairos:indicators:");
            std::int64_t previousTime = 0;
            for (const auto &[id, json] : entries) {
                const QJsonObject payload = QJsonDocument::fromJson(json).object();
                const QString problem = schemaProblem(payload);
                QVERIFY2(problem.isEmpty(), qPrintable(name + u": " + problem));
                const std::int64_t time = payload.value(QStringLiteral("timestamp")).toInteger();
                const std::int64_t idTime = id.split('-').first().toLongLong();
                if (stream == "kairos:health")
                    continue;
                QVERIFY2(idTime >= time, qPrintable(name + u" id " + QString::fromUtf8(id)));
                if (timed) {
                    QVERIFY2(time >= previousTime, qPrintable(name + u" goes back in time"));
                    QCOMPARE(idTime, time);
                }
                previousTime = time;
            }
            if (stream != "kairos:health")
                events += entries.size();
        }
        QCOMPARE(events, counters.delivered);

        // Candles: exactly the engine's, in order.
        const auto minutes = client.range("kairos:candles:ETHUSDT:1m");
        const CandleSeries &series = node.engine.aggregator().series(
            1, node.engine.aggregator().timeframeIndex(Timeframe::fromSeconds(60)));
        QCOMPARE(qint64(minutes.size()), series.size());
        for (qsizetype i = 0; i < minutes.size(); ++i) {
            const QJsonObject c = QJsonDocument::fromJson(minutes[i].second).object();
            QCOMPARE(c.value(QStringLiteral("timestamp")).toInteger(), series.at(i).time);
            QCOMPARE(c.value(QStringLiteral("close")).toString(), series.at(i).close.toString());
            QCOMPARE(c.value(QStringLiteral("state")).toString(), QStringLiteral("confirmed"));
        }
        // Every order has its result (filled, as market orders are).
        const auto orders = client.range("kairos:orders");
        QVERIFY(!orders.isEmpty());
        QSet<QString> results;
        for (const auto &entry : client.range("kairos:order_results"))
            results.insert(QJsonDocument::fromJson(entry.second)
                               .object()
                               .value(QStringLiteral("client_order_id"))
                               .toString());
        for (const auto &entry : orders) {
            const QString id = QJsonDocument::fromJson(entry.second)
                                   .object()
                                   .value(QStringLiteral("client_order_id"))
                                   .toString();
            QVERIFY2(results.contains(id), qPrintable(id));
        }
    }

    void anOlderSessionsEventsAreRefusedNotDelivered()
    {
        RedisServer server;
        QVERIFY(server.ping());
        // Redis already holds events of a later session on these streams.
        Client client(server.port());
        const QByteArrayList later { "kairos:signals", "kairos:orders", "kairos:order_results",
            "kairos:alerts" };
        for (const QByteArray &stream : later)
            client.command({ "XADD", stream, "1893456000000-0", "data", "{}" }); // 2030
        EventPublisher::Options options;
        QString error;
        options.url = *RedisUrl::parse(server.url(), &error);
        options.streamLength = 1'000'000;
        Node node(options);
        QSignalSpy warnings(node.publisher, &EventPublisher::warning);
        QTRY_VERIFY(node.publisher->counters().connected);
        node.run(1800);
        QTRY_VERIFY_WITH_TIMEOUT(node.settled(), 20'000);
        const auto counters = node.publisher->counters();
        QVERIFY(counters.refused > 0);
        QCOMPARE(counters.produced, counters.delivered + counters.dropped + counters.refused);
        // Delivered is what Redis stored, no more.
        qint64 stored = 0;
        for (const QByteArray &stream : client.keys("kairos:*")) {
            if (stream == "kairos:health")
                continue;
            stored += client.range(stream).size() - (later.contains(stream) ? 1 : 0);
        }
        QCOMPARE(stored, counters.delivered);
        QCOMPARE(counters.behindStreams, qint64(later.size()));
        QTRY_COMPARE(warnings.size(), later.size());
        QVERIFY(warnings.constFirst().constFirst().toString().contains(QStringLiteral("refuse")));
    }

    void aSilentServerIsDroppedAndRetried()
    {
        RedisServer server;
        QVERIFY(server.ping());
        EventPublisher::Options options;
        QString error;
        options.url = *RedisUrl::parse(server.url(), &error);
        options.replyTimeoutMs = 400;
        Node node(options);
        QTRY_VERIFY(node.publisher->counters().connected);
        QSignalSpy changes(node.publisher, &EventPublisher::connectionChanged);
        server.pause(); // idle, then silent: only a PING finds out
        QTRY_VERIFY_WITH_TIMEOUT(!node.publisher->counters().connected, 5000);
        QVERIFY(!changes.isEmpty());
        QCOMPARE(changes.constFirst().at(0).toBool(), false);
        QVERIFY2(changes.constFirst().at(1).toString().contains(QStringLiteral("no reply")),
            qPrintable(changes.constFirst().at(1).toString()));
        node.run(60); // events made meanwhile wait in the queue
        QTest::qWait(1500); // reconnects find a server that accepts and never answers
        server.resume();
        QTRY_VERIFY_WITH_TIMEOUT(node.publisher->counters().connected, 15'000);
        QVERIFY(node.publisher->counters().reconnects >= 2);
        QTRY_VERIFY_WITH_TIMEOUT(node.settled(), 20'000);
        QCOMPARE(node.publisher->counters().dropped, 0);
    }

    void authAndDatabaseAreHonoured()
    {
        RedisServer server({ QStringLiteral("--requirepass"), QStringLiteral("s3cret") });
        QVERIFY(server.ping());
        QString error;
        {
            EventPublisher::Options options;
            options.url = *RedisUrl::parse(server.url(QStringLiteral(":s3cret@"), 2), &error);
            Node node(options, 1);
            QTRY_VERIFY(node.publisher->counters().connected);
            node.run(600);
            QTRY_VERIFY_WITH_TIMEOUT(node.settled(), 10'000);
            QVERIFY(node.publisher->counters().delivered > 0);
        }
        Client db2(server.port(), "s3cret", 2);
        QVERIFY(db2.length("kairos:candles:BTCUSDT:1m") >= 9);
        Client db0(server.port(), "s3cret", 0);
        QVERIFY(db0.keys("kairos:*").isEmpty());

        // A wrong password: said, retried, and nothing blocks.
        EventPublisher::Options options;
        options.url = *RedisUrl::parse(server.url(QStringLiteral(":wrong@")), &error);
        Node node(options, 1);
        QTRY_VERIFY(!node.publisher->counters().lastError.isEmpty());
        QVERIFY2(node.publisher->counters().lastError.contains(QStringLiteral("refused")),
            qPrintable(node.publisher->counters().lastError));
        node.run(60);
        QVERIFY(!node.publisher->counters().connected);
        QVERIFY(node.publisher->counters().queued > 0);
    }

    void streamsStayBoundedByMaxLen()
    {
        RedisServer server;
        EventPublisher::Options options;
        QString error;
        options.url = *RedisUrl::parse(server.url(), &error);
        options.streamLength = 50;
        Node node(options, 1);
        QTRY_VERIFY(node.publisher->counters().connected);
        node.run(3600);
        QTRY_VERIFY_WITH_TIMEOUT(node.settled(), 20'000);
        Client client(server.port());
        const long long seconds = client.length("kairos:candles:BTCUSDT:1s");
        QVERIFY2(seconds >= 50 && seconds <= 250, qPrintable(QString::number(seconds)));
        QVERIFY(client.length("kairos:candles:BTCUSDT:1m") == 60);
    }

    void aTerminalFollowsTheNode()
    {
        RedisServer server;
        EventPublisher::Options options;
        QString error;
        options.url = *RedisUrl::parse(server.url(), &error);
        options.streamLength = 1'000'000;
        Node node(options);
        QTRY_VERIFY(node.publisher->counters().connected);
        node.run(3 * 3600);
        QTRY_VERIFY_WITH_TIMEOUT(node.settled(), 20'000);

        const InstrumentList instruments = RemoteEngine::discover(options.url, 5000, &error);
        QCOMPARE(instruments.size(), 2);
        QCOMPARE(instruments[0].symbol, QStringLiteral("BTCUSDT"));
        QCOMPARE(instruments[0].priceIncrement, node.generator.instruments()[0].priceIncrement);
        // Views still queued when this test ends go to `context`, which goes too.
        QObject context;
        auto *remote = new RemoteEngine(options.url, instruments);
        WorkerThread thread(remote, QStringLiteral("remote"));
        MarketView last;
        SignalList signalsSeen;
        FillList fillsSeen;
        qsizetype chartCandles = 0;
        connect(remote, &RemoteEngine::viewReady, &context, [&](const MarketView &view) {
            last = view;
            signalsSeen += view.newSignals;
            fillsSeen += view.trading.events.fills;
            if (view.chart())
                chartCandles = view.chart()->reset ? view.chart()->confirmed.size()
                                                   : chartCandles + view.chart()->confirmed.size();
        });
        thread.start();
        QMetaObject::invokeMethod(remote, &RemoteEngine::start, Qt::QueuedConnection);
        QMetaObject::invokeMethod(
            remote,
            [remote] {
                remote->setCharts({ { 0, 1, Timeframe::fromSeconds(60) } });
            },
            Qt::QueuedConnection);
        Client reader(server.port());
        qsizetype expectedFills = 0;
        for (const auto &entry : reader.range("kairos:order_results"))
            expectedFills += entry.second.contains("\"type\":\"fill\"") ? 1 : 0;
        QTRY_VERIFY_WITH_TIMEOUT(fillsSeen.size() == expectedFills && expectedFills > 0, 20'000);
        const CandleSeries &minutes = node.engine.aggregator().series(
            1, node.engine.aggregator().timeframeIndex(Timeframe::fromSeconds(60)));
        QTRY_COMPARE(qint64(chartCandles), std::min<qint64>(minutes.size(), 5000));
        QCOMPARE(last.chart()->confirmed.constLast(), minutes.last());
        QTRY_COMPARE(qint64(signalsSeen.size()), reader.length("kairos:signals"));
        // Positions from the node's fills, exactly.
        for (const PositionRow &row : std::as_const(last.trading.positions)) {
            const Position &p = node.engine.trader().portfolio().position(row.symbol);
            QCOMPARE(row.quantity, p.quantity);
            QCOMPARE(row.realizedPnl, p.realizedPnl);
        }
        QVERIFY(!last.trading.positions.isEmpty()
            || node.engine.trader().portfolio().realizedPnl() == Decimal());
    }

    void aKilledServerLosesNothingUncounted()
    {
        // Persisted on every write, so what Redis acknowledged survives the kill.
        RedisServer server({ QStringLiteral("--appendonly"), QStringLiteral("yes"),
            QStringLiteral("--appendfsync"), QStringLiteral("always") });
        EventPublisher::Options options;
        QString error;
        options.url = *RedisUrl::parse(server.url(), &error);
        options.streamLength = 1'000'000;
        options.maxQueued = 3000; // small, so the outage overflows it
        Node node(options);
        QTRY_VERIFY(node.publisher->counters().connected);
        for (int i = 0; i < 20; ++i) {
            node.run(60);
            QTest::qWait(5);
        }
        server.kill();
        QTRY_VERIFY(!node.publisher->counters().connected);
        QElapsedTimer outage;
        outage.start();
        node.run(4 * 3600); // the engine goes on; the queue overflows
        QVERIFY2(outage.elapsed() < 10'000, "the engine was held up by Redis");
        QVERIFY(node.publisher->counters().dropped > 0);
        server.start();
        QTRY_VERIFY_WITH_TIMEOUT(node.publisher->counters().connected, 20'000);
        node.run(600);
        QTRY_VERIFY_WITH_TIMEOUT(node.settled(), 20'000);

        const auto counters = node.publisher->counters();
        QVERIFY(counters.reconnects >= 1);
        QCOMPARE(counters.refused, 0);
        Client client(server.port());
        qint64 stored = 0;
        for (const QByteArray &stream : client.keys("kairos:*")) {
            if (stream != "kairos:health")
                stored += client.length(stream);
        }
        QCOMPARE(stored, counters.delivered);
        QCOMPARE(counters.produced - counters.dropped, stored);
    }
};

QTEST_GUILESS_MAIN(TestPublisher)
#include "tst_publisher.moc"
