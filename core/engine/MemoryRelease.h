#pragma once

#include <cstdint>

namespace kairos {

// Gives the heap's free pages back to the system once a day of event time.
// glibc keeps what every thread freed in its arenas: over weeks of batches,
// strings and rows of different lifetimes, that is a resident memory that
// only grows though the heap in use does not. Once a day costs a few
// milliseconds. Elsewhere than glibc it does nothing.
class MemoryRelease
{
public:
    // Event time reached (epoch ms): releases when a new UTC day began
    // since the last call (not on the first).
    void reached(std::int64_t eventTime);

private:
    std::int64_t m_day = -1;
};

} // namespace kairos
