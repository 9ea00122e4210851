#include "RemoteEngine.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <functional>

namespace kairos {

namespace {

Decimal decimal(const QJsonObject &o, const char *key)
{
    return Decimal::parse(o.value(QLatin1StringView(key)).toString().toUtf8()).value_or(Decimal());
}

std::int64_t time(const QJsonObject &o)
{
    return o.value(QStringLiteral("timestamp")).toInteger();
}

Side side(const QJsonObject &o)
{
    return parseSide(o.value(QStringLiteral("side")).toString().toUtf8()).value_or(Side::Unknown);
}

} // namespace

RemoteEngine::RemoteEngine(const RedisUrl &url, const InstrumentList &instruments, QObject *parent)
    : QObject(parent)
    , m_instruments(instruments)
    , m_timeframes(Timeframe::standard())
    , m_source(new RedisSource(url, this))
    , m_viewTimer(this)
    , m_last(std::size_t(instruments.size()))
    , m_dayOpen(std::size_t(instruments.size()))
    , m_portfolio(Decimal::fromInteger(100'000), int(instruments.size()))
{
    for (qsizetype i = 0; i < instruments.size(); ++i)
        m_symbols.insert(instruments[i].symbol, std::uint32_t(i));
    m_series.reserve(std::size_t(instruments.size() * m_timeframes.size()));
    for (qsizetype i = 0; i < instruments.size() * m_timeframes.size(); ++i)
        m_series.emplace_back(CandleSeries::DefaultCapacity);
    m_viewTimer.setInterval(ViewIntervalMs);
    connect(&m_viewTimer, &QTimer::timeout, this, &RemoteEngine::publishView);
    connect(m_source, &RedisSource::eventsReady, this, &RemoteEngine::apply);
    connect(m_source, &RedisSource::connectionChanged, this, &RemoteEngine::connectionChanged);
}

InstrumentList RemoteEngine::discover(const RedisUrl &url, int timeoutMs, QString *error)
{
    RedisConnection connection;
    QEventLoop loop;
    QStringList names;
    QHash<QString, std::pair<int, int>> decimals; // symbol → (price, quantity) decimals seen
    const auto decimalsOf = [](const QJsonValue &value) {
        const QString text = value.toString();
        const qsizetype dot = text.indexOf(u'.');
        return dot < 0 ? 0 : int(text.size() - dot - 1);
    };
    QObject::connect(&connection, &RedisConnection::disconnected, &loop, [&](const QString &why) {
        *error = why;
        loop.quit();
    });
    // SCAN, never KEYS: a big Redis answers KEYS by blocking everyone else.
    QByteArrayList samples;
    std::function<void(const QByteArray &)> scan;
    std::function<void()> sample;
    scan = [&](const QByteArray &cursor) {
        connection.send({ QByteArrayLiteral("SCAN"), cursor, QByteArrayLiteral("MATCH"),
                            QByteArrayLiteral("kairos:candles:*"), QByteArrayLiteral("TYPE"),
                            QByteArrayLiteral("stream"), QByteArrayLiteral("COUNT"),
                            QByteArrayLiteral("1000") },
            [&](const RedisReply &reply) {
                if (reply.elements.size() != 2) {
                    *error = QString::fromUtf8(reply.text);
                    loop.quit();
                    return;
                }
                for (const RedisReply &key : reply.elements[1].elements) {
                    const QList<QByteArray> parts = key.text.split(':');
                    if (parts.size() == 4 && !names.contains(QString::fromUtf8(parts[2]))) {
                        names << QString::fromUtf8(parts[2]);
                        samples << key.text;
                    }
                }
                if (reply.elements[0].text != "0")
                    scan(reply.elements[0].text);
                else
                    sample();
            });
    };
    QObject::connect(&connection, &RedisConnection::ready, &loop, [&] { scan("0"); });
    sample = [&] {
        if (samples.isEmpty())
            loop.quit();
        // The price and size steps are not published: the newest
        // candles show how many decimals the node uses.
        for (const QByteArray &stream : std::as_const(samples)) {
            const bool last = stream == samples.constLast();
            connection.send(
                { QByteArrayLiteral("XREVRANGE"), stream, QByteArrayLiteral("+"),
                    QByteArrayLiteral("-"), QByteArrayLiteral("COUNT"), QByteArrayLiteral("50") },
                [&, last](const RedisReply &entries) {
                    for (const RedisReply &entry : entries.elements) {
                        if (entry.elements.size() != 2 || entry.elements[1].elements.size() < 2)
                            continue;
                        const QJsonObject c
                            = QJsonDocument::fromJson(entry.elements[1].elements[1].text).object();
                        auto &[price, quantity]
                            = decimals[c.value(QStringLiteral("symbol")).toString()];
                        for (const char *key : { "open", "high", "low", "close" })
                            price = std::max(price, decimalsOf(c.value(QLatin1StringView(key))));
                        quantity
                            = std::max(quantity, decimalsOf(c.value(QStringLiteral("volume"))));
                    }
                    if (last)
                        loop.quit();
                });
        }
    };
    QTimer::singleShot(timeoutMs, &loop, [&] {
        *error = tr("%1 did not answer within %2 s").arg(url.display()).arg(timeoutMs / 1000);
        loop.quit();
    });
    connection.open(url);
    loop.exec();
    names.sort();
    InstrumentList out;
    const auto step = [](int decimals) {
        std::int64_t units = 100'000'000;
        for (int d = 0; d < std::min(decimals, 8); ++d)
            units /= 10;
        return Decimal::fromUnits(units);
    };
    for (const QString &name : std::as_const(names)) {
        const auto [price, quantity] = decimals.value(name, { 8, 8 });
        out.append({ name, step(price), step(quantity) });
    }
    if (out.isEmpty() && error->isEmpty())
        *error = tr("no Kairos node publishes to %1").arg(url.display());
    return out;
}

void RemoteEngine::start()
{
    m_viewTimer.start();
    m_source->start();
}

std::optional<std::uint32_t> RemoteEngine::symbolIndex(const QJsonObject &payload) const
{
    const auto it = m_symbols.constFind(payload.value(QStringLiteral("symbol")).toString());
    if (it == m_symbols.cend())
        return std::nullopt;
    return *it;
}

void RemoteEngine::apply(const RemoteEventList &events)
{
    for (const RemoteEvent &event : events)
        applyOne(event);
    m_stats.ticks += events.size();
    m_viewEvents.keepViewable();
    m_dirty = true;
}

void RemoteEngine::applyOne(const RemoteEvent &event)
{
    const QJsonObject &o = event.payload;
    const QString type = o.value(QStringLiteral("type")).toString();
    const std::optional<std::uint32_t> symbol = symbolIndex(o);
    m_stats.eventTime = std::max(m_stats.eventTime, time(o));
    if (type == u"candle" && symbol) {
        const int tf = int(m_timeframes.indexOf(
            Timeframe::parse(o.value(QStringLiteral("timeframe")).toString())));
        if (tf < 0 || o.value(QStringLiteral("state")).toString() != u"confirmed")
            return;
        Candle c;
        c.time = time(o);
        c.open = decimal(o, "open");
        c.high = decimal(o, "high");
        c.low = decimal(o, "low");
        c.close = decimal(o, "close");
        c.volume = Volume::parse(o.value(QStringLiteral("volume")).toString().toUtf8())
                       .value_or(Volume());
        c.trades = std::uint32_t(o.value(QStringLiteral("trades")).toInteger());
        c.state = CandleState::Confirmed;
        CandleSeries &series = m_series[std::size_t(*symbol) * m_timeframes.size() + tf];
        if (!series.isEmpty() && series.last().time >= c.time)
            return; // already have it (a reconnect never repeats, but be sure)
        series.append(c);
        if (!m_last[*symbol])
            m_last[*symbol] = c.close;
        if (m_timeframes[tf].seconds() == 60) {
            const std::int64_t day = Timeframe::fromSeconds(86400).bucketStart(c.time);
            if (m_dayOpen[*symbol].first != day)
                m_dayOpen[*symbol] = { day, c.open };
            m_last[*symbol] = c.close;
        }
    } else if (type == u"trade" && symbol) {
        m_last[*symbol] = decimal(o, "price");
        m_portfolio.mark(*symbol, *m_last[*symbol]);
    } else if (type == u"signal" && symbol) {
        Signal s;
        s.symbol = *symbol;
        s.timeframe = Timeframe::parse(o.value(QStringLiteral("timeframe")).toString());
        s.side = side(o);
        s.confidence = o.value(QStringLiteral("confidence")).toDouble();
        s.reason = o.value(QStringLiteral("reason")).toString();
        s.rule = o.value(QStringLiteral("rule")).toString();
        s.time = time(o);
        s.price = o.value(QStringLiteral("price")).toDouble();
        m_newSignals.append(s);
    } else if (type == u"order" && symbol) {
        Order order;
        order.id = o.value(QStringLiteral("order_id")).toInteger();
        order.clientOrderId = o.value(QStringLiteral("client_order_id")).toString();
        order.symbol = *symbol;
        order.side = side(o);
        order.type = orderTypeFromKey(o.value(QStringLiteral("order_type")).toString())
                         .value_or(OrderType::Market);
        order.timeInForce = timeInForceFromKey(o.value(QStringLiteral("time_in_force")).toString())
                                .value_or(TimeInForce::GoodTillCancel);
        order.quantity = decimal(o, "quantity");
        order.limitPrice = decimal(o, "limit_price");
        order.stopPrice = decimal(o, "stop_price");
        order.trailOffset = decimal(o, "trail_offset");
        order.trailPercent = o.value(QStringLiteral("trail_percent")).toBool();
        order.activationPrice = decimal(o, "activation_price");
        order.reduceOnly = o.value(QStringLiteral("reduce_only")).toBool();
        order.postOnly = o.value(QStringLiteral("post_only")).toBool();
        order.takeProfit = decimal(o, "take_profit");
        order.stopLoss = decimal(o, "stop_loss");
        order.stopLossTrail = decimal(o, "stop_loss_trail");
        order.parentId = o.value(QStringLiteral("parent_id")).toInteger();
        order.ocoId = o.value(QStringLiteral("oco_id")).toInteger();
        order.timeLimit = o.value(QStringLiteral("time_limit")).toInteger();
        order.closeAt = o.value(QStringLiteral("close_at")).toInteger();
        order.held = o.value(QStringLiteral("held")).toBool();
        order.reason = o.value(QStringLiteral("reason")).toString();
        order.time = time(o);
        m_openOrders.insert(order.id, order);
        m_viewEvents.accepted.append(order);
    } else if (type == u"fill" && symbol) {
        Fill fill;
        fill.orderId = o.value(QStringLiteral("order_id")).toInteger();
        fill.clientOrderId = o.value(QStringLiteral("client_order_id")).toString();
        fill.symbol = *symbol;
        fill.side = side(o);
        fill.quantity = decimal(o, "quantity");
        fill.price = decimal(o, "price");
        fill.fee = decimal(o, "fee");
        fill.time = time(o);
        fill.maker = o.value(QStringLiteral("maker")).toBool();
        fill.cumulativeQuantity = decimal(o, "cumulative_quantity");
        fill.leavesQuantity = decimal(o, "leaves_quantity");
        fill.averagePrice = decimal(o, "average_price");
        fill.reason = m_openOrders.value(fill.orderId).reason;
        m_portfolio.apply(fill); // books it and sets its realized PnL, as the node did
        m_portfolio.recordEquity(fill.time);
        // A part: the order works on with what has traded.
        if (fill.leavesQuantity > Decimal() && m_openOrders.contains(fill.orderId)) {
            Order &order = m_openOrders[fill.orderId];
            order.filledQuantity = fill.cumulativeQuantity;
            order.averagePrice = fill.averagePrice;
            order.status = OrderStatus::PartiallyFilled;
        } else {
            m_openOrders.remove(fill.orderId);
        }
        m_viewEvents.fills.append(fill);
    } else if (type == u"cancel") {
        const qint64 id = o.value(QStringLiteral("order_id")).toInteger();
        if (m_openOrders.contains(id)) {
            m_viewEvents.cancelled.append(m_openOrders.take(id));
            if (o.value(QStringLiteral("expired")).toBool())
                m_viewEvents.cancelled.last().status = OrderStatus::Expired;
        }
    } else if (type == u"amend") {
        const qint64 id = o.value(QStringLiteral("order_id")).toInteger();
        if (m_openOrders.contains(id)) {
            Order &order = m_openOrders[id];
            order.quantity = decimal(o, "quantity");
            order.stopPrice = decimal(o, "stop_price");
            order.trailExtreme = decimal(o, "trail_extreme");
            if (order.type == OrderType::TrailingStop)
                order.trailOffset = decimal(o, "trail_offset");
            if (order.released() == OrderType::Limit)
                order.limitPrice = decimal(o, "limit_price");
            order.held = o.value(QStringLiteral("held")).toBool();
            order.ocoId = o.value(QStringLiteral("oco_id")).toInteger();
            const QString cause = o.value(QStringLiteral("cause")).toString();
            if (cause == u"modify")
                m_viewEvents.modified.append(order);
            else if (cause == u"link")
                m_viewEvents.link(order);
            else
                m_viewEvents.amend(order);
        }
    } else if (type == u"trigger") {
        const qint64 id = o.value(QStringLiteral("order_id")).toInteger();
        if (m_openOrders.contains(id)) {
            m_openOrders[id].triggered = true;
            m_viewEvents.triggered.append(m_openOrders.value(id));
        }
    } else if (type == u"reject" && symbol) {
        DeniedOrder denied;
        if (const qint64 id = o.value(QStringLiteral("order_id")).toInteger(); id > 0)
            m_openOrders.remove(id);
        denied.order.clientOrderId = o.value(QStringLiteral("client_order_id")).toString();
        denied.order.symbol = *symbol;
        denied.order.side = side(o);
        denied.order.quantity = decimal(o, "quantity");
        denied.order.time = time(o);
        denied.order.status = OrderStatus::Denied;
        denied.denial = { o.value(QStringLiteral("limit")).toString(),
            o.value(QStringLiteral("limit_value")).toString(),
            o.value(QStringLiteral("attempted")).toString(),
            o.value(QStringLiteral("message")).toString() };
        m_viewEvents.denied.append(denied);
    } else if (type == u"alert") {
        const QString severity = o.value(QStringLiteral("severity")).toString();
        m_viewEvents.alerts.append({ time(o),
            severity == u"critical"      ? AlertSeverity::Critical
                : severity == u"warning" ? AlertSeverity::Warning
                                         : AlertSeverity::Info,
            o.value(QStringLiteral("source")).toString(),
            o.value(QStringLiteral("text")).toString() });
    } else if (type == u"account") {
        // The node's own starting cash, whenever its fills came in.
        const Decimal cash = decimal(o, "initial_cash");
        if (cash > Decimal())
            m_portfolio.setInitialCash(cash);
    }
}

void RemoteEngine::setCharts(const ChartSubscriptionList &charts)
{
    m_charts.set(charts, m_timeframes, m_instruments.size());
    m_dirty = true;
}

void RemoteEngine::setChartIndicators(const IndicatorParams &params)
{
    if (!params.validate().isEmpty())
        return;
    m_params = params;
    m_charts.resetAll();
    m_dirty = true;
}

ChartUpdate RemoteEngine::buildChart(ChartSubscriptions::Entry &chart)
{
    const CandleSeries &series
        = m_series[std::size_t(chart.symbol) * m_timeframes.size() + chart.timeframeIndex];
    ChartUpdate update;
    update.chart = chart.chart;
    update.symbol = chart.symbol;
    update.timeframe = m_timeframes[chart.timeframeIndex];
    update.reset = chart.reset;
    update.indicatorParams = m_params;
    const std::int64_t from = chart.reset ? 0 : chart.sent;
    if (chart.reset)
        chart.indicators = IndicatorSet(m_params);
    const CandleList candles = series.since(from, series.size());
    const qsizetype firstSent = chart.reset ? std::max<qsizetype>(0, candles.size() - 5000) : 0;
    for (qsizetype i = 0; i < candles.size(); ++i) {
        const IndicatorValues values = chart.indicators.update(candles[i]);
        if (i >= firstSent) {
            update.confirmed.append(candles[i]);
            update.indicators.append(values);
        }
    }
    for (const Signal &s : std::as_const(m_newSignals)) {
        if (s.symbol == chart.symbol && s.timeframe == update.timeframe)
            update.seriesSignals.append(s);
    }
    for (const DeniedOrder &denied : std::as_const(m_viewEvents.denied)) {
        if (denied.order.symbol == chart.symbol)
            update.seriesDenials.append(denied);
    }
    chart.sent = series.appendedCount();
    chart.reset = false;
    return update;
}

void RemoteEngine::publishView()
{
    if (!m_dirty)
        return;
    m_dirty = false;
    MarketView view;
    for (std::uint32_t s = 0; s < std::uint32_t(m_instruments.size()); ++s) {
        WatchRow row;
        row.symbol = s;
        row.last = m_last[s];
        if (m_dayOpen[s].first != 0)
            row.dayOpen = m_dayOpen[s].second;
        view.watchlist.append(row);
    }
    for (ChartSubscriptions::Entry &chart : m_charts.entries())
        view.charts.append(buildChart(chart));
    view.newSignals = std::exchange(m_newSignals, {});

    TradingSnapshot &t = view.trading;
    for (std::uint32_t s = 0; s < std::uint32_t(m_portfolio.symbolCount()); ++s) {
        const Position &p = m_portfolio.position(s);
        if (p.quantity == Decimal() && p.realizedPnl == Decimal())
            continue;
        t.positions.append({ s, p.quantity, m_portfolio.averagePrice(s), p.mark,
            m_portfolio.positionValue(s) - p.cost, p.realizedPnl, p.fees });
    }
    for (const Order &order : std::as_const(m_openOrders))
        t.openOrders.append(order);
    AccountSummary &a = t.account;
    a.initialCash = m_portfolio.initialCash();
    a.cash = m_portfolio.cash();
    a.equity = m_portfolio.equity();
    a.realizedPnl = m_portfolio.realizedPnl();
    a.unrealizedPnl = m_portfolio.unrealizedPnl();
    a.fees = m_portfolio.feesPaid();
    a.drawdown = std::max(Decimal(), m_portfolio.peakEquity() - a.equity);
    t.newEquity = m_portfolio.equitySince(m_equitySent);
    m_equitySent = m_portfolio.equityRecorded();
    t.events = std::exchange(m_viewEvents, {});
    view.stats = m_stats;
    emit viewReady(view);
}

} // namespace kairos
