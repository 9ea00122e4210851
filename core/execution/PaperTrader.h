#pragma once

#include "MockBroker.h"
#include "Portfolio.h"
#include "TradingEvents.h"
#include "model/Instrument.h"
#include "risk/RiskEngine.h"
#include "strategy/OrderSizing.h"
#include "strategy/Signal.h"
#include "strategy/StrategyExits.h"

#include <QCoreApplication>
#include <QLocale>

#include <limits>
#include <vector>

namespace kairos {

// Paper trading as one unit: every order, from a signal or from the user,
// passes the risk engine before it reaches the mock broker, and a stop or
// if-touched order passes it again when a trade triggers it; fills are
// booked in the portfolio; the circuit breaker is checked as equity moves.
// Day orders expire when the risk day ends. Pure and synchronous, owned by
// the engine thread.
class PaperTrader
{
    Q_DECLARE_TR_FUNCTIONS(PaperTrader)

public:
    PaperTrader(const InstrumentList &instruments,
        Decimal initialCash = Decimal::fromInteger(100'000), const RiskLimits &limits = {},
        const BrokerConfig &broker = {});

    // Engaging the kill switch cancels every working order at once (each a
    // cancel event); only a later call without it releases it.
    void setLimits(const RiskLimits &limits, std::int64_t time, TradingEvents &events);
    void setBrokerConfig(const BrokerConfig &config) { m_broker.setConfig(config); }

    // Marks, fills, and once a second of event time checks the circuit
    // breaker and samples the equity curve.
    void onTick(const Tick &tick, TradingEvents &events);

    // Turns a signal into a market order by the strategy's sizing, with the
    // strategy's exits attached (a bracket). Against a position it is
    // flipped with a closing order first, so the exits guard only the new one.
    void onSignal(const Signal &signal, const OrderSizing &sizing, TradingEvents &events,
        const StrategyExits &exits = {});
    // With a take-profit or stop-loss set, a bracket: its exits (reduce-only,
    // good till cancelled, one-cancels-other when both) are accepted with it,
    // held until it first fills, and then work for what has filled of it.
    void submit(Order order, TradingEvents &events);
    // Two orders, each checked as sent alone, linked one-cancels-other.
    void submitOco(Order first, Order second, TradingEvents &events);
    // A take-profit and/or a stop-loss (zero: none) for the whole position
    // of a symbol, one-cancels-other when both.
    void protect(std::uint32_t symbol, Decimal takeProfit, Decimal stopLoss, std::int64_t time,
        TradingEvents &events);
    // Links two working orders of one symbol one-cancels-other (neither
    // linked yet, nor a bracket's exit still held); a refusal is an alert.
    void linkOco(std::int64_t first, std::int64_t second, std::int64_t time, TradingEvents &events);
    // Ends an order's one-cancels-other link: both work on alone.
    void unlinkOco(std::int64_t orderId, std::int64_t time, TradingEvents &events);
    // A cancelled order's one-cancels-other sibling works on alone.
    void cancel(std::int64_t orderId, TradingEvents &events);
    // Changes a working order (by changed.id) to changed's quantity, limit
    // and stop price, or a trailing stop's distance: checked by the risk
    // engine as if sent now; a refusal leaves the order as it was and says
    // why in an alert.
    void modify(const Order &changed, std::int64_t time, TradingEvents &events);
    // Why modify() would refuse `changed` at `time`, every check included
    // and nothing counted (empty: it would go through); for a preview.
    QString modifyRefusal(const Order &changed, std::int64_t time) const;
    void cancelAll(TradingEvents &events);
    // A market order that closes the whole position of a symbol.
    void flatten(std::uint32_t symbol, std::int64_t time, TradingEvents &events);
    // A market order that turns the position of a symbol round: as large
    // on the other side.
    void reverse(std::uint32_t symbol, std::int64_t time, TradingEvents &events);

    void resume(std::int64_t time, TradingEvents &events);
    // The paper account's starting cash; a change pays the difference in or out.
    void setInitialCash(Decimal cash, std::int64_t time, TradingEvents &events);

    // A warm start: each symbol's position as last stored (written with the
    // fills that made it, so cash follows exactly, and no fill is replayed),
    // open orders, recent client ids, the equity curve and the risk state.
    // False when the risk state was unreadable (the rest holds).
    bool restore(const QList<StoredPosition> &positions, const OrderList &openOrders,
        std::int64_t lastOrderId, const ClientOrderIds &clientOrderIds,
        const QList<EquityPoint> &equity, const QByteArray &riskState);
    // The last known price of a symbol before any new tick arrives.
    void restoreMark(std::uint32_t symbol, Decimal price);
    void setReducing(bool reducing) { m_risk.setReducing(reducing); }
    // While history is replayed its prices are old: every order is refused
    // with `why` until this is called with an empty reason.
    void setWarmingUp(const QString &why) { m_warmingUp = why; }
    // The language alerts and denials are written in, from now on (C until
    // told: the command line and its logs).
    void setLocale(const QLocale &locale);
    // Halts as the circuit breaker does, for a reason outside the limits.
    void halt(std::int64_t time, const QString &why, TradingEvents &events);

    const Portfolio &portfolio() const { return m_portfolio; }
    const RiskEngine &risk() const { return m_risk; }
    const MockBroker &broker() const { return m_broker; }
    const InstrumentList &instruments() const { return m_instruments; }
    Decimal lastPrice(std::uint32_t symbol) const { return m_lastPrice.at(symbol); }

private:
    void book(Fill &fill, TradingEvents &events);
    // A fill's effect on the orders linked to its order: a bracket entry's
    // exits are released or grown, a one-cancels-other sibling reduced.
    void followLinks(const Fill &fill, TradingEvents &events);
    // An order that ended (cancelled, expired, denied at its trigger): a
    // bracket entry's exits still held go with it.
    void ended(const Order &order, TradingEvents &events);
    // The working order `id`, if any.
    std::optional<Order> working(std::int64_t id) const;
    // Sets `order`'s sibling to `sibling` (0: none) in the book.
    void setSibling(Order order, std::int64_t sibling, TradingEvents &events);
    // Accepts `orders` (one or two, not yet in the book), linked to each
    // other when two; a refusal of either refuses both. `checked`: by every
    // risk check, else (exits, which only reduce) by the venue's rules.
    bool acceptLinked(QList<Order> orders, bool checked, TradingEvents &events);
    std::optional<RiskDenial> checkRules(const Order &order) const;
    void startTrailing(Order &order) const;
    // The exits of `entry` for `quantity`, on the other side; `held` until
    // it fills.
    QList<Order> exitsFor(const Order &entry, Decimal quantity, bool held) const;
    // Whether a take-profit and stop-loss lie on the right sides of `price`.
    std::optional<RiskDenial> checkExitPrices(
        Side side, Decimal takeProfit, Decimal stopLoss, Decimal price, std::uint32_t symbol) const;
    // Every check an order meets when it is sent, and again when released.
    // `replacing`: the order takes the place of a working one (a modify),
    // which is not counted again among the open orders.
    std::optional<RiskDenial> check(const Order &order, std::int64_t now, bool replacing = false);
    // check()'s verdict; `counting` (the trader's risk engine or none) counts
    // an approval toward the order rate.
    std::optional<RiskDenial> verdict(
        const Order &order, std::int64_t now, bool replacing, RiskEngine *counting) const;
    // `changed` applied to its working order, or why it cannot be.
    std::optional<Order> modification(const Order &changed, QString *why) const;
    // Whether the order only makes its symbol's position smaller.
    bool reduces(const Order &order) const;
    void expireDayOrders(std::int64_t time, TradingEvents &events);
    void deny(Order order, const RiskDenial &denial, TradingEvents &events);
    void checkBreaker(std::int64_t time, TradingEvents &events);
    QString nextManualId();
    QString quantityText(Decimal quantity) const;
    QString priceText(Decimal price, std::uint32_t symbol) const; // to the symbol's tick

    InstrumentList m_instruments;
    MockBroker m_broker;
    // Bracket entries still working: a part that fills when none of their
    // exits is left gets exits of its own.
    std::vector<Order> m_entries;
    Portfolio m_portfolio;
    RiskEngine m_risk;
    std::vector<Decimal> m_lastPrice;
    std::int64_t m_lastSample = 0;
    bool m_sampled = false;
    std::int64_t m_manualCount = 0;
    std::int64_t m_lastTime = 0;
    std::int64_t m_nextDayStart = std::numeric_limits<std::int64_t>::min();
    QString m_warmingUp;
    QLocale m_locale = QLocale::c();
};

} // namespace kairos
