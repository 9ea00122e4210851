#include "MemoryRelease.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace kairos {

void MemoryRelease::reached(std::int64_t eventTime)
{
    constexpr std::int64_t Day = 86'400'000;
    const std::int64_t day = eventTime / Day;
    if (day <= m_day)
        return;
    const bool first = m_day < 0;
    m_day = day;
#if defined(__GLIBC__)
    if (!first)
        malloc_trim(0);
#else
    (void)first;
#endif
}

} // namespace kairos
