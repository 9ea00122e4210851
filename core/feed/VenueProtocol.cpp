#include "VenueProtocol.h"
#include "BinanceProtocol.h"
#include "CoinbaseProtocol.h"
#include "KrakenProtocol.h"

namespace kairos {

std::unique_ptr<VenueProtocol> VenueProtocol::create(const QString &venue)
{
    if (venue == u"binance")
        return std::make_unique<BinanceProtocol>();
    if (venue == u"coinbase")
        return std::make_unique<CoinbaseProtocol>();
    if (venue == u"kraken")
        return std::make_unique<KrakenProtocol>();
    return nullptr;
}

QStringList VenueProtocol::venues()
{
    return { QStringLiteral("binance"), QStringLiteral("coinbase"), QStringLiteral("kraken") };
}

} // namespace kairos
