// One venue's frame decoder, and its reader of instrument rules, on
// arbitrary input: never a crash; what it calls a trade is one the engine
// can take, and the rules it reads are of the pairs asked for.
#include "feed/VenueProtocol.h"

#include <cstdlib>

using namespace kairos;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const std::unique_ptr<VenueProtocol> protocol
        = VenueProtocol::create(QStringLiteral(KAIROS_VENUE));
    static VenueMessage message;
    message.clear();
    protocol->decode(QByteArrayView(data, qsizetype(size)), message);
    if (message.kind == VenueMessage::Kind::Trades) {
        for (const VenueTrade &trade : std::as_const(message.trades)) {
            if (trade.symbol.isEmpty() || trade.tick.price.units() <= 0
                || trade.tick.quantity.units() <= 0 || trade.id < 0)
                std::abort();
        }
    }
    if (message.kind == VenueMessage::Kind::Malformed && message.error.isEmpty())
        std::abort();

    static const QStringList symbols { QStringLiteral("BTCUSDT"), QStringLiteral("BTC-USDT"),
        QStringLiteral("BTC/USDT") };
    QHash<QString, Instrument> rules;
    QString error;
    if (protocol->readInstruments(QByteArrayView(data, qsizetype(size)), symbols, rules, &error)) {
        for (const Instrument &rule : std::as_const(rules)) {
            if (!symbols.contains(rule.symbol))
                std::abort();
        }
    } else if (error.isEmpty()) {
        std::abort();
    }
    return 0;
}
