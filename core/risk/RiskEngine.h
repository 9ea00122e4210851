#pragma once

#include "RiskLimits.h"
#include "model/Order.h"

#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <deque>
#include <optional>

namespace kairos {

enum class TradingState { Active, Reducing, Halted };

// Why an order was refused: which limit, its value and what the order
// would have made of it.
struct RiskDenial
{
    QString limit; // the field name, e.g. "maxOrderQuantity"
    QString limitValue;
    QString attempted;
    QString message;
};

// What the checks need to know about the account for one order.
struct RiskInputs
{
    Decimal price; // the order's limit, or the last trade for a market order
    Decimal position; // signed quantity held in the order's symbol
    Decimal grossExposure; // Σ |position · mark| over all symbols, now
    Decimal symbolExposure; // |position · mark| of the order's symbol, now
    int openOrders = 0;
};

// Pre-trade checks for every order, and the circuit breaker. Pure and
// synchronous: time is the event time the caller passes.
class RiskEngine
{
    Q_DECLARE_TR_FUNCTIONS(RiskEngine)

public:
    explicit RiskEngine(const RiskLimits &limits = {});

    void setLimits(const RiskLimits &limits);
    const RiskLimits &limits() const { return m_limits; }
    TradingState state() const { return m_state; }

    // nullopt approves the order (and counts it toward the rate limit).
    std::optional<RiskDenial> check(const Order &order, const RiskInputs &inputs, std::int64_t now);
    // What check() would say, counting nothing: a preview.
    std::optional<RiskDenial> wouldDeny(
        const Order &order, const RiskInputs &inputs, std::int64_t now) const;

    // After every fill or mark: trips the circuit breaker when the day's loss
    // or the drawdown from the peak passes its limit. Returns why, once.
    std::optional<QString> evaluate(const Decimal &equity, std::int64_t now);
    // A closed trade lost money (after fees): no new exposure for a while.
    void onLosingTrade(std::int64_t now);

    // The user's deliberate actions.
    void resume(const Decimal &equity, std::int64_t now);
    void setReducing(bool reducing);
    // The language of denials and halts, from now on (C until told).
    void setLocale(const QLocale &locale) { m_locale = locale; }
    // Money paid into (or out of) the account is neither profit nor loss:
    // the peak and the day's start move with it.
    void rebase(const Decimal &delta);
    // Something other than a limit stopped trading (persistence failed):
    // the same halt as the circuit breaker, ended only by resume().
    void halt() { m_state = TradingState::Halted; }

    // Halt, peaks, the trading day, cooldown and the rate window: what a
    // restart must keep (a tripped breaker stays tripped). restoreState() is
    // false, changing nothing, on bytes it did not write.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &bytes);

    Decimal peakEquity() const { return m_peak; }
    Decimal dayStartEquity() const { return m_dayStart; }
    // The risk day of an event time (a Julian day in the limits' zone), and
    // when the day after it starts.
    std::int64_t dayOf(std::int64_t time) const;
    std::int64_t nextDayStart(std::int64_t time) const;

private:
    std::optional<RiskDenial> deny(const char *limit, const QString &limitValue,
        const QString &attempted, const QString &message) const;
    QString text(Decimal amount) const; // in m_locale, exact

    RiskLimits m_limits;
    QTimeZone m_zone; // of m_limits.dayTimeZone, looked up once
    TradingState m_state = TradingState::Active;
    std::deque<std::int64_t> m_recentOrders; // approval times within the last minute
    std::int64_t m_cooldownUntil = 0;
    Decimal m_peak;
    Decimal m_dayStart;
    std::int64_t m_day = std::numeric_limits<std::int64_t>::min();
    bool m_started = false;
    QLocale m_locale = QLocale::c();
};

} // namespace kairos
