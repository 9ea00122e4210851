#include "FeedSpec.h"

namespace kairos {

QString FeedSpec::toString() const
{
    switch (kind) {
    case Kind::Simulator:
        return QStringLiteral("sim");
    case Kind::Replay:
        return QStringLiteral("replay:") + replayPath;
    case Kind::Venue:
        break;
    }
    QStringList pairs;
    for (const VenueSymbol &symbol : venue.symbols)
        pairs << symbol.base + u'/' + symbol.quote;
    return venue.venue + u':' + pairs.join(u',');
}

std::optional<FeedSpec> FeedSpec::parse(const QString &spec, const QString &urlOverride,
    const QString &restOverride, QStringList &errors)
{
    const qsizetype before = errors.size();
    FeedSpec feed;
    const qsizetype colon = spec.indexOf(u':');
    const QString kind = colon < 0 ? spec : spec.left(colon);
    const QString rest = colon < 0 ? QString() : spec.mid(colon + 1);
    if (spec == u"sim") {
        feed.kind = Kind::Simulator;
    } else if (kind == u"replay") {
        feed.kind = Kind::Replay;
        feed.replayPath = rest;
        if (rest.isEmpty())
            errors << tr("--feed replay: needs a file, e.g. replay:ticks.csv");
    } else if (VenueProtocol::venues().contains(kind)) {
        feed.kind = Kind::Venue;
        feed.venue.venue = kind;
        for (const QString &name : rest.split(u',', Qt::SkipEmptyParts)) {
            QString error;
            if (const auto symbol = VenueSymbol::parse(name, &error))
                feed.venue.symbols << *symbol;
            else
                errors << tr("--feed: %1").arg(error);
        }
        if (feed.venue.symbols.isEmpty() && rest.trimmed().isEmpty())
            errors << tr("--feed %1: needs at least one pair, e.g. %1:BTC/USDT").arg(kind);
    } else {
        errors << tr("--feed '%1' is not available: use sim, replay:FILE or VENUE:PAIRS with "
                     "VENUE one of %2")
                      .arg(spec, VenueProtocol::venues().join(QStringLiteral(", ")));
    }
    if (!urlOverride.isEmpty()) {
        const QUrl url(urlOverride);
        if (feed.kind != Kind::Venue)
            errors << tr("--feed-url: only a venue feed has a URL to override");
        else if (!url.isValid() || (url.scheme() != u"ws" && url.scheme() != u"wss"))
            errors << tr("--feed-url: '%1' is not a ws:// or wss:// URL").arg(urlOverride);
        else
            feed.venue.baseUrl = url;
    }
    if (!restOverride.isEmpty()) {
        const QUrl url(restOverride);
        if (feed.kind != Kind::Venue)
            errors << tr("--rest-url: only a venue feed has a REST API");
        else if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https"))
            errors << tr("--rest-url: '%1' is not an http:// or https:// URL").arg(restOverride);
        else
            feed.venue.restUrl = url;
    }
    if (errors.size() > before)
        return std::nullopt;
    return feed;
}

} // namespace kairos
