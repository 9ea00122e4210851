#include "EventPayloads.h"

#include "JsonWriter.h"

namespace kairos {

namespace {

QLatin1StringView sideKey(Side side)
{
    switch (side) {
    case Side::Buy:
        return QLatin1StringView("BUY");
    case Side::Sell:
        return QLatin1StringView("SELL");
    case Side::Unknown:
        break;
    }
    return QLatin1StringView("UNKNOWN");
}

// A price that is there or not (zero): a decimal string, else null.
void optionalPrice(JsonWriter &json, const char *key, Decimal price)
{
    if (price > Decimal())
        json.string(key, price.toString());
    else
        json.null(key);
}

void optionalId(JsonWriter &json, const char *key, std::int64_t id)
{
    if (id > 0)
        json.integer(key, id);
    else
        json.null(key);
}

} // namespace

QByteArray EventPayloads::trade(const QString &symbol, const Tick &tick)
{
    return JsonWriter()
        .string("type", QLatin1StringView("trade"))
        .string("symbol", symbol)
        .string("price", tick.price.toString())
        .string("quantity", tick.quantity.toString())
        .string("side", sideKey(tick.side))
        .integer("timestamp", tick.time)
        .finish();
}

QByteArray EventPayloads::candle(const QString &symbol, Timeframe timeframe, const Candle &c)
{
    return JsonWriter()
        .string("type", QLatin1StringView("candle"))
        .string("symbol", symbol)
        .string("timeframe", timeframe.label())
        .string(
            "state", QLatin1StringView(c.state == CandleState::Confirmed ? "confirmed" : "forming"))
        .string("open", c.open.toString())
        .string("high", c.high.toString())
        .string("low", c.low.toString())
        .string("close", c.close.toString())
        .string("volume", c.volume.toString())
        .integer("trades", c.trades)
        .integer("timestamp", c.time)
        .finish();
}

QByteArray EventPayloads::indicators(
    const QString &symbol, Timeframe timeframe, const IndicatorValues &v)
{
    return JsonWriter()
        .string("type", QLatin1StringView("indicators"))
        .string("symbol", symbol)
        .string("timeframe", timeframe.label())
        .number("sma", v.sma)
        .number("ema_fast", v.emaFast)
        .number("ema_slow", v.emaSlow)
        .number("rsi", v.rsi)
        .number("macd", v.macd.macd)
        .number("macd_signal", v.macd.signal)
        .number("macd_hist", v.macd.histogram)
        .number("bb_upper", v.bands.upper)
        .number("bb_middle", v.bands.middle)
        .number("bb_lower", v.bands.lower)
        .number("atr", v.atr)
        .number("vwap", v.vwap)
        .number("stoch_k", v.stochastic.k)
        .number("stoch_d", v.stochastic.d)
        .integer("timestamp", v.time)
        .finish();
}

QByteArray EventPayloads::signal(const QString &symbol, const Signal &s)
{
    return JsonWriter()
        .string("type", QLatin1StringView("signal"))
        .string("symbol", symbol)
        .string("timeframe", s.timeframe.label())
        .string("side", sideKey(s.side))
        .number("confidence", s.confidence)
        .string("reason", s.reason)
        .string("rule", s.rule)
        .number("price", s.price)
        .integer("timestamp", s.time)
        .finish();
}

QByteArray EventPayloads::order(const QString &symbol, const Order &o)
{
    JsonWriter json;
    json.string("type", QLatin1StringView("order"))
        .integer("order_id", o.id)
        .string("client_order_id", o.clientOrderId)
        .string("symbol", symbol)
        .string("side", sideKey(o.side))
        .string("order_type", orderTypeKey(o.type))
        .string("time_in_force", timeInForceKey(o.timeInForce))
        .string("quantity", o.quantity.toString());
    if (o.released() == OrderType::Limit)
        json.string("limit_price", o.limitPrice.toString());
    else
        json.null("limit_price");
    optionalPrice(json, "stop_price", o.released() != o.type ? o.stopPrice : Decimal());
    const bool trailing = o.type == OrderType::TrailingStop;
    optionalPrice(json, "trail_offset", trailing ? o.trailOffset : Decimal());
    json.boolean("trail_percent", trailing && o.trailPercent);
    optionalPrice(json, "activation_price", trailing ? o.activationPrice : Decimal());
    optionalPrice(json, "take_profit", o.takeProfit);
    optionalPrice(json, "stop_loss", o.stopLoss);
    optionalPrice(json, "stop_loss_trail", o.stopLossTrail);
    optionalId(json, "parent_id", o.parentId);
    optionalId(json, "oco_id", o.ocoId);
    optionalId(json, "time_limit", o.timeLimit);
    optionalId(json, "close_at", o.closeAt);
    return json.boolean("held", o.held)
        .boolean("reduce_only", o.reduceOnly)
        .boolean("post_only", o.postOnly)
        .string("reason", o.reason)
        .integer("timestamp", o.time)
        .finish();
}

QByteArray EventPayloads::amend(
    const QString &symbol, const Order &o, std::int64_t time, QLatin1StringView cause)
{
    JsonWriter json;
    json.string("type", QLatin1StringView("amend"))
        .integer("order_id", o.id)
        .string("client_order_id", o.clientOrderId)
        .string("symbol", symbol)
        .string("cause", cause)
        .string("quantity", o.quantity.toString());
    optionalPrice(json, "stop_price", o.stopPrice);
    optionalPrice(json, "limit_price", o.released() == OrderType::Limit ? o.limitPrice : Decimal());
    optionalPrice(
        json, "trail_offset", o.type == OrderType::TrailingStop ? o.trailOffset : Decimal());
    optionalPrice(json, "trail_extreme", o.trailExtreme);
    optionalId(json, "oco_id", o.ocoId);
    return json.boolean("held", o.held).integer("timestamp", time).finish();
}

QByteArray EventPayloads::fill(const QString &symbol, const Fill &f)
{
    return JsonWriter()
        .string("type", QLatin1StringView("fill"))
        .integer("order_id", f.orderId)
        .string("client_order_id", f.clientOrderId)
        .string("symbol", symbol)
        .string("side", sideKey(f.side))
        .string("quantity", f.quantity.toString())
        .string("price", f.price.toString())
        .string("fee", f.fee.toString())
        .string("realized_pnl", f.realizedPnl.toString())
        .boolean("maker", f.maker)
        .string("cumulative_quantity", f.cumulativeQuantity.toString())
        .string("leaves_quantity", f.leavesQuantity.toString())
        .string("average_price", f.averagePrice.toString())
        .integer("timestamp", f.time)
        .finish();
}

QByteArray EventPayloads::cancel(const QString &symbol, const Order &o, std::int64_t time)
{
    return JsonWriter()
        .string("type", QLatin1StringView("cancel"))
        .integer("order_id", o.id)
        .string("client_order_id", o.clientOrderId)
        .string("symbol", symbol)
        .boolean("expired", o.status == OrderStatus::Expired)
        .string("filled_quantity", o.filledQuantity.toString())
        .integer("timestamp", time)
        .finish();
}

QByteArray EventPayloads::trigger(const QString &symbol, const Order &o, std::int64_t time)
{
    return JsonWriter()
        .string("type", QLatin1StringView("trigger"))
        .integer("order_id", o.id)
        .string("client_order_id", o.clientOrderId)
        .string("symbol", symbol)
        .string("stop_price", o.stopPrice.toString())
        .integer("timestamp", time)
        .finish();
}

QByteArray EventPayloads::reject(const QString &symbol, const DeniedOrder &d)
{
    JsonWriter json;
    json.string("type", QLatin1StringView("reject"));
    // A stop refused when a trade reached it had been accepted: its id.
    if (d.order.id > 0)
        json.integer("order_id", d.order.id);
    else
        json.null("order_id");
    return json.string("client_order_id", d.order.clientOrderId)
        .string("symbol", symbol)
        .string("side", sideKey(d.order.side))
        .string("quantity", d.order.quantity.toString())
        .string("limit", d.denial.limit)
        .string("limit_value", d.denial.limitValue)
        .string("attempted", d.denial.attempted)
        .string("message", d.denial.message)
        .integer("timestamp", d.order.time)
        .finish();
}

QByteArray EventPayloads::alert(const Alert &a)
{
    return JsonWriter()
        .string("type", QLatin1StringView("alert"))
        .string("severity", alertSeverityKey(a.severity))
        .string("source", a.source)
        .string("text", a.text)
        .integer("timestamp", a.time)
        .finish();
}

QByteArray EventPayloads::account(const Decimal &initialCash, std::int64_t time)
{
    return JsonWriter()
        .string("type", QLatin1StringView("account"))
        .string("initial_cash", initialCash.toString())
        .integer("timestamp", time)
        .finish();
}

} // namespace kairos
