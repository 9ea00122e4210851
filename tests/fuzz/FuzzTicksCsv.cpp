// The ticks CSV reader on arbitrary files: it never crashes, reads the same
// from memory as from a device in chunks, and keeps only valid ticks.
#include "feed/TickCsvReader.h"

#include <QBuffer>

#include <cstdlib>

using namespace kairos;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    qint64 errors = 0;
    const auto count = [&errors](const QString &) { ++errors; };

    TickFile whole;
    TickCsvReader fromMemory(QStringLiteral("fuzz.csv"), QStringLiteral("X"), count);
    const bool read = fromMemory.read(bytes, whole);

    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    TickFile streamed;
    TickCsvReader fromDevice(QStringLiteral("fuzz.csv"), QStringLiteral("X"), count);
    if (fromDevice.read(&buffer, streamed) != read || streamed.ticks.size() != whole.ticks.size()
        || streamed.badLines != whole.badLines
        || streamed.instruments.size() != whole.instruments.size())
        std::abort();
    for (qsizetype i = 0; i < whole.instruments.size(); ++i) {
        if (streamed.instruments[i].symbol != whole.instruments[i].symbol)
            std::abort();
    }
    for (qsizetype i = 0; i < whole.ticks.size(); ++i) {
        const Tick &tick = whole.ticks[i];
        if (tick.price.units() <= 0 || tick.quantity.units() <= 0
            || tick.symbol >= std::uint32_t(whole.instruments.size()))
            std::abort();
        // The rest of a trade too large for one tick: same time, price and pair.
        if (tick.continued
            && (i == 0 || whole.ticks[i - 1].time != tick.time
                || whole.ticks[i - 1].price != tick.price
                || whole.ticks[i - 1].symbol != tick.symbol))
            std::abort();
    }
    if (errors != 2 * whole.badLines)
        std::abort();
    return 0;
}
