#pragma once

#include "model/Decimal.h"
#include "model/Fill.h"

#include <QList>

#include <cstdint>
#include <vector>

namespace kairos {

struct Position
{
    Decimal quantity; // signed: negative is short
    Decimal cost; // signed cost basis of the open quantity
    Decimal realizedPnl; // before fees
    Decimal fees;
    Decimal mark; // last price
};

// A symbol's position as booked at `time`: what storage keeps and a warm
// start restores.
struct StoredPosition
{
    std::uint32_t symbol = 0;
    Position position;
    std::int64_t time = 0;
};

struct EquityPoint
{
    std::int64_t time;
    Decimal equity;
    Decimal drawdown; // below the peak so far, ≥ 0
};

// Cash, positions and PnL in exact units. Every amount that crosses a
// multiplication is rounded once by Decimal::mulDiv and then booked to both
// sides, so cash + position value always equals the initial balance plus
// realized and unrealized PnL minus fees, to the unit, however many fills.
class Portfolio
{
public:
    explicit Portfolio(Decimal initialCash = Decimal::fromInteger(100'000), int symbolCount = 0);

    void setSymbolCount(int count);
    // A new starting balance: the difference is paid in (or out) as cash,
    // so PnL is unchanged and the peak moves with it.
    void setInitialCash(Decimal cash);
    // Books a fill and sets its realizedPnl. False (nothing booked) when an
    // amount would not fit in 64 bits.
    bool apply(Fill &fill);
    void mark(std::uint32_t symbol, Decimal price);
    // A position as stored, in place of replaying the fills that made it:
    // they leave cash = initial + realized − fees − cost, to the unit, so
    // that is what the cash becomes.
    void restorePosition(std::uint32_t symbol, const Position &position);

    Decimal initialCash() const { return m_initialCash; }
    Decimal cash() const { return m_cash; }
    Decimal equity() const;
    Decimal realizedPnl() const;
    Decimal unrealizedPnl() const;
    Decimal feesPaid() const;
    // Σ |quantity · mark| over all positions.
    Decimal grossExposure() const;
    Decimal positionValue(std::uint32_t symbol) const;
    const Position &position(std::uint32_t symbol) const { return m_positions.at(symbol); }
    int symbolCount() const { return int(m_positions.size()); }
    // Cost per unit of the open quantity, for display.
    Decimal averagePrice(std::uint32_t symbol) const;

    // Appends the current equity to the curve and updates the peak. The
    // curve thins with age, or a year of seconds would be 31 M points: every
    // point of the last day, then the last of each hour (24 points a day
    // more; storage keeps the minutes of 30 days, see MinutesFor).
    void recordEquity(std::int64_t time);
    const QList<EquityPoint> &equityCurve() const { return m_curve; }
    // Points ever recorded (or restored): a reader's cursor, since thinning
    // moves the indices of old points.
    qint64 equityRecorded() const { return m_recorded; }
    // The points recorded after the cursor `recorded`, oldest first.
    QList<EquityPoint> equitySince(qint64 recorded) const;
    // A stored curve, oldest first, with the peak and maximum drawdown it shows.
    void restoreEquity(const QList<EquityPoint> &curve);

    static constexpr std::int64_t EveryPointFor = 86'400'000; // a day
    // The stored curve's minutes (StorageWriter); in memory they would be
    // 40,000 points that only a chart of the last month would show.
    static constexpr std::int64_t MinutesFor = 30 * EveryPointFor;
    Decimal peakEquity() const { return m_peak; }
    Decimal maxDrawdown() const { return m_maxDrawdown; }

private:
    template<typename PerSymbol>
    Decimal sum(PerSymbol amount) const;

    Decimal m_initialCash;
    Decimal m_cash;
    std::vector<Position> m_positions;
    void thinEquity(std::int64_t now);

    QList<EquityPoint> m_curve;
    qint64 m_recorded = 0;
    std::int64_t m_nextThinning = 0;
    Decimal m_peak;
    Decimal m_maxDrawdown;
};

} // namespace kairos
