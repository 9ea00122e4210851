#include "KrakenProtocol.h"
#include "VenueFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kairos {

QStringList KrakenProtocol::subscribeMessages(const QStringList &symbols) const
{
    const QJsonObject request {
        { QStringLiteral("method"), QStringLiteral("subscribe") },
        { QStringLiteral("params"),
            QJsonObject {
                { QStringLiteral("channel"), QStringLiteral("trade") },
                { QStringLiteral("symbol"), QJsonArray::fromStringList(symbols) },
                { QStringLiteral("snapshot"), true },
            } },
    };
    return { QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact)) };
}

void KrakenProtocol::decode(QByteArrayView frame, VenueMessage &out) const
{
    const auto fail = [&out](const QString &why) {
        out.kind = VenueMessage::Kind::Malformed;
        out.trades.resize(0); // none of a half-read message
        out.error = why;
    };
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(frame.toByteArray(), &parse);
    if (parse.error != QJsonParseError::NoError)
        return fail(tr("invalid JSON: %1").arg(parse.errorString()));
    const QJsonObject o = doc.object();
    if (o.contains(QLatin1StringView("method"))) { // an answer to subscribe or ping
        if (o.value(QLatin1StringView("success")).toBool(true))
            return;
        out.kind = VenueMessage::Kind::VenueError;
        out.error = o.value(QLatin1StringView("error")).toString();
        return;
    }
    const QString channel = o.value(QLatin1StringView("channel")).toString();
    if (channel == u"heartbeat") {
        out.kind = VenueMessage::Kind::Heartbeat;
        return;
    }
    if (channel == u"status")
        return;
    if (channel != u"trade")
        return fail(tr("not a trade (channel = '%1')").arg(channel.left(20)));
    const QJsonValue data = o.value(QLatin1StringView("data"));
    if (!data.isArray())
        return fail(tr("missing field 'data'"));
    QString error;
    for (const QJsonValue &item : data.toArray()) {
        const QJsonObject t = item.toObject();
        VenueTrade trade;
        trade.symbol = t.value(QLatin1StringView("symbol")).toString();
        if (trade.symbol.isEmpty())
            return fail(tr("missing field 'symbol'"));
        const QJsonValue id = t.value(QLatin1StringView("trade_id"));
        if (!id.isDouble())
            return fail(tr("missing field 'trade_id'"));
        trade.id = id.toInteger();
        if (!VenueFields::decimalNumber(t, QLatin1StringView("price"), trade.tick.price, &error)
            || !VenueFields::decimalNumber(t, QLatin1StringView("qty"), trade.tick.quantity, &error)
            || !VenueFields::isoTime(t, QLatin1StringView("timestamp"), trade.tick.time, &error)
            || !VenueFields::plausible(trade.tick, &error))
            return fail(error);
        const QString side = t.value(QLatin1StringView("side")).toString();
        if (side != u"buy" && side != u"sell")
            return fail(tr("field 'side': '%1' is neither buy nor sell").arg(side.left(20)));
        trade.tick.side = side == u"buy" ? Side::Buy : Side::Sell;
        out.trades.append(std::move(trade));
    }
    out.kind = VenueMessage::Kind::Trades;
}

} // namespace kairos
