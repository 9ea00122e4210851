#pragma once

#include <cstdint>

namespace kairos {

// xoshiro256** seeded through splitmix64, with Box–Muller normals. Written
// out here rather than taken from <random> because the standard library's
// distributions differ between implementations, and a seed must give the same
// market on every platform.
class Random
{
public:
    explicit Random(std::uint64_t seed);

    std::uint64_t next();
    // Uniform in (0, 1): never exactly 0, so log() is always finite.
    double uniform() { return (double(next() >> 11) + 0.5) * 0x1.0p-53; }
    // Uniform integer in [0, bound).
    std::uint32_t below(std::uint32_t bound)
    {
        return std::uint32_t((std::uint64_t(std::uint32_t(next() >> 32)) * bound) >> 32);
    }
    double normal();
    double exponential(double rate);

private:
    std::uint64_t m_s[4] = {};
    double m_spareNormal = 0.0;
    bool m_hasSpare = false;
};

} // namespace kairos
