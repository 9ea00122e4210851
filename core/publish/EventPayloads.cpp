#include "EventPayloads.h"

#include <cmath>

namespace kairos {

namespace {

// NaN (an indicator warming up) is null: JSON has no NaN.
QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QString severityKey(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Info:
        return QStringLiteral("info");
    case AlertSeverity::Warning:
        return QStringLiteral("warning");
    case AlertSeverity::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

} // namespace

QJsonObject EventPayloads::trade(const QString &symbol, const Tick &tick)
{
    return { { QStringLiteral("type"), QStringLiteral("trade") },
        { QStringLiteral("symbol"), symbol }, { QStringLiteral("price"), tick.price.toString() },
        { QStringLiteral("quantity"), tick.quantity.toString() },
        { QStringLiteral("side"),
            tick.side == Side::Unknown ? QStringLiteral("UNKNOWN") : sideName(tick.side) },
        { QStringLiteral("timestamp"), qint64(tick.time) } };
}

QJsonObject EventPayloads::candle(const QString &symbol, Timeframe timeframe, const Candle &c)
{
    return { { QStringLiteral("type"), QStringLiteral("candle") },
        { QStringLiteral("symbol"), symbol }, { QStringLiteral("timeframe"), timeframe.label() },
        { QStringLiteral("state"),
            c.state == CandleState::Confirmed ? QStringLiteral("confirmed")
                                              : QStringLiteral("forming") },
        { QStringLiteral("open"), c.open.toString() },
        { QStringLiteral("high"), c.high.toString() }, { QStringLiteral("low"), c.low.toString() },
        { QStringLiteral("close"), c.close.toString() },
        { QStringLiteral("volume"), c.volume.toString() },
        { QStringLiteral("trades"), qint64(c.trades) },
        { QStringLiteral("timestamp"), qint64(c.time) } };
}

QJsonObject EventPayloads::indicators(
    const QString &symbol, Timeframe timeframe, const IndicatorValues &v)
{
    return { { QStringLiteral("type"), QStringLiteral("indicators") },
        { QStringLiteral("symbol"), symbol }, { QStringLiteral("timeframe"), timeframe.label() },
        { QStringLiteral("sma"), number(v.sma) }, { QStringLiteral("ema_fast"), number(v.emaFast) },
        { QStringLiteral("ema_slow"), number(v.emaSlow) }, { QStringLiteral("rsi"), number(v.rsi) },
        { QStringLiteral("macd"), number(v.macd.macd) },
        { QStringLiteral("macd_signal"), number(v.macd.signal) },
        { QStringLiteral("macd_hist"), number(v.macd.histogram) },
        { QStringLiteral("bb_upper"), number(v.bands.upper) },
        { QStringLiteral("bb_middle"), number(v.bands.middle) },
        { QStringLiteral("bb_lower"), number(v.bands.lower) },
        { QStringLiteral("atr"), number(v.atr) }, { QStringLiteral("vwap"), number(v.vwap) },
        { QStringLiteral("stoch_k"), number(v.stochastic.k) },
        { QStringLiteral("stoch_d"), number(v.stochastic.d) },
        { QStringLiteral("timestamp"), qint64(v.time) } };
}

QJsonObject EventPayloads::signal(const QString &symbol, const Signal &s)
{
    return { { QStringLiteral("type"), QStringLiteral("signal") },
        { QStringLiteral("symbol"), symbol }, { QStringLiteral("timeframe"), s.timeframe.label() },
        { QStringLiteral("side"), sideName(s.side) },
        { QStringLiteral("confidence"), s.confidence }, { QStringLiteral("reason"), s.reason },
        { QStringLiteral("rule"), s.rule }, { QStringLiteral("price"), s.price },
        { QStringLiteral("timestamp"), qint64(s.time) } };
}

QJsonObject EventPayloads::order(const QString &symbol, const Order &o)
{
    return { { QStringLiteral("type"), QStringLiteral("order") },
        { QStringLiteral("order_id"), qint64(o.id) },
        { QStringLiteral("client_order_id"), o.clientOrderId },
        { QStringLiteral("symbol"), symbol }, { QStringLiteral("side"), sideName(o.side) },
        { QStringLiteral("order_type"),
            o.type == OrderType::Market ? QStringLiteral("market") : QStringLiteral("limit") },
        { QStringLiteral("time_in_force"),
            o.timeInForce == TimeInForce::GoodTillCancel ? QStringLiteral("gtc")
                                                         : QStringLiteral("ioc") },
        { QStringLiteral("quantity"), o.quantity.toString() },
        { QStringLiteral("limit_price"),
            o.type == OrderType::Limit ? QJsonValue(o.limitPrice.toString())
                                       : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("reason"), o.reason }, { QStringLiteral("timestamp"), qint64(o.time) } };
}

QJsonObject EventPayloads::fill(const QString &symbol, const Fill &f)
{
    return { { QStringLiteral("type"), QStringLiteral("fill") },
        { QStringLiteral("order_id"), qint64(f.orderId) },
        { QStringLiteral("client_order_id"), f.clientOrderId },
        { QStringLiteral("symbol"), symbol }, { QStringLiteral("side"), sideName(f.side) },
        { QStringLiteral("quantity"), f.quantity.toString() },
        { QStringLiteral("price"), f.price.toString() },
        { QStringLiteral("fee"), f.fee.toString() },
        { QStringLiteral("realized_pnl"), f.realizedPnl.toString() },
        { QStringLiteral("maker"), f.maker }, { QStringLiteral("timestamp"), qint64(f.time) } };
}

QJsonObject EventPayloads::cancel(const QString &symbol, const Order &o, std::int64_t time)
{
    return { { QStringLiteral("type"), QStringLiteral("cancel") },
        { QStringLiteral("order_id"), qint64(o.id) },
        { QStringLiteral("client_order_id"), o.clientOrderId },
        { QStringLiteral("symbol"), symbol }, { QStringLiteral("timestamp"), qint64(time) } };
}

QJsonObject EventPayloads::reject(const QString &symbol, const DeniedOrder &d)
{
    return { { QStringLiteral("type"), QStringLiteral("reject") },
        { QStringLiteral("client_order_id"), d.order.clientOrderId },
        { QStringLiteral("symbol"), symbol }, { QStringLiteral("side"), sideName(d.order.side) },
        { QStringLiteral("quantity"), d.order.quantity.toString() },
        { QStringLiteral("limit"), d.denial.limit },
        { QStringLiteral("limit_value"), d.denial.limitValue },
        { QStringLiteral("attempted"), d.denial.attempted },
        { QStringLiteral("message"), d.denial.message },
        { QStringLiteral("timestamp"), qint64(d.order.time) } };
}

QJsonObject EventPayloads::alert(const Alert &a)
{
    return { { QStringLiteral("type"), QStringLiteral("alert") },
        { QStringLiteral("severity"), severityKey(a.severity) },
        { QStringLiteral("source"), a.source }, { QStringLiteral("text"), a.text },
        { QStringLiteral("timestamp"), qint64(a.time) } };
}

} // namespace kairos
