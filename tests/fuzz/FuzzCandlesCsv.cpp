// The candles CSV reader on arbitrary files: it never crashes, and every
// candle it keeps is consistent and later than the one before, its volume
// reads back from its text and replays as trades that add up to it.
#include "feed/CandleCsvReader.h"

#include <QBuffer>

#include <cstdlib>

using namespace kairos;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CandleCsvReader reader(QStringLiteral("fuzz.csv"), {});
    CandleFile file;
    if (!reader.read(&buffer, file)) {
        if (reader.fatalError().isEmpty())
            std::abort();
        return 0;
    }
    QList<Tick> ticks;
    for (qsizetype i = 0; i < file.candles.size(); ++i) {
        const Candle &c = file.candles[i];
        if (c.high < std::max(c.open, c.close) || c.low > std::min(c.open, c.close)
            || (i > 0 && c.time <= file.candles[i - 1].time))
            std::abort();
        if (Volume::parse(c.volume.toString().toLatin1()) != c.volume)
            std::abort();
        ticks.clear();
        if (!appendCandleTicks(c, 60'000, ticks))
            std::abort();
        Volume traded;
        for (const Tick &t : std::as_const(ticks)) {
            if (t.quantity <= Decimal() || !traded.tryAdd(t.quantity))
                std::abort();
        }
        if (traded != std::max(c.volume, Volume::of(Decimal::fromUnits(4))))
            std::abort();
    }
    (void)candleSpacing(file.candles);
    return 0;
}
