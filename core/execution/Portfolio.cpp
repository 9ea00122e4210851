#include "Portfolio.h"

#include <algorithm>
#include <limits>

namespace kairos {

namespace {

// Valuations and their sums end at half the range, a position too large to
// value still moving equity the right way; half, so that the difference of
// two valuations (a drawdown, a day's loss) always fits.
constexpr Decimal Highest = Decimal::fromUnits(std::numeric_limits<std::int64_t>::max() / 2);
constexpr Decimal Lowest = -Highest;

Decimal saturatingAdd(Decimal a, Decimal b)
{
    if (a.tryAdd(b))
        return std::clamp(a, Lowest, Highest);
    return b.sign() < 0 ? Lowest : Highest;
}

} // namespace

Portfolio::Portfolio(Decimal initialCash, int symbolCount)
    : m_initialCash(initialCash)
    , m_cash(initialCash)
    , m_peak(initialCash)
{
    setSymbolCount(symbolCount);
}

void Portfolio::setInitialCash(Decimal cash)
{
    const Decimal delta = cash - m_initialCash;
    m_initialCash = cash;
    m_cash = m_cash + delta;
    m_peak = m_peak + delta;
}

void Portfolio::setSymbolCount(int count)
{
    if (count > int(m_positions.size()))
        m_positions.resize(std::size_t(count));
}

bool Portfolio::apply(Fill &fill)
{
    if (fill.symbol >= m_positions.size() || fill.quantity <= Decimal())
        return false;
    Position p = m_positions[fill.symbol];
    const auto notional = Decimal::product(fill.price, fill.quantity);
    if (!notional)
        return false;
    const int direction = fill.side == Side::Buy ? 1 : -1;
    Decimal remaining = fill.quantity;
    Decimal remainingNotional = *notional;
    Decimal realized;

    if (p.quantity.sign() == -direction) {
        // The fill first closes (part of) the position: realize against the
        // proportional share of the cost basis.
        const Decimal held = p.quantity.abs();
        const Decimal closing = std::min(held, remaining);
        const auto closingCost = Decimal::mulDiv(p.cost, closing, std::uint64_t(held.units()));
        const auto closingNotional = closing == remaining ? std::optional<Decimal>(*notional)
                                                          : Decimal::product(fill.price, closing);
        if (!closingCost || !closingNotional)
            return false;
        // A long closes by selling (+proceeds), a short by buying (−cost of cover).
        realized = (p.quantity.sign() > 0 ? *closingNotional : -*closingNotional) - *closingCost;
        p.cost = p.cost - *closingCost;
        p.quantity = p.quantity + Decimal::fromUnits(direction * closing.units());
        p.realizedPnl = p.realizedPnl + realized;
        remaining = remaining - closing;
        // The opening remainder's notional is what is left, so the parts add
        // up to the whole notional exactly.
        remainingNotional = remainingNotional - *closingNotional;
    }
    if (remaining > Decimal()) {
        p.quantity = p.quantity + Decimal::fromUnits(direction * remaining.units());
        p.cost = p.cost + (direction > 0 ? remainingNotional : -remainingNotional);
    }
    p.fees = p.fees + fill.fee;
    p.mark = fill.price;
    m_cash = m_cash - (direction > 0 ? *notional : -*notional) - fill.fee;
    m_positions[fill.symbol] = p;
    fill.realizedPnl = realized;
    return true;
}

void Portfolio::restorePosition(std::uint32_t symbol, const Position &position)
{
    if (symbol >= m_positions.size())
        return;
    const auto booked = [](const Position &p) { return p.realizedPnl - p.fees - p.cost; };
    m_cash = m_cash + booked(position) - booked(m_positions[symbol]);
    const Decimal mark = m_positions[symbol].mark;
    m_positions[symbol] = position;
    if (position.mark <= Decimal())
        m_positions[symbol].mark = mark;
}

void Portfolio::mark(std::uint32_t symbol, Decimal price)
{
    if (symbol < m_positions.size())
        m_positions[symbol].mark = price;
}

Decimal Portfolio::positionValue(std::uint32_t symbol) const
{
    const Position &p = m_positions.at(symbol);
    // Beyond the range (a huge position marked at an absurd price) the value
    // is the end of the range with the position's sign, never 0: a short so
    // large it cannot be valued must read as a loss that trips the breaker.
    return std::clamp(Decimal::product(p.quantity, p.mark)
                          .value_or(p.quantity.sign() * p.mark.sign() < 0 ? Lowest : Highest),
        Lowest, Highest);
}

template<typename PerSymbol>
Decimal Portfolio::sum(PerSymbol amount) const
{
    Decimal total;
    for (std::uint32_t s = 0; s < m_positions.size(); ++s)
        total = saturatingAdd(total, amount(s, m_positions[s]));
    return total;
}

Decimal Portfolio::equity() const
{
    return saturatingAdd(
        m_cash, sum([this](std::uint32_t s, const Position &) { return positionValue(s); }));
}

Decimal Portfolio::realizedPnl() const
{
    return sum([](std::uint32_t, const Position &p) { return p.realizedPnl; });
}

Decimal Portfolio::unrealizedPnl() const
{
    return sum([this](std::uint32_t s, const Position &p) {
        return saturatingAdd(positionValue(s), -p.cost);
    });
}

Decimal Portfolio::feesPaid() const
{
    return sum([](std::uint32_t, const Position &p) { return p.fees; });
}

Decimal Portfolio::grossExposure() const
{
    return sum([this](std::uint32_t s, const Position &) { return positionValue(s).abs(); });
}

Decimal Portfolio::averagePrice(std::uint32_t symbol) const
{
    const Position &p = m_positions.at(symbol);
    if (p.quantity == Decimal())
        return {};
    return Decimal::mulDiv(
        p.cost.abs(), Decimal::fromUnits(Decimal::Scale), std::uint64_t(p.quantity.abs().units()))
        .value_or(Decimal());
}

void Portfolio::recordEquity(std::int64_t time)
{
    const Decimal now = equity();
    m_peak = std::max(m_peak, now);
    const Decimal drawdown = m_peak - now;
    m_maxDrawdown = std::max(m_maxDrawdown, drawdown);
    m_curve.append({ time, now, drawdown });
    ++m_recorded;
    if (m_curve.size() == 1 || time >= m_nextThinning)
        thinEquity(time);
}

void Portfolio::thinEquity(std::int64_t now)
{
    // Once an hour of event time: each pass is linear in the (bounded) curve.
    constexpr std::int64_t Hour = 3'600'000;
    m_nextThinning = now + Hour;
    const auto floorTo = [](std::int64_t time, std::int64_t width) {
        return time - ((time % width) + width) % width;
    };
    qsizetype kept = 0;
    for (qsizetype i = 0; i < m_curve.size(); ++i) {
        const std::int64_t time = m_curve[i].time;
        const std::int64_t width = time < now - EveryPointFor ? Hour : 0;
        // The last point of each bucket stands for it; the last day is whole.
        if (width > 0 && i + 1 < m_curve.size()
            && floorTo(m_curve[i + 1].time, width) == floorTo(time, width))
            continue;
        m_curve[kept++] = m_curve[i];
    }
    m_curve.resize(kept);
}

QList<EquityPoint> Portfolio::equitySince(qint64 recorded) const
{
    // What a reader has not seen is the newest few points, never thinned.
    const qint64 unseen = std::clamp<qint64>(m_recorded - recorded, 0, m_curve.size());
    return m_curve.last(qsizetype(unseen));
}

void Portfolio::restoreEquity(const QList<EquityPoint> &curve)
{
    m_curve = curve;
    m_recorded += curve.size();
    for (const EquityPoint &point : curve) {
        m_peak = std::max(m_peak, point.equity + point.drawdown);
        m_maxDrawdown = std::max(m_maxDrawdown, point.drawdown);
    }
}

} // namespace kairos
