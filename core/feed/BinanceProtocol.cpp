#include "BinanceProtocol.h"
#include "VenueFields.h"

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
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(frame.toByteArray(), &parse);
    if (parse.error != QJsonParseError::NoError)
        return fail(tr("invalid JSON: %1").arg(parse.errorString()));
    QJsonObject o = doc.object();
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
    const QJsonValue id
        = o.value(event == u"trade" ? QLatin1StringView("t") : QLatin1StringView("a"));
    if (!id.isDouble())
        return fail(tr("missing trade id"));
    trade.id = id.toInteger();
    QString error;
    if (!VenueFields::decimalString(o, QLatin1StringView("p"), trade.tick.price, &error)
        || !VenueFields::decimalString(o, QLatin1StringView("q"), trade.tick.quantity, &error))
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
