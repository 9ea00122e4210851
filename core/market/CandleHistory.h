#pragma once

#include "model/Candle.h"
#include "model/Timeframe.h"

#include <cstdint>
#include <span>
#include <vector>

namespace kairos {

// The candles a chart holds, each with the values of its study lines, and a
// summary of every whole block of BlockSize candles. Any run of candles folds
// into one (its open, high, low, close, volume and each study's extremes)
// reading at most 2·BlockSize candles and the blocks between: a chart drawing
// one column per few pixels pays for its width, not for the history in view.
class CandleHistory
{
public:
    static constexpr qsizetype BlockSize = 64;

    // A run of candles folded into one: exact OHLC and volume (saturating at
    // Volume::max()), the lowest and highest value of each study line (NaN
    // when it has none, as in its warm-up) and the run's place.
    struct Span
    {
        Candle candle;
        qsizetype first = 0;
        qsizetype count = 0;
        std::vector<double> studyLow;
        std::vector<double> studyHigh;
    };

    explicit CandleHistory(int studyCount = 0);

    // Forgets every candle; the lines each candle carries from now on.
    void reset(int studyCount);
    // Appends a candle after the last one, with one value per study line
    // (fewer are NaN). False, and nothing kept, when it is not later than
    // the last candle.
    bool append(const Candle &candle, std::span<const double> studies = {});
    // Puts older candles before the first one, with `studyCount()` values
    // each, row by row (missing ones are NaN). Those not earlier than the
    // first candle, or out of order, are left out. Returns how many were
    // taken. Costs the whole history (blocks are counted from the first
    // candle): for pages, not single candles.
    qsizetype prepend(const CandleList &older, std::span<const double> studies = {});
    // Drops the oldest candles, in whole blocks: at least `count`.
    void removeFirst(qsizetype count);

    qsizetype size() const { return qsizetype(m_candles.size()); }
    bool isEmpty() const { return m_candles.empty(); }
    int studyCount() const { return int(m_studies.size()); }
    const Candle &at(qsizetype index) const { return m_candles[std::size_t(index)]; }
    double study(int line, qsizetype index) const
    {
        return m_studies[std::size_t(line)][std::size_t(index)];
    }
    // The first candle starting at or after `time` (size() when none).
    qsizetype lowerBound(std::int64_t time) const;
    // lowerBound, searching from `from` on.
    qsizetype lowerBound(std::int64_t time, qsizetype from) const;

    // Folds candles [first, last) into `out` (whose vectors are reused).
    void aggregate(qsizetype first, qsizetype last, Span &out) const;
    // One Span per bucket of `multiple` × `timeframe` (aligned as
    // Timeframe::bucketStart does) that holds a candle starting in
    // [from, to): the columns of a chart drawing buckets of that width. Each
    // Span's candle time is its bucket's start.
    void columns(std::int64_t from, std::int64_t to, Timeframe timeframe, std::int64_t multiple,
        std::vector<Span> &out) const;

    // Work done by aggregate() since the last call: candles and blocks read.
    struct Reads
    {
        std::int64_t candles = 0;
        std::int64_t blocks = 0;
    };
    Reads takeReads() const;

private:
    void fold(Span &out, qsizetype index) const;
    void foldBlock(Span &out, qsizetype block) const;
    void summarizeLastBlock();

    std::vector<Candle> m_candles;
    std::vector<std::vector<double>> m_studies; // per line, one value per candle
    std::vector<Candle> m_blocks; // each whole block folded into one candle
    std::vector<std::vector<double>> m_blockLow; // per line, per block
    std::vector<std::vector<double>> m_blockHigh;
    mutable Reads m_reads;
};

} // namespace kairos
