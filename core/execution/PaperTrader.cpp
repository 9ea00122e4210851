#include "PaperTrader.h"
#include "SignalOrders.h"

#include "model/InstrumentRules.h"
#include "model/LocaleDecimal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace kairos {

namespace {

QString ruleText(const InstrumentRules::Breach &breach, const QString &symbol,
    const QLocale &locale, OrderType type)
{
    const QString value = LocaleDecimal::display(breach.value, Decimal(), locale);
    const QString limit = LocaleDecimal::display(breach.limit, Decimal(), locale);
    switch (breach.rule) {
    case InstrumentRules::Rule::QuantityStep:
        return QCoreApplication::translate(
            "kairos::PaperTrader", "the quantity %1 is not a multiple of %2's lot step %3")
            .arg(value, symbol, limit);
    case InstrumentRules::Rule::PriceTick:
        return QCoreApplication::translate(
            "kairos::PaperTrader", "the limit price %1 is not on %2's price tick %3")
            .arg(value, symbol, limit);
    case InstrumentRules::Rule::StopPriceTick:
        return (type == OrderType::TrailingStop
                ? QCoreApplication::translate(
                    "kairos::PaperTrader", "the activation price %1 is not on %2's price tick %3")
                : QCoreApplication::translate(
                    "kairos::PaperTrader", "the stop price %1 is not on %2's price tick %3"))
            .arg(value, symbol, limit);
    case InstrumentRules::Rule::MinQuantity:
        return QCoreApplication::translate(
            "kairos::PaperTrader", "the quantity %1 is below %2's minimum %3")
            .arg(value, symbol, limit);
    case InstrumentRules::Rule::MinNotional:
        return QCoreApplication::translate(
            "kairos::PaperTrader", "the order's value %1 is below %2's minimum %3")
            .arg(value, symbol, limit);
    }
    return {};
}

} // namespace

PaperTrader::PaperTrader(const InstrumentList &instruments, Decimal initialCash,
    const RiskLimits &limits, const BrokerConfig &broker)
    : m_instruments(instruments)
    , m_broker(broker)
    , m_portfolio(initialCash, int(instruments.size()))
    , m_risk(limits)
    , m_lastPrice(std::size_t(instruments.size()))
{
    std::vector<Decimal> ticks;
    std::vector<Decimal> steps;
    for (const Instrument &instrument : instruments) {
        ticks.push_back(instrument.priceIncrement);
        steps.push_back(instrument.quantityIncrement);
    }
    m_broker.setPriceTicks(std::move(ticks));
    m_broker.setQuantitySteps(std::move(steps));
}

void PaperTrader::setLimits(const RiskLimits &limits, std::int64_t time, TradingEvents &events)
{
    const bool wasKilled = m_risk.limits().killSwitch;
    m_risk.setLimits(limits);
    if (limits.killSwitch && !wasKilled) {
        const OrderList cancelled = m_broker.cancelAll();
        events.cancelled += cancelled;
        m_entries.clear();
        events.alerts.append({ time, AlertSeverity::Critical, QStringLiteral("risk"),
            tr("kill switch engaged: %n working order(s) cancelled, every new order refused",
                nullptr, int(cancelled.size())) });
    } else if (!limits.killSwitch && wasKilled) {
        events.alerts.append({ time, AlertSeverity::Warning, QStringLiteral("risk"),
            tr("kill switch released by the user: orders are accepted again") });
    }
}

void PaperTrader::onTick(const Tick &tick, TradingEvents &events)
{
    if (tick.symbol >= m_lastPrice.size())
        return;
    m_lastTime = tick.time;
    m_lastPrice[tick.symbol] = tick.price;
    m_portfolio.mark(tick.symbol, tick.price);
    // Once a second of event time: the circuit breaker and the equity curve.
    if (!m_sampled || tick.time - m_lastSample >= 1000) {
        m_sampled = true;
        m_lastSample = tick.time;
        checkBreaker(tick.time, events);
        m_portfolio.recordEquity(tick.time);
    }
    if (m_broker.openOrders().empty())
        return;
    if (tick.time >= m_nextDayStart)
        expireDayOrders(tick.time, events);
    FillList fills;
    OrderList cancelled;
    OrderList triggered;
    OrderList trailed;
    m_broker.onTick(tick, fills, cancelled, triggered, &trailed);
    for (const Order &order : trailed)
        events.amend(order);
    // Released in submission order, each checked again as it would be if
    // it were sent now; a denied one ends there.
    for (Order &order : triggered) {
        // Its one-cancels-other sibling filled on this trade: that fill
        // reduces it (or cancels it) before it may trade.
        if (order.ocoId != 0 && std::any_of(fills.cbegin(), fills.cend(), [&order](const Fill &f) {
                return f.orderId == order.ocoId;
            })) {
            m_broker.reinstate(order);
            continue;
        }
        order.triggered = true;
        // An exit whose time limit came: it closes at market, as expired.
        const bool timeUp = order.closeAt > 0 && tick.time >= order.closeAt;
        if (timeUp)
            order.reason = tr("expired");
        if (const auto denial = check(order, tick.time)) {
            deny(order, *denial, events);
            ended(order, events);
        } else {
            events.triggered.append(order);
            const QString symbol = m_instruments.value(order.symbol).symbol;
            const QString at = priceText(tick.price, order.symbol);
            events.alerts.append({ tick.time, AlertSeverity::Info, QStringLiteral("broker"),
                timeUp ? tr("%1 %2 %3: its time limit %4 UTC came, it closes at market at %5")
                             .arg(sideLabel(order.side), quantityText(order.quantity), symbol,
                                 QDateTime::fromMSecsSinceEpoch(order.closeAt, QTimeZone::utc())
                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                 at)
                       : tr("%1 %2 %3: stop %4 reached by a trade at %5")
                             .arg(sideLabel(order.side), quantityText(order.quantity), symbol,
                                 priceText(order.stopPrice, order.symbol), at) });
            m_broker.release(order, tick, fills, cancelled);
        }
    }
    // Fills first: an order that filled in part before its rest was
    // cancelled (immediate-or-cancel) has its links follow the part (exits
    // released, a sibling reduced) before it ends.
    for (Fill &fill : fills)
        book(fill, events);
    for (Order &order : cancelled) {
        events.cancelled.append(order);
        ended(order, events);
    }
    if (!fills.isEmpty())
        checkBreaker(tick.time, events);
}

void PaperTrader::expireDayOrders(std::int64_t time, TradingEvents &events)
{
    m_nextDayStart = m_risk.nextDayStart(time);
    const std::int64_t today = m_risk.dayOf(time);
    std::vector<std::int64_t> ended;
    for (const Order &order : m_broker.openOrders()) {
        if (order.timeInForce == TimeInForce::Day && m_risk.dayOf(order.time) != today)
            ended.push_back(order.id);
    }
    for (const std::int64_t id : ended) {
        if (auto order = m_broker.cancel(id, OrderStatus::Expired)) {
            events.cancelled.append(*order);
            this->ended(*order, events);
        }
    }
}

void PaperTrader::book(Fill &fill, TradingEvents &events)
{
    if (!m_portfolio.apply(fill)) {
        events.alerts.append({ fill.time, AlertSeverity::Critical, QStringLiteral("broker"),
            tr("a fill of %1 %2 could not be booked: amounts out of range")
                .arg(quantityText(fill.quantity), m_instruments.value(fill.symbol).symbol) });
        return;
    }
    m_portfolio.mark(fill.symbol, m_lastPrice[fill.symbol]);
    if (fill.realizedPnl - fill.fee < Decimal() && fill.realizedPnl != Decimal())
        m_risk.onLosingTrade(fill.time);
    events.fills.append(fill);
    const QString fee = LocaleDecimal::display(fill.fee, Decimal(), m_locale);
    const QString symbol = m_instruments.value(fill.symbol).symbol;
    events.alerts.append({ fill.time, AlertSeverity::Info, QStringLiteral("broker"),
        fill.leavesQuantity > Decimal()
            ? tr("filled %1 %2 of %3 %4 at %5 (fee %6): %7 still working")
                  .arg(sideLabel(fill.side), quantityText(fill.quantity),
                      quantityText(fill.cumulativeQuantity + fill.leavesQuantity), symbol,
                      priceText(fill.price, fill.symbol), fee, quantityText(fill.leavesQuantity))
            : tr("filled %1 %2 %3 at %4 (fee %5)")
                  .arg(sideLabel(fill.side), quantityText(fill.quantity), symbol,
                      priceText(fill.price, fill.symbol), fee) });
    followLinks(fill, events);
    // A reduce-only order the position no longer leaves room for (closed,
    // reversed, or now smaller than the order) would open exposure.
    std::vector<std::int64_t> stale;
    for (const Order &order : m_broker.openOrders()) {
        if (order.symbol == fill.symbol && order.reduceOnly && !order.held && !reduces(order))
            stale.push_back(order.id);
    }
    for (const std::int64_t id : stale) {
        if (auto order = m_broker.cancel(id)) {
            events.cancelled.append(*order);
            ended(*order, events);
        }
    }
}

void PaperTrader::followLinks(const Fill &fill, TradingEvents &events)
{
    const auto entry = std::find_if(m_entries.begin(), m_entries.end(),
        [&fill](const Order &o) { return o.id == fill.orderId; });
    bool protectedPart = false;
    std::vector<Order> changed;
    for (const Order &order : m_broker.openOrders()) {
        Order linked = order;
        if (order.parentId == fill.orderId) {
            // The exits close what has filled of their entry.
            linked.quantity = order.held ? fill.quantity : order.quantity + fill.quantity;
            // A trailing stop-loss trails from where its entry filled.
            if (order.held)
                linked.trail(fill.price, m_broker.priceTick(order.symbol));
            linked.held = false;
            protectedPart = true;
        } else if (order.ocoId == fill.orderId) {
            linked.quantity = order.quantity - fill.quantity;
        } else {
            continue;
        }
        changed.push_back(linked);
    }
    if (entry != m_entries.end()) {
        // Its earlier part closed by an exit, this part gets exits anew.
        if (!protectedPart)
            acceptLinked(exitsFor(*entry, fill.quantity, false), false, events);
        if (fill.leavesQuantity <= Decimal())
            m_entries.erase(entry);
    }
    for (const Order &order : changed) {
        if (order.remaining() > Decimal() && m_broker.replace(order)) {
            events.link(order);
            continue;
        }
        if (auto cancelled = m_broker.cancel(order.id)) {
            events.cancelled.append(*cancelled);
            events.alerts.append({ fill.time, AlertSeverity::Info, QStringLiteral("broker"),
                tr("order %1 cancelled: order %2, one-cancels-other with it, filled")
                    .arg(QString::number(order.id), QString::number(fill.orderId)) });
        }
    }
}

void PaperTrader::ended(const Order &order, TradingEvents &events)
{
    if (order.ocoId != 0) {
        if (const auto sibling = working(order.ocoId); sibling && sibling->ocoId == order.id)
            setSibling(*sibling, 0, events);
    }
    const auto entry = std::find_if(
        m_entries.begin(), m_entries.end(), [&order](const Order &o) { return o.id == order.id; });
    if (entry == m_entries.end())
        return;
    m_entries.erase(entry);
    std::vector<std::int64_t> held;
    for (const Order &exit : m_broker.openOrders()) {
        if (exit.parentId == order.id && exit.held)
            held.push_back(exit.id);
    }
    for (const std::int64_t id : held) {
        if (auto exit = m_broker.cancel(id))
            events.cancelled.append(*exit);
    }
}

QList<Order> PaperTrader::exitsFor(const Order &entry, Decimal quantity, bool held) const
{
    QList<Order> exits;
    for (const bool profit : { true, false }) {
        const Decimal price = profit ? entry.takeProfit : entry.stopLoss;
        const bool trailing = !profit && entry.stopLossTrail > Decimal();
        if (price <= Decimal() && !trailing)
            continue;
        Order exit;
        exit.symbol = entry.symbol;
        exit.side = entry.side == Side::Buy ? Side::Sell : Side::Buy;
        exit.type = profit ? OrderType::Limit
            : trailing     ? OrderType::TrailingStop
                           : OrderType::StopMarket;
        (profit ? exit.limitPrice : exit.stopPrice) = price;
        exit.trailOffset = trailing ? entry.stopLossTrail : Decimal();
        exit.quantity = quantity;
        exit.reduceOnly = true;
        exit.parentId = entry.id;
        exit.held = held;
        exit.time = std::max(entry.time, m_lastTime);
        // Named after the entry and its part, so a replay makes the same ids.
        exit.clientOrderId
            = QStringLiteral("%1:%2:%3")
                  .arg(entry.clientOrderId, profit ? QStringLiteral("tp") : QStringLiteral("sl"))
                  .arg(exit.time);
        exit.reason = profit ? tr("take profit") : trailing ? tr("trailing stop") : tr("stop loss");
        exit.closeAt = entry.timeLimit;
        exits.append(exit);
    }
    if (exits.isEmpty() && entry.timeLimit > 0) {
        // Only a time limit: a market exit that waits for it.
        Order exit;
        exit.symbol = entry.symbol;
        exit.side = entry.side == Side::Buy ? Side::Sell : Side::Buy;
        exit.quantity = quantity;
        exit.reduceOnly = true;
        exit.parentId = entry.id;
        exit.held = held;
        exit.time = std::max(entry.time, m_lastTime);
        exit.clientOrderId = QStringLiteral("%1:tl:%2").arg(entry.clientOrderId).arg(exit.time);
        exit.reason = tr("expired");
        exit.closeAt = entry.timeLimit;
        exits.append(exit);
    }
    return exits;
}

bool PaperTrader::acceptLinked(QList<Order> orders, bool checked, TradingEvents &events)
{
    for (const Order &order : std::as_const(orders)) {
        const auto denial = checked ? check(order, order.time) : checkRules(order);
        if (denial) {
            for (const Order &refused : std::as_const(orders))
                deny(refused, *denial, events);
            return false;
        }
    }
    for (qsizetype i = 0; i < orders.size(); ++i) {
        Order &order = orders[i];
        if (i > 0)
            order.ocoId = orders[i - 1].id;
        if (m_broker.submit(order) == MockBroker::SubmitResult::Accepted)
            continue;
        deny(order,
            { QStringLiteral("invalidOrder"), QString(), order.clientOrderId,
                tr("the broker refused the order") },
            events);
        if (i > 0) {
            // Its sibling alone would not be one-cancels-other: it ends at once.
            if (auto sibling = m_broker.cancel(orders[0].id)) {
                events.accepted.append(*sibling);
                events.cancelled.append(*sibling);
            }
        }
        return false;
    }
    if (orders.size() == 2) {
        orders[0].ocoId = orders[1].id;
        m_broker.replace(orders[0]);
    }
    events.accepted += orders;
    return true;
}

std::optional<RiskDenial> PaperTrader::checkRules(const Order &order) const
{
    const Instrument &instrument = m_instruments.at(order.symbol);
    const bool limit = order.released() == OrderType::Limit;
    const Decimal working = order.workingPrice();
    const Decimal price = working > Decimal() ? working : m_lastPrice.at(order.symbol);
    if (const auto breach = InstrumentRules::check(instrument, order.quantity,
            limit ? order.limitPrice : Decimal(), price, order.triggerPriceToCheck()))
        return RiskDenial { InstrumentRules::key(breach->rule), breach->limit.toString(),
            breach->value.toString(), ruleText(*breach, instrument.symbol, m_locale, order.type) };
    return std::nullopt;
}

std::optional<RiskDenial> PaperTrader::checkExitPrices(
    Side side, Decimal takeProfit, Decimal stopLoss, Decimal price, std::uint32_t symbol) const
{
    const bool buy = side == Side::Buy;
    if (takeProfit > Decimal() && (buy ? takeProfit <= price : takeProfit >= price))
        return RiskDenial { QStringLiteral("invalidOrder"), price.toString(), takeProfit.toString(),
            (buy ? tr("the take-profit %1 of a long position must be above %2")
                 : tr("the take-profit %1 of a short position must be below %2"))
                .arg(priceText(takeProfit, symbol), priceText(price, symbol)) };
    if (stopLoss > Decimal() && (buy ? stopLoss >= price : stopLoss <= price))
        return RiskDenial { QStringLiteral("invalidOrder"), price.toString(), stopLoss.toString(),
            (buy ? tr("the stop-loss %1 of a long position must be below %2")
                 : tr("the stop-loss %1 of a short position must be above %2"))
                .arg(priceText(stopLoss, symbol), priceText(price, symbol)) };
    return std::nullopt;
}

bool PaperTrader::reduces(const Order &order) const
{
    const Decimal held = m_portfolio.position(order.symbol).quantity;
    const bool against = order.side == Side::Buy ? held < Decimal() : held > Decimal();
    return against && order.remaining() <= held.abs();
}

void PaperTrader::checkBreaker(std::int64_t time, TradingEvents &events)
{
    if (const auto why = m_risk.evaluate(m_portfolio.equity(), time))
        halt(time, *why, events);
}

void PaperTrader::halt(std::int64_t time, const QString &why, TradingEvents &events)
{
    m_risk.halt();
    events.alerts.append({ time, AlertSeverity::Critical, QStringLiteral("risk"), why });
    for (const Order &order : m_broker.cancelAll())
        events.cancelled.append(order);
    m_entries.clear();
}

void PaperTrader::onSignal(const Signal &signal, const OrderSizing &sizing, TradingEvents &events,
    const StrategyExits &exits)
{
    if (signal.symbol >= m_lastPrice.size() || m_lastPrice[signal.symbol] <= Decimal())
        return;
    // What the position will be once the orders already sent have filled
    // (protective exits, which wait for the market, aside).
    Decimal held = m_portfolio.position(signal.symbol).quantity;
    for (const Order &order : m_broker.openOrders()) {
        if (order.symbol == signal.symbol && !order.reduceOnly && !order.held)
            held = held + (order.side == Side::Buy ? order.remaining() : -order.remaining());
    }
    const SignalOrders::Account account { m_lastPrice[signal.symbol], held, m_portfolio.equity(),
        m_lastTime };
    const SignalOrders planner(m_instruments, m_locale);
    for (const Order &order : planner.ordersFor(signal, sizing, exits, account, events.alerts))
        submit(order, events);
}

QString PaperTrader::nextManualId()
{
    return QStringLiteral("manual:%1:%2").arg(m_lastTime).arg(++m_manualCount);
}

void PaperTrader::deny(Order order, const RiskDenial &denial, TradingEvents &events)
{
    order.status = OrderStatus::Denied;
    events.denied.append({ order, denial });
    events.alerts.append({ order.time, AlertSeverity::Warning, QStringLiteral("risk"),
        tr("%1 %2 %3 denied: %4")
            .arg(sideLabel(order.side), quantityText(order.quantity),
                m_instruments.value(order.symbol).symbol, denial.message) });
}

void PaperTrader::setLocale(const QLocale &locale)
{
    m_locale = locale;
    m_risk.setLocale(locale);
}

QString PaperTrader::quantityText(Decimal quantity) const
{
    return LocaleDecimal::display(quantity, Decimal(), m_locale);
}

QString PaperTrader::priceText(Decimal price, std::uint32_t symbol) const
{
    return LocaleDecimal::display(price, m_instruments.value(symbol).priceIncrement, m_locale);
}

std::optional<RiskDenial> PaperTrader::check(const Order &sent, std::int64_t now, bool replacing)
{
    return verdict(sent, now, replacing, &m_risk);
}

std::optional<RiskDenial> PaperTrader::verdict(
    const Order &sent, std::int64_t now, bool replacing, RiskEngine *counting) const
{
    // What is checked is what may still trade: a partly filled order's rest.
    Order order = sent;
    order.quantity = sent.remaining();
    order.filledQuantity = Decimal();
    // An order accepted on live prices is the broker's once working, as a
    // resting limit fills on whatever trades come: history does not deny it.
    if (!m_warmingUp.isEmpty() && !order.triggered)
        return RiskDenial { QStringLiteral("warmingUp"), QString(), QString(), m_warmingUp };
    if (order.symbol >= m_lastPrice.size())
        return RiskDenial { QStringLiteral("invalidOrder"), QString(),
            QString::number(order.symbol), tr("no such instrument") };
    const bool limit = order.released() == OrderType::Limit;
    if (order.quantity <= Decimal())
        return RiskDenial { QStringLiteral("invalidOrder"), QString(), order.quantity.toString(),
            tr("the quantity must be above 0") };
    if (limit && order.limitPrice <= Decimal())
        return RiskDenial { QStringLiteral("invalidOrder"), QString(), order.limitPrice.toString(),
            tr("the limit price must be above 0") };
    if (order.type == OrderType::TrailingStop) {
        if (!order.hasValidTrail())
            return RiskDenial { QStringLiteral("invalidOrder"), QString(),
                order.trailOffset.toString(),
                order.trailPercent ? tr("the trailing distance must be above 0 % and below 100 %")
                                   : tr("the trailing distance must be above 0") };
    } else if (order.waitsForTrigger() && order.stopPrice <= Decimal()) {
        return RiskDenial { QStringLiteral("invalidOrder"), QString(), order.stopPrice.toString(),
            tr("the stop price must be above 0") };
    }
    const Decimal last = m_lastPrice.at(order.symbol);
    if (order.postOnly) {
        if (!limit)
            return RiskDenial { QStringLiteral("postOnly"), QString(), QString(),
                tr("a post-only order needs a limit price") };
        // Released or sent now, it would meet the book at the last price.
        const bool takes = !order.waitsForTrigger() && last > Decimal()
            && (order.side == Side::Buy ? last <= order.limitPrice : last >= order.limitPrice);
        if (takes)
            return RiskDenial {
                QStringLiteral("postOnly"), order.limitPrice.toString(), last.toString(),
                tr("a post-only order at %1 would take liquidity at the last price %2")
                    .arg(priceText(order.limitPrice, order.symbol), priceText(last, order.symbol))
            };
    }
    if (order.reduceOnly && !order.held && !reduces(order))
        return RiskDenial { QStringLiteral("reduceOnly"),
            m_portfolio.position(order.symbol).quantity.toString(), order.quantity.toString(),
            tr("a reduce-only order of %1 would not reduce the position of %2")
                .arg(quantityText(order.quantity),
                    quantityText(m_portfolio.position(order.symbol).quantity)) };
    // As the venue would: a quantity off the lot step, a price off the tick,
    // or an order below a minimum is refused, never rounded behind the
    // trader's back.
    const Instrument &instrument = m_instruments.at(order.symbol);
    RiskInputs in;
    const Decimal working = order.workingPrice();
    in.price = working > Decimal() ? working : last;
    if (const auto breach = InstrumentRules::check(instrument, order.quantity,
            limit ? order.limitPrice : Decimal(), in.price, order.triggerPriceToCheck()))
        return RiskDenial { InstrumentRules::key(breach->rule), breach->limit.toString(),
            breach->value.toString(), ruleText(*breach, instrument.symbol, m_locale, order.type) };
    in.position = m_portfolio.position(order.symbol).quantity;
    in.grossExposure = m_portfolio.grossExposure();
    in.symbolExposure = m_portfolio.positionValue(order.symbol).abs();
    in.openOrders = int(m_broker.openOrders().size()) - (replacing ? 1 : 0);
    return counting ? counting->check(order, in, now) : m_risk.wouldDeny(order, in, now);
}

void PaperTrader::submit(Order order, TradingEvents &events)
{
    if (order.clientOrderId.isEmpty())
        order.clientOrderId = nextManualId();
    // A retry or replay: the first one stands, and the second says so.
    if (m_broker.hasSeen(order.clientOrderId))
        return deny(order,
            { QStringLiteral("duplicateClientOrderId"), order.clientOrderId, order.clientOrderId,
                tr("client order id %1 was already used: the first order stands")
                    .arg(order.clientOrderId) },
            events);
    startTrailing(order);
    if (const auto denial = check(order, order.time))
        return deny(order, *denial, events);
    const bool bracket = order.hasExits();
    if (bracket) {
        // The exits lie either side of where the entry is expected to fill.
        const Decimal working = order.workingPrice();
        const Decimal at = working > Decimal() ? working : m_lastPrice.at(order.symbol);
        if (const auto denial
            = checkExitPrices(order.side, order.takeProfit, order.stopLoss, at, order.symbol))
            return deny(order, *denial, events);
        for (const Order &exit : exitsFor(order, order.quantity, true)) {
            if (const auto denial = checkRules(exit))
                return deny(order, *denial, events);
        }
    }
    if (m_broker.submit(order) != MockBroker::SubmitResult::Accepted)
        return deny(order,
            { QStringLiteral("invalidOrder"), QString(), order.clientOrderId,
                tr("the broker refused the order") },
            events);
    events.accepted.append(order);
    if (bracket) {
        m_entries.push_back(order);
        acceptLinked(exitsFor(order, order.quantity, true), false, events);
    }
}

void PaperTrader::startTrailing(Order &order) const
{
    // It trails from the last trade (or from its activation price's), so
    // its stop is known, checked and shown at once.
    if (order.type == OrderType::TrailingStop && order.symbol < m_lastPrice.size()) {
        order.trailExtreme = order.stopPrice = Decimal();
        order.trail(m_lastPrice[order.symbol], m_broker.priceTick(order.symbol));
    }
}

void PaperTrader::submitOco(Order first, Order second, TradingEvents &events)
{
    QList<Order> pair { first, second };
    for (Order &order : pair) {
        if (order.clientOrderId.isEmpty())
            order.clientOrderId = nextManualId();
        order.takeProfit = order.stopLoss = order.stopLossTrail = Decimal();
        startTrailing(order);
    }
    acceptLinked(pair, true, events);
}

void PaperTrader::protect(std::uint32_t symbol, Decimal takeProfit, Decimal stopLoss,
    std::int64_t time, TradingEvents &events)
{
    if (symbol >= m_lastPrice.size() || (takeProfit <= Decimal() && stopLoss <= Decimal()))
        return;
    const Decimal held = m_portfolio.position(symbol).quantity;
    const QString name = m_instruments.value(symbol).symbol;
    if (held == Decimal()) {
        events.alerts.append({ time, AlertSeverity::Warning, QStringLiteral("broker"),
            tr("%1: no position to protect").arg(name) });
        return;
    }
    Order position;
    position.symbol = symbol;
    position.side = held > Decimal() ? Side::Buy : Side::Sell;
    position.takeProfit = takeProfit;
    position.stopLoss = stopLoss;
    position.time = std::max(time, m_lastTime);
    position.clientOrderId = nextManualId();
    if (const auto denial
        = checkExitPrices(position.side, takeProfit, stopLoss, m_lastPrice[symbol], symbol)) {
        events.alerts.append({ time, AlertSeverity::Warning, QStringLiteral("risk"),
            tr("%1: protection refused: %2").arg(name, denial->message) });
        return;
    }
    QList<Order> exits = exitsFor(position, held.abs(), false);
    for (Order &exit : exits)
        exit.parentId = 0;
    acceptLinked(exits, true, events);
}

std::optional<Order> PaperTrader::working(std::int64_t id) const
{
    for (const Order &order : m_broker.openOrders()) {
        if (order.id == id)
            return order;
    }
    return std::nullopt;
}

void PaperTrader::setSibling(Order order, std::int64_t sibling, TradingEvents &events)
{
    order.ocoId = sibling;
    if (m_broker.replace(order))
        events.link(order);
}

void PaperTrader::linkOco(
    std::int64_t first, std::int64_t second, std::int64_t time, TradingEvents &events)
{
    const auto a = working(first);
    const auto b = working(second);
    QString why;
    if (!a || !b || first == second)
        why = tr("both must be working orders");
    else if (a->symbol != b->symbol)
        why = tr("they are orders of different symbols");
    else if (a->ocoId != 0 || b->ocoId != 0)
        why = tr("order %1 is already one-cancels-other with order %2")
                  .arg(QString::number(a->ocoId != 0 ? a->id : b->id),
                      QString::number(a->ocoId != 0 ? a->ocoId : b->ocoId));
    else if (a->held || b->held)
        why = tr("order %1 is a bracket's exit waiting for its entry").arg(a->held ? a->id : b->id);
    if (!why.isEmpty()) {
        events.alerts.append({ time, AlertSeverity::Warning, QStringLiteral("broker"),
            tr("orders %1 and %2 were not linked one-cancels-other: %3")
                .arg(QString::number(first), QString::number(second), why) });
        return;
    }
    setSibling(*a, second, events);
    setSibling(*b, first, events);
    events.alerts.append({ time, AlertSeverity::Info, QStringLiteral("broker"),
        tr("orders %1 and %2 linked one-cancels-other: a fill of either takes as much off the "
           "other")
            .arg(QString::number(first), QString::number(second)) });
}

void PaperTrader::unlinkOco(std::int64_t orderId, std::int64_t time, TradingEvents &events)
{
    const auto order = working(orderId);
    if (!order || order->ocoId == 0)
        return;
    const std::int64_t sibling = order->ocoId;
    setSibling(*order, 0, events);
    if (const auto other = working(sibling); other && other->ocoId == orderId)
        setSibling(*other, 0, events);
    events.alerts.append({ time, AlertSeverity::Info, QStringLiteral("broker"),
        tr("orders %1 and %2 are no longer one-cancels-other")
            .arg(QString::number(orderId), QString::number(sibling)) });
}

void PaperTrader::cancel(std::int64_t orderId, TradingEvents &events)
{
    if (const auto order = m_broker.cancel(orderId)) {
        events.cancelled.append(*order);
        ended(*order, events);
    }
}

std::optional<Order> PaperTrader::modification(const Order &changed, QString *why) const
{
    const auto &open = m_broker.openOrders();
    const auto working = std::find_if(
        open.cbegin(), open.cend(), [&changed](const Order &o) { return o.id == changed.id; });
    if (working == open.cend()) {
        *why = tr("order %1 is no longer working: it was not modified").arg(changed.id);
        return std::nullopt;
    }
    Order order = *working;
    if ((order.parentId != 0 || order.ocoId != 0) && changed.quantity != order.quantity) {
        *why = tr("order %1 was not modified: the quantity of a linked order follows the order "
                  "it is linked to")
                   .arg(order.id);
        return std::nullopt;
    }
    order.quantity = changed.quantity;
    if (order.filledQuantity > Decimal() && order.quantity <= order.filledQuantity) {
        *why = tr("order %1 was not modified: its new quantity %2 is not above the %3 already "
                  "filled")
                   .arg(QString::number(order.id), quantityText(order.quantity),
                       quantityText(order.filledQuantity));
        return std::nullopt;
    }
    if (order.released() == OrderType::Limit)
        order.limitPrice = changed.limitPrice;
    if (order.type == OrderType::TrailingStop && !order.triggered) {
        // A new distance trails afresh from the best price so far.
        order.trailOffset = changed.trailOffset;
        order.trailPercent = changed.trailPercent;
        const Decimal best = order.trailExtreme;
        order.trailExtreme = order.stopPrice = Decimal();
        if (best > Decimal())
            order.trail(best, m_broker.priceTick(order.symbol));
    } else if (order.waitsForTrigger()) {
        order.stopPrice = changed.stopPrice;
    }
    return order;
}

QString PaperTrader::modifyRefusal(const Order &changed, std::int64_t time) const
{
    QString why;
    const std::optional<Order> order = modification(changed, &why);
    if (!order)
        return why;
    const auto denial = verdict(*order, time, true, nullptr);
    return denial ? denial->message : QString();
}

void PaperTrader::modify(const Order &changed, std::int64_t time, TradingEvents &events)
{
    QString why;
    std::optional<Order> modified = modification(changed, &why);
    if (!modified) {
        events.alerts.append({ time, AlertSeverity::Warning, QStringLiteral("broker"), why });
        return;
    }
    const Order &order = *modified;
    auto refuse = [&](const QString &why) {
        events.alerts.append({ time, AlertSeverity::Warning, QStringLiteral("risk"),
            tr("%1 %2 %3: modification of order %4 refused, it stays as it was: %5")
                .arg(sideLabel(order.side), quantityText(order.quantity),
                    m_instruments.value(order.symbol).symbol)
                .arg(order.id)
                .arg(why) });
    };
    if (const auto denial = check(order, time, true))
        return refuse(denial->message);
    if (!m_broker.replace(order))
        return refuse(tr("the broker refused the order"));
    events.modified.append(order);
}

void PaperTrader::cancelAll(TradingEvents &events)
{
    for (const Order &order : m_broker.cancelAll())
        events.cancelled.append(order);
    m_entries.clear();
}

void PaperTrader::flatten(std::uint32_t symbol, std::int64_t time, TradingEvents &events)
{
    if (symbol >= m_lastPrice.size())
        return;
    const Decimal held = m_portfolio.position(symbol).quantity;
    if (held == Decimal())
        return;
    Order order;
    order.symbol = symbol;
    order.side = held > Decimal() ? Side::Sell : Side::Buy;
    order.type = OrderType::Market;
    order.quantity = held.abs();
    order.time = std::max(time, m_lastTime);
    order.reason = tr("flatten");
    submit(order, events);
}

void PaperTrader::reverse(std::uint32_t symbol, std::int64_t time, TradingEvents &events)
{
    if (symbol >= m_lastPrice.size())
        return;
    const Decimal held = m_portfolio.position(symbol).quantity;
    Decimal twice = held.abs();
    if (held == Decimal() || !twice.tryAdd(held.abs()))
        return;
    Order order;
    order.symbol = symbol;
    order.side = held > Decimal() ? Side::Sell : Side::Buy;
    order.type = OrderType::Market;
    order.quantity = twice;
    order.time = std::max(time, m_lastTime);
    order.reason = tr("reverse");
    submit(order, events);
}

void PaperTrader::setInitialCash(Decimal cash, std::int64_t time, TradingEvents &events)
{
    const Decimal delta = cash - m_portfolio.initialCash();
    if (delta == Decimal())
        return;
    m_portfolio.setInitialCash(cash);
    m_risk.rebase(delta);
    events.alerts.append({ time, AlertSeverity::Info, QStringLiteral("broker"),
        (delta > Decimal() ? tr("starting cash set to %1 (%2 paid in)")
                           : tr("starting cash set to %1 (%2 paid out)"))
            .arg(LocaleDecimal::display(cash, Decimal(), m_locale),
                LocaleDecimal::display(delta.abs(), Decimal(), m_locale)) });
}

void PaperTrader::resume(std::int64_t time, TradingEvents &events)
{
    if (m_risk.state() != TradingState::Halted)
        return;
    m_risk.resume(m_portfolio.equity(), time);
    events.alerts.append({ time, AlertSeverity::Warning, QStringLiteral("risk"),
        tr("trading resumed by the user") });
}

bool PaperTrader::restore(const QList<StoredPosition> &positions, const OrderList &openOrders,
    std::int64_t lastOrderId, const ClientOrderIds &clientOrderIds,
    const QList<EquityPoint> &equity, const QByteArray &riskState)
{
    for (const StoredPosition &stored : positions)
        m_portfolio.restorePosition(stored.symbol, stored.position);
    m_broker.restore(openOrders, lastOrderId, clientOrderIds);
    m_entries.clear();
    for (const Order &order : openOrders) {
        if (order.hasExits())
            m_entries.push_back(order);
    }
    m_portfolio.restoreEquity(equity);
    return riskState.isEmpty() || m_risk.restoreState(riskState);
}

void PaperTrader::restoreMark(std::uint32_t symbol, Decimal price)
{
    if (symbol >= m_lastPrice.size() || price <= Decimal())
        return;
    m_lastPrice[symbol] = price;
    m_portfolio.mark(symbol, price);
}

} // namespace kairos
