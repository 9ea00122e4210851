#include "CandleHistory.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace kairos {

namespace {

constexpr double None = std::numeric_limits<double>::quiet_NaN();

// A line's extremes ignore NaN (a warm-up): only values widen them.
void widen(double &low, double &high, double lowValue, double highValue)
{
    if (!std::isnan(lowValue) && (std::isnan(low) || lowValue < low))
        low = lowValue;
    if (!std::isnan(highValue) && (std::isnan(high) || highValue > high))
        high = highValue;
}

} // namespace

CandleHistory::CandleHistory(int studyCount)
{
    reset(studyCount);
}

void CandleHistory::reset(int studyCount)
{
    const auto lines = std::size_t(std::max(0, studyCount));
    m_candles.clear();
    m_blocks.clear();
    m_studies.assign(lines, {});
    m_blockLow.assign(lines, {});
    m_blockHigh.assign(lines, {});
}

bool CandleHistory::append(const Candle &candle, std::span<const double> studies)
{
    if (!m_candles.empty() && candle.time <= m_candles.back().time)
        return false;
    m_candles.push_back(candle);
    for (std::size_t line = 0; line < m_studies.size(); ++line)
        m_studies[line].push_back(line < studies.size() ? studies[line] : None);
    if (m_candles.size() % BlockSize == 0)
        summarizeLastBlock();
    return true;
}

void CandleHistory::summarizeLastBlock()
{
    const qsizetype first = size() - BlockSize;
    Candle block = m_candles[std::size_t(first)];
    for (qsizetype i = first + 1; i < size(); ++i)
        block.fold(m_candles[std::size_t(i)]);
    m_blocks.push_back(block);
    for (std::size_t line = 0; line < m_studies.size(); ++line) {
        double low = None;
        double high = None;
        for (qsizetype i = first; i < size(); ++i) {
            const double v = m_studies[line][std::size_t(i)];
            widen(low, high, v, v);
        }
        m_blockLow[line].push_back(low);
        m_blockHigh[line].push_back(high);
    }
}

qsizetype CandleHistory::prepend(const CandleList &older, std::span<const double> studies)
{
    const auto lines = std::size_t(studyCount());
    CandleHistory merged(studyCount());
    merged.m_candles.reserve(std::size_t(older.size() + size()));
    qsizetype taken = 0;
    std::vector<double> row(lines);
    for (qsizetype i = 0; i < older.size(); ++i) {
        if (!isEmpty() && older[i].time >= m_candles.front().time)
            break;
        for (std::size_t line = 0; line < lines; ++line) {
            const std::size_t at = std::size_t(i) * lines + line;
            row[line] = at < studies.size() ? studies[at] : None;
        }
        taken += merged.append(older[i], row) ? 1 : 0;
    }
    for (qsizetype i = 0; i < size(); ++i) {
        for (std::size_t line = 0; line < lines; ++line)
            row[line] = m_studies[line][std::size_t(i)];
        merged.append(m_candles[std::size_t(i)], row);
    }
    *this = std::move(merged);
    return taken;
}

void CandleHistory::removeFirst(qsizetype count)
{
    if (count <= 0)
        return;
    const qsizetype blocks = std::min((count + BlockSize - 1) / BlockSize, size() / BlockSize);
    const qsizetype candles = count >= size() ? size() : blocks * BlockSize;
    const auto dropFront = [](auto &values, qsizetype n) {
        values.erase(values.begin(), values.begin() + std::min(n, qsizetype(values.size())));
    };
    dropFront(m_candles, candles);
    dropFront(m_blocks, candles / BlockSize);
    for (std::size_t line = 0; line < m_studies.size(); ++line) {
        dropFront(m_studies[line], candles);
        dropFront(m_blockLow[line], candles / BlockSize);
        dropFront(m_blockHigh[line], candles / BlockSize);
    }
    if (m_candles.empty())
        m_blocks.clear();
}

qsizetype CandleHistory::lowerBound(std::int64_t time) const
{
    return lowerBound(time, 0);
}

qsizetype CandleHistory::lowerBound(std::int64_t time, qsizetype from) const
{
    const auto begin = m_candles.begin() + std::clamp(from, qsizetype(0), size());
    return qsizetype(std::partition_point(begin, m_candles.end(), [time](const Candle &c) {
        return c.time < time;
    }) - m_candles.begin());
}

void CandleHistory::fold(Span &out, qsizetype index) const
{
    out.candle.fold(m_candles[std::size_t(index)]);
    for (std::size_t line = 0; line < m_studies.size(); ++line) {
        const double v = m_studies[line][std::size_t(index)];
        widen(out.studyLow[line], out.studyHigh[line], v, v);
    }
    ++m_reads.candles;
}

void CandleHistory::foldBlock(Span &out, qsizetype block) const
{
    out.candle.fold(m_blocks[std::size_t(block)]);
    for (std::size_t line = 0; line < m_studies.size(); ++line)
        widen(out.studyLow[line], out.studyHigh[line], m_blockLow[line][std::size_t(block)],
            m_blockHigh[line][std::size_t(block)]);
    ++m_reads.blocks;
}

void CandleHistory::aggregate(qsizetype first, qsizetype last, Span &out) const
{
    first = std::clamp(first, qsizetype(0), size());
    last = std::clamp(last, first, size());
    out.first = first;
    out.count = last - first;
    out.studyLow.assign(m_studies.size(), None);
    out.studyHigh.assign(m_studies.size(), None);
    if (out.count == 0) {
        out.candle = Candle();
        return;
    }
    out.candle = m_candles[std::size_t(first)];
    out.candle.state = CandleState::Confirmed;
    for (std::size_t line = 0; line < m_studies.size(); ++line) {
        const double v = m_studies[line][std::size_t(first)];
        widen(out.studyLow[line], out.studyHigh[line], v, v);
    }
    ++m_reads.candles;
    qsizetype i = first + 1;
    // Single candles up to a block edge, whole blocks, single candles after.
    while (i < last && i % BlockSize != 0)
        fold(out, i++);
    while (i + BlockSize <= last) {
        foldBlock(out, i / BlockSize);
        i += BlockSize;
    }
    while (i < last)
        fold(out, i++);
}

void CandleHistory::columns(std::int64_t from, std::int64_t to, Timeframe timeframe,
    std::int64_t multiple, std::vector<Span> &out) const
{
    qsizetype used = 0;
    if (timeframe.isValid() && multiple > 0) {
        qsizetype i = lowerBound(from);
        while (i < size() && m_candles[std::size_t(i)].time < to) {
            const std::int64_t time = m_candles[std::size_t(i)].time;
            const std::int64_t next = timeframe.nextBucket(time, multiple);
            const qsizetype end = next == std::numeric_limits<std::int64_t>::max()
                ? size()
                : lowerBound(next, i + 1);
            if (qsizetype(out.size()) <= used)
                out.emplace_back();
            aggregate(i, end, out[std::size_t(used)]);
            out[std::size_t(used)].candle.time = timeframe.bucketStart(time, multiple);
            ++used;
            i = end;
        }
    }
    out.resize(std::size_t(used));
}

CandleHistory::Reads CandleHistory::takeReads() const
{
    const Reads reads = m_reads;
    m_reads = {};
    return reads;
}

} // namespace kairos
