// Decimal and event-time parsing on arbitrary text: never a crash, and a
// decimal that parses prints back to text that parses to the same value.
#include "model/Decimal.h"
#include "model/EventTime.h"

#include <cstdlib>

using namespace kairos;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView text(data, qsizetype(size));
    if (const auto value = Decimal::parse(text)) {
        const auto again = Decimal::parse(value->toString().toLatin1());
        if (!again || *again != *value)
            std::abort();
    }
    (void)EventTime::parse(text);
    return 0;
}
