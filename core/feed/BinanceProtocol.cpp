#include "BinanceProtocol.h"
#include "VenueFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kairos {

QUrl BinanceProtocol::streamUrl(const QUrl &base, const QStringList &symbols) const
{
    QStringList streams;
    for (const QString &symbol : symbols)
        streams << symbol.toLower() + QStringLiteral("@trade");
    QUrl url = base;
    url.setPath(QStringLiteral("/stream"));
    url.setQuery(QStringLiteral("streams=") + streams.join(u'/'));
    return url;
}

void BinanceProtocol::decode(QByteArrayView frame, VenueMessage &out) const
{
    const auto fail = [&out](const QString &why) {
        out.kind = VenueMessage::Kind::Malformed;
        out.error = why;
    };
    QString error;
    QJsonObject o;
    if (!VenueFields::object(frame, o, &error))
        return fail(error);
    if (o.contains(QLatin1StringView("result")) && o.contains(QLatin1StringView("id")))
        return; // the answer to a request: Control
    if (o.contains(QLatin1StringView("code")) && o.contains(QLatin1StringView("msg"))) {
        out.kind = VenueMessage::Kind::VenueError;
        out.error = o.value(QLatin1StringView("msg")).toString();
        return;
    }
    if (o.contains(QLatin1StringView("data")))
        o = o.value(QLatin1StringView("data")).toObject();
    const QString event = o.value(QLatin1StringView("e")).toString();
    if (event != u"trade" && event != u"aggTrade")
        return fail(tr("not a trade (e = '%1')").arg(event));
    VenueTrade trade;
    trade.symbol = o.value(QLatin1StringView("s")).toString();
    if (trade.symbol.isEmpty())
        return fail(tr("missing field 's'"));
    const QLatin1StringView id(event == u"trade" ? "t" : "a");
    if (!VenueFields::tradeId(o, id, trade.id, &error)
        || !VenueFields::decimalString(o, QLatin1StringView("p"), trade.tick.price, &error)
        || !VenueFields::quantityString(
            o, QLatin1StringView("q"), trade.tick.quantity, trade.beyond, &error))
        return fail(error);
    const QJsonValue time = o.value(QLatin1StringView("T"));
    if (!time.isDouble())
        return fail(tr("missing field 'T'"));
    trade.tick.time = time.toInteger();
    if (!VenueFields::plausible(trade.tick, &error))
        return fail(error);
    // m: the buyer was the maker, so the taker sold.
    trade.tick.side = o.value(QLatin1StringView("m")).toBool() ? Side::Sell : Side::Buy;
    out.kind = VenueMessage::Kind::Trades;
    out.trades.append(std::move(trade));
}

} // namespace kairos

namespace kairos {

namespace {

constexpr int PageSize = 1000;
constexpr std::int64_t HourMs = 3'600'000;

QUrl aggTradesUrl(const QUrl &base, const QString &query)
{
    QUrl url = base;
    url.setPath(QStringLiteral("/api/v3/aggTrades"));
    url.setQuery(query);
    return url;
}

} // namespace

QUrl BinanceProtocol::backfillUrl(const QUrl &base, const BackfillRange &range) const
{
    // Binance allows at most an hour between startTime and endTime; later
    // pages continue by aggregate id.
    const std::int64_t to = std::min(range.to, range.from + HourMs - 1);
    return aggTradesUrl(base,
        QStringLiteral("symbol=") + range.symbol + QStringLiteral("&startTime=")
            + QString::number(range.from) + QStringLiteral("&endTime=") + QString::number(to)
            + QStringLiteral("&limit=") + QString::number(PageSize));
}

bool BinanceProtocol::readBackfill(const QUrl &base, const BackfillRange &range,
    QByteArrayView body, QList<VenueTrade> &trades, QUrl &next, QString *error) const
{
    QJsonArray page;
    if (!VenueFields::array(body, page, error)) {
        *error = tr("aggTrades: %1").arg(*error);
        return false;
    }
    std::int64_t lastAggregate = -1;
    std::int64_t lastTradeId = 0;
    for (const QJsonValue &item : page) {
        const QJsonObject o = item.toObject();
        VenueTrade trade;
        trade.symbol = range.symbol;
        trade.firstId = o.value(QLatin1StringView("f")).toInteger();
        trade.id = o.value(QLatin1StringView("l")).toInteger();
        trade.tick.time = o.value(QLatin1StringView("T")).toInteger();
        if (!VenueFields::decimalString(o, QLatin1StringView("p"), trade.tick.price, error)
            || !VenueFields::quantityString(
                o, QLatin1StringView("q"), trade.tick.quantity, trade.beyond, error)
            || !VenueFields::plausible(trade.tick, error) || trade.firstId <= 0
            || trade.id < trade.firstId) {
            if (error->isEmpty())
                *error = tr("aggTrades: an entry without trade ids");
            *error = tr("aggTrades: %1").arg(*error);
            return false;
        }
        trade.tick.side = o.value(QLatin1StringView("m")).toBool() ? Side::Sell : Side::Buy;
        lastAggregate
            = std::max<std::int64_t>(lastAggregate, o.value(QLatin1StringView("a")).toInteger());
        lastTradeId = std::max(lastTradeId, trade.id);
        trades.append(std::move(trade));
    }
    next = {};
    if (lastAggregate >= 0 && lastTradeId < range.beforeId - 1
        && (page.size() == PageSize
            || (range.to - range.from >= HourMs && trades.constLast().tick.time < range.to)))
        next = aggTradesUrl(base,
            QStringLiteral("symbol=") + range.symbol + QStringLiteral("&fromId=")
                + QString::number(lastAggregate + 1) + QStringLiteral("&limit=")
                + QString::number(PageSize));
    return true;
}

QUrl BinanceProtocol::instrumentsUrl(const QUrl &base, const QStringList &symbols) const
{
    QUrl url = base;
    url.setPath(QStringLiteral("/api/v3/exchangeInfo"));
    const QString list
        = QStringLiteral("[\"") + symbols.join(QStringLiteral("\",\"")) + QStringLiteral("\"]");
    url.setQuery(QStringLiteral("symbols=") + QString::fromLatin1(QUrl::toPercentEncoding(list)));
    return url;
}

bool BinanceProtocol::readInstruments(QByteArrayView body, const QStringList &symbols,
    QHash<QString, Instrument> &rules, QString *error) const
{
    QJsonObject o;
    if (!VenueFields::object(body, o, error)) {
        *error = tr("exchangeInfo: %1").arg(*error);
        return false;
    }
    if (!o.value(QLatin1StringView("symbols")).isArray()) {
        *error = tr("exchangeInfo: no 'symbols' list");
        return false;
    }
    for (const QJsonValue &item : o.value(QLatin1StringView("symbols")).toArray()) {
        const QJsonObject entry = item.toObject();
        const QString symbol = entry.value(QLatin1StringView("symbol")).toString();
        if (!symbols.contains(symbol))
            continue;
        Instrument rule;
        rule.symbol = symbol;
        bool tick = false;
        bool lot = false;
        for (const QJsonValue &f : entry.value(QLatin1StringView("filters")).toArray()) {
            const QJsonObject filter = f.toObject();
            const QString type = filter.value(QLatin1StringView("filterType")).toString();
            bool read = true;
            if (type == u"PRICE_FILTER") {
                tick = read = VenueFields::decimalString(
                    filter, QLatin1StringView("tickSize"), rule.priceIncrement, error);
            } else if (type == u"LOT_SIZE") {
                lot = read = VenueFields::decimalString(filter, QLatin1StringView("stepSize"),
                                 rule.quantityIncrement, error)
                    && VenueFields::decimalString(
                        filter, QLatin1StringView("minQty"), rule.minQuantity, error);
            } else if (type == u"NOTIONAL" || type == u"MIN_NOTIONAL") {
                read = VenueFields::decimalString(
                    filter, QLatin1StringView("minNotional"), rule.minNotional, error);
            }
            if (!read) {
                *error = tr("exchangeInfo: %1: %2").arg(symbol, *error);
                return false;
            }
        }
        if (tick && lot)
            rules.insert(symbol, rule);
    }
    return true;
}

} // namespace kairos
