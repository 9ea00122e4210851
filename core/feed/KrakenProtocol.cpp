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
            || !VenueFields::quantityNumber(
                t, QLatin1StringView("qty"), trade.tick.quantity, trade.beyond, &error)
            || !VenueFields::isoTime(t, QLatin1StringView("timestamp"), trade.tick.time, &error)
            || !VenueFields::plausible(trade.tick, &error)
            || !VenueFields::side(t, QLatin1StringView("side"), false, trade.tick.side, &error))
            return fail(error);
        out.trades.append(std::move(trade));
    }
    out.kind = VenueMessage::Kind::Trades;
}

QUrl KrakenProtocol::instrumentsUrl(const QUrl &base, const QStringList &) const
{
    QUrl url = base;
    url.setPath(QStringLiteral("/0/public/AssetPairs"));
    return url;
}

bool KrakenProtocol::readInstruments(QByteArrayView body, const QStringList &symbols,
    QHash<QString, Instrument> &rules, QString *error) const
{
    QJsonObject o;
    if (!VenueFields::object(body, o, error)) {
        *error = tr("AssetPairs: %1").arg(*error);
        return false;
    }
    const QJsonArray errors = o.value(QLatin1StringView("error")).toArray();
    if (!errors.isEmpty()) {
        *error = tr("AssetPairs: the venue reports: %1").arg(errors.first().toString());
        return false;
    }
    const QJsonObject pairs = o.value(QLatin1StringView("result")).toObject();
    for (auto it = pairs.begin(); it != pairs.end(); ++it) {
        const QJsonObject pair = it.value().toObject();
        QString name = pair.value(QLatin1StringView("wsname")).toString();
        name.replace(QStringLiteral("XBT"), QStringLiteral("BTC"))
            .replace(QStringLiteral("XDG"), QStringLiteral("DOGE"));
        if (!symbols.contains(name))
            continue;
        Instrument rule;
        rule.symbol = name;
        const QJsonValue lotDecimals = pair.value(QLatin1StringView("lot_decimals"));
        const int lot = lotDecimals.toInt(-1);
        if (!VenueFields::decimalString(
                pair, QLatin1StringView("tick_size"), rule.priceIncrement, error)
            || !VenueFields::decimalString(
                pair, QLatin1StringView("ordermin"), rule.minQuantity, error)
            || (pair.contains(QLatin1StringView("costmin"))
                && !VenueFields::decimalString(
                    pair, QLatin1StringView("costmin"), rule.minNotional, error))) {
            *error = tr("AssetPairs: %1: %2").arg(name, *error);
            return false;
        }
        if (lot < 0 || lot > Decimal::Digits) {
            *error = tr("AssetPairs: %1: lot_decimals %2 is not 0 to %3")
                         .arg(name, QString::number(lotDecimals.toDouble()))
                         .arg(Decimal::Digits);
            return false;
        }
        std::int64_t step = 1;
        for (int i = lot; i < Decimal::Digits; ++i)
            step *= 10;
        rule.quantityIncrement = Decimal::fromUnits(step);
        rules.insert(name, rule);
    }
    return true;
}

} // namespace kairos
