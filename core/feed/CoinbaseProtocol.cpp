#include "CoinbaseProtocol.h"
#include "VenueFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kairos {

QStringList CoinbaseProtocol::subscribeMessages(const QStringList &symbols) const
{
    const QJsonObject request {
        { QStringLiteral("type"), QStringLiteral("subscribe") },
        { QStringLiteral("product_ids"), QJsonArray::fromStringList(symbols) },
        { QStringLiteral("channels"),
            QJsonArray { QStringLiteral("matches"), QStringLiteral("heartbeat") } },
    };
    return { QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact)) };
}

void CoinbaseProtocol::decode(QByteArrayView frame, VenueMessage &out) const
{
    const auto fail = [&out](const QString &why) {
        out.kind = VenueMessage::Kind::Malformed;
        out.error = why;
    };
    QString error;
    QJsonObject o;
    if (!VenueFields::object(frame, o, &error))
        return fail(error);
    const QString type = o.value(QLatin1StringView("type")).toString();
    if (type == u"subscriptions")
        return;
    if (type == u"error") {
        out.kind = VenueMessage::Kind::VenueError;
        out.error = o.value(QLatin1StringView("message")).toString() + QStringLiteral(": ")
            + o.value(QLatin1StringView("reason")).toString();
        return;
    }
    VenueTrade trade;
    trade.symbol = o.value(QLatin1StringView("product_id")).toString();
    if (type == u"heartbeat") {
        out.kind = VenueMessage::Kind::Heartbeat;
        const QJsonValue last = o.value(QLatin1StringView("last_trade_id"));
        if (!trade.symbol.isEmpty() && last.isDouble()) {
            trade.id = last.toInteger();
            out.trades.append(std::move(trade));
        }
        return;
    }
    if (type != u"match" && type != u"last_match")
        return fail(tr("not a match (type = '%1')").arg(type));
    if (trade.symbol.isEmpty())
        return fail(tr("missing field 'product_id'"));
    // The maker's side: a "sell" match is a buyer taking the offer.
    if (!VenueFields::tradeId(o, QLatin1StringView("trade_id"), trade.id, &error)
        || !VenueFields::decimalString(o, QLatin1StringView("price"), trade.tick.price, &error)
        || !VenueFields::quantityString(
            o, QLatin1StringView("size"), trade.tick.quantity, trade.beyond, &error)
        || !VenueFields::isoTime(o, QLatin1StringView("time"), trade.tick.time, &error)
        || !VenueFields::plausible(trade.tick, &error)
        || !VenueFields::side(o, QLatin1StringView("side"), true, trade.tick.side, &error))
        return fail(error);
    out.kind = VenueMessage::Kind::Trades;
    out.trades.append(std::move(trade));
}

} // namespace kairos

namespace kairos {

namespace {

QUrl tradesUrl(const QUrl &base, const QString &product, std::int64_t after)
{
    QUrl url = base;
    url.setPath(QStringLiteral("/products/") + product + QStringLiteral("/trades"));
    url.setQuery(QStringLiteral("after=") + QString::number(after) + QStringLiteral("&limit=1000"));
    return url;
}

} // namespace

QUrl CoinbaseProtocol::backfillUrl(const QUrl &base, const BackfillRange &range) const
{
    return tradesUrl(base, range.symbol, range.beforeId);
}

bool CoinbaseProtocol::readBackfill(const QUrl &base, const BackfillRange &range,
    QByteArrayView body, QList<VenueTrade> &trades, QUrl &next, QString *error) const
{
    QJsonArray page;
    if (!VenueFields::array(body, page, error)) {
        *error = tr("trades: %1").arg(*error);
        return false;
    }
    std::int64_t oldest = std::numeric_limits<std::int64_t>::max();
    for (const QJsonValue &item : std::as_const(page)) {
        const QJsonObject o = item.toObject();
        VenueTrade trade;
        trade.symbol = range.symbol;
        trade.id = o.value(QLatin1StringView("trade_id")).toInteger();
        if (!VenueFields::decimalString(o, QLatin1StringView("price"), trade.tick.price, error)
            || !VenueFields::quantityString(
                o, QLatin1StringView("size"), trade.tick.quantity, trade.beyond, error)
            || !VenueFields::isoTime(o, QLatin1StringView("time"), trade.tick.time, error)
            || !VenueFields::plausible(trade.tick, error) || trade.id <= 0) {
            if (error->isEmpty())
                *error = tr("an entry without a trade id");
            *error = tr("trades: %1").arg(*error);
            return false;
        }
        // The maker's side, as in the matches channel.
        trade.tick.side
            = o.value(QLatin1StringView("side")).toString() == u"sell" ? Side::Buy : Side::Sell;
        oldest = std::min(oldest, trade.id);
        trades.append(std::move(trade));
    }
    next = {};
    if (!page.isEmpty() && oldest > range.afterId + 1)
        next = tradesUrl(base, range.symbol, oldest);
    return true;
}

QUrl CoinbaseProtocol::instrumentsUrl(const QUrl &base, const QStringList &) const
{
    QUrl url = base;
    url.setPath(QStringLiteral("/products"));
    return url;
}

bool CoinbaseProtocol::readInstruments(QByteArrayView body, const QStringList &symbols,
    QHash<QString, Instrument> &rules, QString *error) const
{
    QJsonArray products;
    if (!VenueFields::array(body, products, error)) {
        *error = tr("products: %1").arg(*error);
        return false;
    }
    for (const QJsonValue &item : std::as_const(products)) {
        const QJsonObject product = item.toObject();
        const QString id = product.value(QLatin1StringView("id")).toString();
        if (!symbols.contains(id))
            continue;
        Instrument rule;
        rule.symbol = id;
        const bool read = VenueFields::decimalString(product, QLatin1StringView("quote_increment"),
                              rule.priceIncrement, error)
            && VenueFields::decimalString(
                product, QLatin1StringView("base_increment"), rule.quantityIncrement, error)
            && (!product.contains(QLatin1StringView("base_min_size"))
                || VenueFields::decimalString(
                    product, QLatin1StringView("base_min_size"), rule.minQuantity, error))
            && (!product.contains(QLatin1StringView("min_market_funds"))
                || VenueFields::decimalString(
                    product, QLatin1StringView("min_market_funds"), rule.minNotional, error));
        if (!read) {
            *error = tr("products: %1: %2").arg(id, *error);
            return false;
        }
        rules.insert(id, rule);
    }
    return true;
}

} // namespace kairos
