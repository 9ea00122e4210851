#include "VenueInstruments.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <memory>

namespace kairos {

bool VenueInstruments::fetch(VenueFeed::Options &options, int timeoutMs, QString *error)
{
    const std::unique_ptr<VenueProtocol> protocol = VenueProtocol::create(options.venue);
    if (!protocol) {
        *error = tr("no venue '%1'").arg(options.venue);
        return false;
    }
    QStringList spellings;
    for (const VenueSymbol &symbol : std::as_const(options.symbols))
        spellings << protocol->venueSymbol(symbol);
    const QUrl base = options.restUrl.isEmpty() ? protocol->defaultRestUrl() : options.restUrl;
    const QUrl url = protocol->instrumentsUrl(base, spellings);

    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setRawHeader("Accept", "application/json");
    const std::unique_ptr<QNetworkReply> reply(network.get(request));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // A server that answers a trickle never ends the transfer by itself.
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, reply.get(), &QNetworkReply::abort);
    deadline.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    if (reply->error() != QNetworkReply::NoError) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        *error = status > 0       ? tr("HTTP %1 from %2").arg(status).arg(url.path())
            : deadline.isActive() ? reply->errorString()
                                  : tr("no answer from %1 within %2 s")
                                        .arg(url.host())
                                        .arg(QString::number(timeoutMs / 1000.0));
        return false;
    }
    QHash<QString, Instrument> rules;
    if (!protocol->readInstruments(reply->readAll(), spellings, rules, error))
        return false;
    QStringList missing;
    QStringList unusable;
    for (const QString &spelling : std::as_const(spellings)) {
        const auto rule = rules.constFind(spelling);
        if (rule == rules.cend())
            missing << spelling;
        else if (rule->priceIncrement <= Decimal() || rule->quantityIncrement <= Decimal()
            || rule->minQuantity < Decimal() || rule->minNotional < Decimal())
            unusable << spelling;
        else
            options.rules.insert(spelling, *rule);
    }
    if (!missing.isEmpty())
        *error = tr("the venue lists no %1").arg(missing.join(QStringLiteral(", ")));
    else if (!unusable.isEmpty())
        *error = tr("the venue gives %1 a step of 0 or below")
                     .arg(unusable.join(QStringLiteral(", ")));
    return missing.isEmpty() && unusable.isEmpty();
}

void VenueInstruments::fillFrom(VenueFeed::Options &options, const InstrumentList &stored)
{
    const std::unique_ptr<VenueProtocol> protocol = VenueProtocol::create(options.venue);
    if (!protocol)
        return;
    for (const VenueSymbol &symbol : std::as_const(options.symbols)) {
        const QString spelling = protocol->venueSymbol(symbol);
        if (options.rules.contains(spelling))
            continue;
        for (const Instrument &instrument : stored) {
            if (instrument.symbol == symbol.instrument() && instrument.priceIncrement > Decimal()
                && instrument.quantityIncrement > Decimal())
                options.rules.insert(spelling, instrument);
        }
    }
}

} // namespace kairos
