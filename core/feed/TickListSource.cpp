#include "TickListSource.h"

#include <algorithm>

namespace kairos {

TickListSource::TickListSource(TickFile file)
    : m_file(std::move(file))
{
    const auto earlier = [](const Tick &a, const Tick &b) { return a.time < b.time; };
    // Most files are in order already: checking costs a pass, sorting n log n.
    if (!std::is_sorted(m_file.ticks.cbegin(), m_file.ticks.cend(), earlier))
        std::stable_sort(m_file.ticks.begin(), m_file.ticks.end(), earlier);
}

qint64 TickListSource::firstTime() const
{
    return m_file.ticks.isEmpty() ? 0 : m_file.ticks.constFirst().time;
}

qint64 TickListSource::lastTime() const
{
    return m_file.ticks.isEmpty() ? 0 : m_file.ticks.constLast().time;
}

bool TickListSource::read(qsizetype max, QList<Tick> &out)
{
    const qsizetype n = std::min(max, m_file.ticks.size() - m_next);
    out.append(m_file.ticks.sliced(m_next, n));
    m_next += n;
    return n > 0;
}

} // namespace kairos
