#pragma once

#include "model/Candle.h"

#include <cstdint>
#include <vector>

namespace kairos {

// Confirmed candles of one symbol and timeframe, stored by column so a chart
// or an indicator can walk one field without touching the others. It takes
// its whole capacity with its first candle and then overwrites the oldest
// candle (a ring): the memory of a session is set by its series, not by how
// long it runs, and never grows in steps. Who needs no history passes a
// capacity of 1.
class CandleSeries
{
public:
    // Some more than a warm start restores (StorageWriter's warmCandles and
    // a snapshot period), so a restart shows what an uninterrupted session
    // shows; older candles stay in storage. Bounded by count, not time, so
    // memory is flat once each series fills however long a session runs.
    static constexpr std::int64_t DefaultCapacity = 1 << 13;

    explicit CandleSeries(std::int64_t capacity = DefaultCapacity);

    void append(const Candle &candle);

    std::int64_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    std::int64_t capacity() const { return m_capacity; }
    // Candles ever appended, including those the ring has overwritten; lets a
    // reader ask for "everything after the n-th candle" across overwrites.
    std::int64_t appendedCount() const { return m_appended; }

    // index 0 is the oldest retained candle.
    Candle at(std::int64_t index) const;
    Candle last() const { return at(size() - 1); }
    // Candles with appendedCount() position >= from, oldest first, at most `limit`
    // of the newest ones.
    CandleList since(std::int64_t from, std::int64_t limit) const;

private:
    std::int64_t physical(std::int64_t index) const;

    std::int64_t m_capacity;
    std::int64_t m_size = 0;
    std::int64_t m_head = 0; // physical index of the oldest candle once full
    std::int64_t m_appended = 0;
    std::vector<std::int64_t> m_time;
    std::vector<std::int64_t> m_open;
    std::vector<std::int64_t> m_high;
    std::vector<std::int64_t> m_low;
    std::vector<std::int64_t> m_close;
    std::vector<Volume> m_volume;
    std::vector<std::uint32_t> m_trades;
};

} // namespace kairos
