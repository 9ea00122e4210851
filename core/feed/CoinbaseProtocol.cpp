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
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(frame.toByteArray(), &parse);
    if (parse.error != QJsonParseError::NoError)
        return fail(tr("invalid JSON: %1").arg(parse.errorString()));
    const QJsonObject o = doc.object();
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
    const QJsonValue id = o.value(QLatin1StringView("trade_id"));
    if (!id.isDouble())
        return fail(tr("missing field 'trade_id'"));
    trade.id = id.toInteger();
    QString error;
    if (!VenueFields::decimalString(o, QLatin1StringView("price"), trade.tick.price, &error)
        || !VenueFields::decimalString(o, QLatin1StringView("size"), trade.tick.quantity, &error)
        || !VenueFields::isoTime(o, QLatin1StringView("time"), trade.tick.time, &error)
        || !VenueFields::plausible(trade.tick, &error))
        return fail(error);
    const QString side = o.value(QLatin1StringView("side")).toString();
    if (side != u"buy" && side != u"sell")
        return fail(tr("field 'side': '%1' is neither buy nor sell").arg(side.left(20)));
    trade.tick.side = side == u"sell" ? Side::Buy : Side::Sell;
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
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isArray()) {
        *error = tr("trades: not a JSON array");
        return false;
    }
    std::int64_t oldest = std::numeric_limits<std::int64_t>::max();
    for (const QJsonValue &item : doc.array()) {
        const QJsonObject o = item.toObject();
        VenueTrade trade;
        trade.symbol = range.symbol;
        trade.id = o.value(QLatin1StringView("trade_id")).toInteger();
        if (!VenueFields::decimalString(o, QLatin1StringView("price"), trade.tick.price, error)
            || !VenueFields::decimalString(o, QLatin1StringView("size"), trade.tick.quantity, error)
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
    if (!doc.array().isEmpty() && oldest > range.afterId + 1)
        next = tradesUrl(base, range.symbol, oldest);
    return true;
}

} // namespace kairos
