#include "RiskEngine.h"

#include "model/LocaleDecimal.h"

#include <QDataStream>
#include <QDateTime>
#include <QIODevice>

#include <algorithm>

namespace kairos {

namespace {

bool isOn(Decimal limit)
{
    return limit > Decimal();
}

} // namespace

RiskEngine::RiskEngine(const RiskLimits &limits)
{
    setLimits(limits);
}

void RiskEngine::setLimits(const RiskLimits &limits)
{
    m_limits = limits;
    m_zone = QTimeZone(limits.dayTimeZone.toUtf8());
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
}

std::optional<RiskDenial> RiskEngine::deny(const char *limit, const QString &limitValue,
    const QString &attempted, const QString &message) const
{
    return RiskDenial { QString::fromLatin1(limit), limitValue, attempted, message };
}

std::optional<RiskDenial> RiskEngine::check(
    const Order &order, const RiskInputs &in, std::int64_t now)
{
    auto denial = wouldDeny(order, in, now);
    if (denial)
        return denial;
    while (!m_recentOrders.empty() && m_recentOrders.front() <= now - 60'000)
        m_recentOrders.pop_front();
    m_recentOrders.push_back(now);
    return std::nullopt;
}

std::optional<RiskDenial> RiskEngine::wouldDeny(
    const Order &order, const RiskInputs &in, std::int64_t now) const
{
    if (m_limits.killSwitch)
        return deny("killSwitch", tr("on"), QString(), tr("the kill switch is on: no orders"));
    if (m_state == TradingState::Halted)
        return deny("circuitBreaker", tr("halted"), QString(),
            tr("trading is halted by the circuit breaker until resumed"));

    const Decimal signedQuantity = order.side == Side::Buy ? order.quantity : -order.quantity;
    const Decimal after = in.position + signedQuantity;
    // Reducing: smaller afterwards and on the same side (or flat), never a flip.
    const bool reducing = after.abs() < in.position.abs()
        && !(after < Decimal() && in.position > Decimal())
        && !(after > Decimal() && in.position < Decimal());

    if (m_state == TradingState::Reducing && !reducing)
        return deny("reducing", tr("reduce only"), after.toString(),
            tr("only orders that reduce a position are allowed (position %1 would become %2)")
                .arg(text(in.position), text(after)));
    if (now < m_cooldownUntil && !reducing) {
        const QString left = QString::number((m_cooldownUntil - now + 999) / 1000);
        return deny("cooldownAfterLossSeconds", QString::number(m_limits.cooldownAfterLossSeconds),
            left, tr("cooling down after a losing trade: %1 s left").arg(left));
    }
    if (isOn(m_limits.maxOrderQuantity) && order.quantity > m_limits.maxOrderQuantity)
        return deny("maxOrderQuantity", m_limits.maxOrderQuantity.toString(),
            order.quantity.toString(),
            tr("order quantity %1 exceeds the limit %2 by %3")
                .arg(text(order.quantity), text(m_limits.maxOrderQuantity),
                    text(order.quantity - m_limits.maxOrderQuantity)));
    const Decimal notional = Decimal::product(in.price, order.quantity)
                                 .value_or(Decimal::fromUnits(std::numeric_limits<qint64>::max()));
    if (isOn(m_limits.maxOrderNotional) && notional > m_limits.maxOrderNotional)
        return deny("maxOrderNotional", m_limits.maxOrderNotional.toString(), notional.toString(),
            tr("order notional %1 exceeds the limit %2 by %3")
                .arg(text(notional), text(m_limits.maxOrderNotional),
                    text(notional - m_limits.maxOrderNotional)));
    if (!reducing) {
        if (isOn(m_limits.maxPositionQuantity) && after.abs() > m_limits.maxPositionQuantity)
            return deny("maxPositionQuantity", m_limits.maxPositionQuantity.toString(),
                after.abs().toString(),
                tr("position %1 would exceed the limit %2")
                    .arg(text(after.abs()), text(m_limits.maxPositionQuantity)));
        const Decimal symbolAfter = Decimal::product(after, in.price).value_or(notional).abs();
        if (isOn(m_limits.maxPositionNotional) && symbolAfter > m_limits.maxPositionNotional)
            return deny("maxPositionNotional", m_limits.maxPositionNotional.toString(),
                symbolAfter.toString(),
                tr("position value %1 would exceed the limit %2")
                    .arg(text(symbolAfter), text(m_limits.maxPositionNotional)));
        // Exposures are at most half the range, but an order's may be any.
        Decimal grossAfter = in.grossExposure - in.symbolExposure;
        if (!grossAfter.tryAdd(symbolAfter))
            grossAfter = Decimal::fromUnits(std::numeric_limits<qint64>::max());
        if (isOn(m_limits.maxGrossExposure) && grossAfter > m_limits.maxGrossExposure)
            return deny("maxGrossExposure", m_limits.maxGrossExposure.toString(),
                grossAfter.toString(),
                tr("gross exposure %1 would exceed the limit %2")
                    .arg(text(grossAfter), text(m_limits.maxGrossExposure)));
    }
    if (m_limits.maxOpenOrders > 0 && in.openOrders >= m_limits.maxOpenOrders)
        return deny("maxOpenOrders", QString::number(m_limits.maxOpenOrders),
            QString::number(in.openOrders + 1),
            tr("%1 open orders would exceed the limit %2")
                .arg(in.openOrders + 1)
                .arg(m_limits.maxOpenOrders));
    const auto recent = m_recentOrders.cend()
        - std::upper_bound(m_recentOrders.cbegin(), m_recentOrders.cend(), now - 60'000);
    if (m_limits.maxOrdersPerMinute > 0 && recent >= m_limits.maxOrdersPerMinute)
        return deny("maxOrdersPerMinute", QString::number(m_limits.maxOrdersPerMinute),
            QString::number(recent + 1),
            tr("%1 orders within a minute would exceed the limit %2")
                .arg(recent + 1)
                .arg(m_limits.maxOrdersPerMinute));
    return std::nullopt;
}

QString RiskEngine::text(Decimal amount) const
{
    return LocaleDecimal::display(amount, Decimal(), m_locale);
}

std::int64_t RiskEngine::dayOf(std::int64_t time) const
{
    return QDateTime::fromMSecsSinceEpoch(time, m_zone).date().toJulianDay();
}

std::int64_t RiskEngine::nextDayStart(std::int64_t time) const
{
    const QDate next = QDateTime::fromMSecsSinceEpoch(time, m_zone).date().addDays(1);
    // A zone whose midnight is skipped (a DST change at 00:00) starts the
    // day at the first valid time after it.
    return QDateTime(next, QTime(0, 0), m_zone).toMSecsSinceEpoch();
}

std::optional<QString> RiskEngine::evaluate(const Decimal &equity, std::int64_t now)
{
    const std::int64_t day = dayOf(now);
    if (!m_started) {
        m_started = true;
        m_peak = equity;
        m_dayStart = equity;
        m_day = day;
    }
    if (day != m_day) {
        m_day = day;
        m_dayStart = equity;
    }
    m_peak = std::max(m_peak, equity);
    if (m_state == TradingState::Halted)
        return std::nullopt;

    const Decimal loss = m_dayStart - equity;
    if (isOn(m_limits.dailyLossLimit) && loss > m_limits.dailyLossLimit) {
        m_state = TradingState::Halted;
        return tr("daily loss %1 passed the limit %2: trading halted")
            .arg(text(loss), text(m_limits.dailyLossLimit));
    }
    if (m_limits.maxDrawdownPercent > 0.0 && m_peak > Decimal()) {
        const double drawdown = (m_peak - equity).toDouble() / m_peak.toDouble() * 100.0;
        if (drawdown > m_limits.maxDrawdownPercent) {
            m_state = TradingState::Halted;
            return tr("drawdown %1% from the peak %2 passed the limit %3%: trading halted")
                .arg(LocaleDecimal::fixed(drawdown, 2, m_locale), text(m_peak),
                    m_locale.toString(m_limits.maxDrawdownPercent));
        }
    }
    return std::nullopt;
}

void RiskEngine::onLosingTrade(std::int64_t now)
{
    m_cooldownUntil = now + std::int64_t(m_limits.cooldownAfterLossSeconds) * 1000;
}

void RiskEngine::resume(const Decimal &equity, std::int64_t now)
{
    // The limits apply afresh from here: a new peak and a new day start.
    m_state = TradingState::Active;
    m_peak = equity;
    m_dayStart = equity;
    m_day = dayOf(now);
    m_started = true;
}

void RiskEngine::rebase(const Decimal &delta)
{
    if (!m_started)
        return;
    m_peak = m_peak + delta;
    m_dayStart = m_dayStart + delta;
}

void RiskEngine::setReducing(bool reducing)
{
    if (m_state == TradingState::Halted)
        return;
    m_state = reducing ? TradingState::Reducing : TradingState::Active;
}

QByteArray RiskEngine::saveState() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << quint8(1) << quint8(m_state) << qint64(m_peak.units()) << qint64(m_dayStart.units())
        << qint64(m_day) << m_started << qint64(m_cooldownUntil) << quint32(m_recentOrders.size());
    for (const std::int64_t time : m_recentOrders)
        out << qint64(time);
    return bytes;
}

bool RiskEngine::restoreState(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint8 version = 0, state = 0;
    qint64 peak = 0, dayStart = 0, day = 0, cooldown = 0;
    bool started = false;
    quint32 recent = 0;
    in >> version >> state >> peak >> dayStart >> day >> started >> cooldown >> recent;
    if (in.status() != QDataStream::Ok || version != 1 || state > quint8(TradingState::Halted)
        || recent > 1'000'000)
        return false;
    std::deque<std::int64_t> orders;
    for (quint32 i = 0; i < recent; ++i) {
        qint64 time = 0;
        in >> time;
        orders.push_back(time);
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return false;
    m_state = TradingState(state);
    m_peak = Decimal::fromUnits(peak);
    m_dayStart = Decimal::fromUnits(dayStart);
    m_day = day;
    m_started = started;
    m_cooldownUntil = cooldown;
    m_recentOrders = std::move(orders);
    return true;
}

} // namespace kairos
