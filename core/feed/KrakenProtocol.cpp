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
    QString error;
    QJsonObject o;
    if (!VenueFields::object(frame, o, &error))
        return fail(error);
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
    for (const QJsonValue &item : data.toArray()) {
        const QJsonObject t = item.toObject();
        VenueTrade trade;
        trade.symbol = t.value(QLatin1StringView("symbol")).toString();
        if (trade.symbol.isEmpty())
            return fail(tr("missing field 'symbol'"));
        if (!VenueFields::tradeId(t, QLatin1StringView("trade_id"), trade.id, &error)
            || !VenueFields::decimalNumber(t, QLatin1StringView("price"), trade.tick.price, &error)
            || !VenueFields::decimalNumber(t, QLatin1StringView("qty"), trade.tick.quantity, &error)
            || !VenueFields::isoTime(t, QLatin1StringView("timestamp"), trade.tick.time, &error)
            || !VenueFields::plausible(trade.tick, &error)
            || !VenueFields::side(t, QLatin1StringView("side"), false, trade.tick.side, &error))
            return fail(error);
        out.trades.append(std::move(trade));
    }
    out.kind = VenueMessage::Kind::Trades;
}

} // namespace kairos
