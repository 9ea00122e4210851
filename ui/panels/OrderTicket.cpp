#include "OrderTicket.h"

#include "chart/ChartColors.h"
#include "model/LocaleDecimal.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace kairos {

OrderTicket::OrderTicket(const InstrumentList &instruments, QWidget *parent)
    : QWidget(parent)
    , m_instruments(instruments)
{
    setObjectName(QStringLiteral("OrderTicket"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_symbol = new QComboBox;
    for (const Instrument &i : instruments)
        m_symbol->addItem(i.symbol);
    form->addRow(tr("Symbol"), m_symbol);
    // In OrderType's order: an item's index is the type.
    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("OrderType"));
    m_type->addItems({ tr("Market"), tr("Limit"), tr("Stop market"), tr("Stop limit"),
        tr("Market if touched"), tr("Limit if touched"), tr("Trailing stop") });
    m_type->setToolTip(tr("Stop orders wait for a trade at or beyond the stop price against "
                          "you (a buy stop above the market), if-touched orders for one in "
                          "your favour (a buy below it); then they trade at market or at the "
                          "limit price. A trailing stop's stop follows the best price at a "
                          "distance and never moves back."));
    form->addRow(tr("Type"), m_type);
    m_timeInForce = new QComboBox;
    m_timeInForce->setObjectName(QStringLiteral("TimeInForce"));
    m_timeInForce->addItems({ tr("Good till cancel"), tr("Immediate or cancel"), tr("Fill or kill"),
        tr("Day (until the risk day ends)") });
    form->addRow(tr("Time in force"), m_timeInForce);
    m_quantity = new QLineEdit(LocaleDecimal::toString(Decimal::fromUnits(1'000'000)));
    m_quantity->setObjectName(QStringLiteral("Quantity"));
    form->addRow(tr("Quantity"), m_quantity);
    m_limit = new QLineEdit;
    m_limit->setObjectName(QStringLiteral("LimitPrice"));
    m_limit->setPlaceholderText(tr("limit orders only"));
    m_limit->setEnabled(false);
    form->addRow(tr("Limit price"), m_limit);
    m_stop = new QLineEdit;
    m_stop->setObjectName(QStringLiteral("StopPrice"));
    m_stop->setPlaceholderText(tr("stop and if-touched orders only"));
    m_stop->setEnabled(false);
    form->addRow(tr("Stop price"), m_stop);
    m_trail = new QLineEdit;
    m_trail->setObjectName(QStringLiteral("TrailOffset"));
    m_trail->setPlaceholderText(tr("trailing stops only"));
    m_trail->setEnabled(false);
    // In the order of Order::trailPercent: price first.
    m_trailUnit = new QComboBox;
    m_trailUnit->setObjectName(QStringLiteral("TrailUnit"));
    m_trailUnit->addItems({ tr("price"), tr("%"), tr("× ATR") });
    m_trailUnit->setToolTip(tr("The distance as a price, a percent of the best price, or a "
                               "multiple of the chart's ATR when sent."));
    m_trailUnit->setEnabled(false);
    auto *trail = new QHBoxLayout;
    trail->addWidget(m_trail, 1);
    trail->addWidget(m_trailUnit);
    form->addRow(tr("Trail by"), trail);
    m_activation = new QLineEdit;
    m_activation->setObjectName(QStringLiteral("ActivationPrice"));
    m_activation->setPlaceholderText(tr("optional: trail from this price on"));
    m_activation->setEnabled(false);
    form->addRow(tr("Activation price"), m_activation);
    m_reduceOnly = new QCheckBox(tr("Reduce only"));
    m_reduceOnly->setObjectName(QStringLiteral("ReduceOnly"));
    m_reduceOnly->setToolTip(tr("Only ever makes the position smaller; cancelled once it "
                                "no longer would."));
    m_postOnly = new QCheckBox(tr("Post only"));
    m_postOnly->setObjectName(QStringLiteral("PostOnly"));
    m_postOnly->setToolTip(tr("Only ever rests in the book: refused when it would trade at "
                              "once."));
    auto *flags = new QHBoxLayout;
    flags->addWidget(m_reduceOnly);
    flags->addWidget(m_postOnly);
    form->addRow(QString(), flags);
    const QString exits = tr("Sent with the order as a bracket: a take-profit limit and a "
                             "stop-loss stop on the other side, reduce-only and one-cancels-"
                             "other, held until the order fills and then protecting what has "
                             "filled. Protect puts them on the position held.");
    m_takeProfit = new QLineEdit;
    m_takeProfit->setObjectName(QStringLiteral("TakeProfit"));
    m_takeProfit->setPlaceholderText(tr("optional: a limit that takes the profit"));
    m_takeProfit->setToolTip(exits);
    form->addRow(tr("Take profit"), m_takeProfit);
    m_stopLoss = new QLineEdit;
    m_stopLoss->setObjectName(QStringLiteral("StopLoss"));
    m_stopLoss->setPlaceholderText(tr("optional: a stop that limits the loss"));
    m_stopLoss->setToolTip(exits);
    form->addRow(tr("Stop loss"), m_stopLoss);
    m_risk = new QLabel;
    m_risk->setObjectName(QStringLiteral("Risk"));
    m_risk->setWordWrap(true);
    m_risk->setToolTip(tr("What the order loses at its stop-loss (in money and in percent of "
                          "equity) and gains at its take-profit, from its limit or stop price, "
                          "else the last price."));
    form->addRow(QString(), m_risk);
    for (QLineEdit *field : { m_quantity, m_limit, m_stop, m_takeProfit, m_stopLoss })
        connect(field, &QLineEdit::textChanged, this, &OrderTicket::showRisk);
    connect(m_type, &QComboBox::currentIndexChanged, this, &OrderTicket::showRisk);
    connect(m_symbol, &QComboBox::currentIndexChanged, this, &OrderTicket::showRisk);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this](int index) {
        Order probe;
        probe.type = OrderType(index);
        const bool trailing = probe.type == OrderType::TrailingStop;
        m_limit->setEnabled(probe.released() == OrderType::Limit);
        m_stop->setEnabled(probe.waitsForTrigger() && !trailing);
        m_trail->setEnabled(trailing);
        m_trailUnit->setEnabled(trailing);
        m_activation->setEnabled(trailing);
        m_postOnly->setEnabled(probe.released() == OrderType::Limit);
    });
    m_postOnly->setEnabled(false);
    connect(m_symbol, &QComboBox::currentIndexChanged, this, &OrderTicket::showRules);
    layout->addLayout(form);

    auto *sides = new QHBoxLayout;
    auto *buy = new QPushButton(tr("Buy"));
    buy->setObjectName(QStringLiteral("Buy"));
    buy->setStyleSheet(QStringLiteral(
        "QPushButton { background: #1b7a6e; color: white; font-weight: bold; padding: 6px; }"));
    auto *sell = new QPushButton(tr("Sell"));
    sell->setObjectName(QStringLiteral("Sell"));
    sell->setStyleSheet(QStringLiteral(
        "QPushButton { background: #c0392b; color: white; font-weight: bold; padding: 6px; }"));
    connect(buy, &QPushButton::clicked, this, [this] { send(Side::Buy); });
    connect(sell, &QPushButton::clicked, this, [this] { send(Side::Sell); });
    // Named actions, so the shortcuts show in Help → Keyboard shortcuts.
    const auto shortcut
        = [this](const QString &text, const QKeySequence &keys, QPushButton *button) {
              auto *action = new QAction(text, this);
              action->setShortcut(keys);
              action->setShortcutContext(Qt::WindowShortcut);
              connect(action, &QAction::triggered, button, &QPushButton::click);
              addAction(action);
              button->setToolTip(
                  text + QStringLiteral(" (") + keys.toString(QKeySequence::NativeText) + u')');
          };
    shortcut(tr("Buy at the ticket's quantity"), QKeySequence(QStringLiteral("Ctrl+Alt+B")), buy);
    shortcut(tr("Sell at the ticket's quantity"), QKeySequence(QStringLiteral("Ctrl+Alt+S")), sell);
    auto *focus = new QAction(tr("Order ticket: enter a quantity"), this);
    focus->setShortcut(QKeySequence(Qt::Key_F2));
    focus->setShortcutContext(Qt::WindowShortcut);
    connect(focus, &QAction::triggered, this, [this] {
        m_quantity->setFocus();
        m_quantity->selectAll();
    });
    addAction(focus);
    sides->addWidget(buy);
    sides->addWidget(sell);
    layout->addLayout(sides);

    auto *more = new QHBoxLayout;
    auto *flatten = new QPushButton(tr("Flatten"));
    flatten->setObjectName(QStringLiteral("Flatten"));
    connect(flatten, &QPushButton::clicked, this,
        [this] { emit flattenRequested(quint32(m_symbol->currentIndex())); });
    auto *reverse = new QPushButton(tr("Reverse"));
    reverse->setObjectName(QStringLiteral("Reverse"));
    connect(reverse, &QPushButton::clicked, this,
        [this] { emit reverseRequested(quint32(m_symbol->currentIndex())); });
    auto *protect = new QPushButton(tr("Protect"));
    protect->setObjectName(QStringLiteral("Protect"));
    connect(protect, &QPushButton::clicked, this, &OrderTicket::protect);
    auto *cancelAll = new QPushButton(tr("Cancel all"));
    connect(cancelAll, &QPushButton::clicked, this, &OrderTicket::cancelAllRequested);
    shortcut(tr("Close the whole position of the selected symbol at market"),
        QKeySequence(QStringLiteral("Ctrl+Alt+F")), flatten);
    shortcut(tr("Turn the position of the selected symbol round at market"),
        QKeySequence(QStringLiteral("Ctrl+Alt+R")), reverse);
    shortcut(tr("Put the ticket's take-profit and stop-loss on the position held"),
        QKeySequence(QStringLiteral("Ctrl+Alt+P")), protect);
    more->addWidget(flatten);
    more->addWidget(reverse);
    more->addWidget(protect);
    more->addWidget(cancelAll);
    layout->addLayout(more);

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, ChartColors::Down);
    m_problem->setPalette(palette);
    layout->addWidget(m_problem);
    layout->addStretch();
    showRules();
}

void OrderTicket::showRules()
{
    const int index = m_symbol->currentIndex();
    if (index < 0 || index >= m_instruments.size())
        return;
    const Instrument &instrument = m_instruments[index];
    const QLocale locale;
    QString rules = tr("%1: lot step %2, price tick %3")
                        .arg(instrument.symbol,
                            LocaleDecimal::display(instrument.quantityIncrement, {}, locale),
                            LocaleDecimal::display(instrument.priceIncrement, {}, locale));
    if (instrument.minQuantity > Decimal())
        rules += tr(", minimum quantity %1")
                     .arg(LocaleDecimal::display(instrument.minQuantity, {}, locale));
    if (instrument.minNotional > Decimal())
        rules += tr(", minimum value %1")
                     .arg(LocaleDecimal::display(instrument.minNotional, {}, locale));
    m_quantity->setToolTip(rules);
    m_limit->setToolTip(rules);
    m_stop->setToolTip(rules);
    m_problem->clear(); // what it said was about the symbol before
    // A quantity that suited the last symbol but breaks this one's rules (a
    // fraction of a BTC for SHIB, traded in whole coins) becomes the
    // smallest this one allows, rather than an order the venue refuses.
    QString why;
    const auto quantity = LocaleDecimal::parse(m_quantity->text(), &why);
    if (quantity && InstrumentRules::check(instrument, *quantity, Decimal(), Decimal()))
        m_quantity->setText(
            LocaleDecimal::toString(InstrumentRules::smallestQuantity(instrument), locale));
}

void OrderTicket::setMarket(const QList<WatchRow> &rows, Decimal equity)
{
    m_last.resize(std::size_t(m_instruments.size()));
    bool changed = equity != m_equity;
    m_equity = equity;
    for (const WatchRow &row : rows) {
        if (row.last && row.symbol < m_last.size() && m_last[row.symbol] != *row.last) {
            m_last[row.symbol] = *row.last;
            changed = changed || int(row.symbol) == m_symbol->currentIndex();
        }
    }
    if (changed)
        showRisk();
}

Decimal OrderTicket::expectedPrice(const Order &order) const
{
    const Decimal working = order.workingPrice();
    if (working > Decimal())
        return working;
    return order.symbol < m_last.size() ? m_last[order.symbol] : Decimal();
}

QString OrderTicket::riskText() const
{
    QString problem;
    auto order = orderFor(Side::Buy, &problem);
    if (!order || (order->stopLoss <= Decimal() && order->takeProfit <= Decimal()))
        return {};
    const Decimal at = expectedPrice(*order);
    if (at <= Decimal())
        return {};
    const QLocale locale;
    QStringList parts;
    if (order->stopLoss > Decimal()) {
        const auto risk = Decimal::product((at - order->stopLoss).abs(), order->quantity);
        if (risk && m_equity > Decimal())
            parts << tr("Risk %1 (%2 %)")
                         .arg(LocaleDecimal::display(*risk, Decimal::fromUnits(1'000'000), locale),
                             LocaleDecimal::fixed(
                                 risk->toDouble() / m_equity.toDouble() * 100.0, 2, locale));
        else if (risk)
            parts << tr("Risk %1").arg(
                LocaleDecimal::display(*risk, Decimal::fromUnits(1'000'000), locale));
    }
    if (order->takeProfit > Decimal()) {
        if (const auto reward = Decimal::product((order->takeProfit - at).abs(), order->quantity))
            parts << tr("reward %1")
                         .arg(LocaleDecimal::display(
                             *reward, Decimal::fromUnits(1'000'000), locale));
    }
    return parts.join(QStringLiteral(" · "));
}

void OrderTicket::showRisk()
{
    m_risk->setText(riskText());
}

bool OrderTicket::exitPrices(Decimal &takeProfit, Decimal &stopLoss, QString *problem) const
{
    QString why;
    const auto read = [&](QLineEdit *field, const QString &name, Decimal &price) {
        price = Decimal();
        if (field->text().trimmed().isEmpty())
            return true;
        const auto value = LocaleDecimal::parse(field->text(), &why);
        if (!value || *value <= Decimal()) {
            *problem
                = tr("%1 '%2' %3").arg(name, field->text(), value ? tr("must be positive") : why);
            return false;
        }
        price = *value;
        return true;
    };
    return read(m_takeProfit, tr("Take profit"), takeProfit)
        && read(m_stopLoss, tr("Stop loss"), stopLoss);
}

void OrderTicket::protect()
{
    QString problem;
    Decimal takeProfit;
    Decimal stopLoss;
    if (exitPrices(takeProfit, stopLoss, &problem) && takeProfit <= Decimal()
        && stopLoss <= Decimal())
        problem = tr("Protect needs a take-profit or a stop-loss price");
    m_problem->setText(problem);
    if (problem.isEmpty())
        emit protectRequested(quint32(m_symbol->currentIndex()), takeProfit, stopLoss);
}

void OrderTicket::setAtr(quint32 symbol, int period, const QString &timeframe, double atr)
{
    m_atrSymbol = symbol;
    m_atr = std::isfinite(atr) && atr > 0.0 && atr < 9e10 ? atr : 0.0;
    m_trailUnit->setItemText(2, tr("× ATR(%1) %2").arg(period).arg(timeframe));
}

void OrderTicket::setSymbol(quint32 symbol)
{
    if (symbol < quint32(m_symbol->count()))
        m_symbol->setCurrentIndex(int(symbol));
}

std::optional<Order> OrderTicket::orderFor(Side side, QString *problem) const
{
    Order order;
    order.symbol = quint32(std::max(m_symbol->currentIndex(), 0));
    order.side = side;
    order.type = OrderType(std::max(m_type->currentIndex(), 0));
    order.timeInForce = TimeInForce(std::max(m_timeInForce->currentIndex(), 0));
    order.reduceOnly = m_reduceOnly->isChecked();
    order.postOnly = order.released() == OrderType::Limit && m_postOnly->isChecked();
    order.reason = tr("manual order");
    QString why;
    const auto typed = quantity(problem);
    if (!typed)
        return std::nullopt;
    order.quantity = *typed;
    if (order.released() == OrderType::Limit) {
        const auto limit = LocaleDecimal::parse(m_limit->text(), &why);
        if (!limit || *limit <= Decimal()) {
            *problem = tr("Limit price '%1' %2")
                           .arg(m_limit->text(), limit ? tr("must be positive") : why);
            return std::nullopt;
        }
        order.limitPrice = *limit;
    }
    if (order.type == OrderType::TrailingStop) {
        order.trailPercent = m_trailUnit->currentIndex() == 1;
        const auto offset = LocaleDecimal::parse(m_trail->text(), &why);
        order.trailOffset = offset.value_or(Decimal());
        if (offset && *offset > Decimal() && m_trailUnit->currentIndex() == 2) {
            // In ATR multiples: a price distance, from the ATR now, no nearer.
            if (m_atr <= 0.0 || order.symbol != m_atrSymbol) {
                *problem = tr("A trailing distance in ATR needs the chart's ATR of %1, not known "
                              "yet")
                               .arg(m_instruments.value(order.symbol).symbol);
                return std::nullopt;
            }
            const Decimal tick = m_instruments.value(order.symbol).priceIncrement;
            const std::int64_t step = std::max<std::int64_t>(tick.units(), 1);
            const std::int64_t units = Decimal::fromDouble(m_atr * offset->toDouble()).units();
            order.trailOffset = Decimal::fromUnits((units + step - 1) / step * step);
        }
        if (!offset || !order.hasValidTrail()) {
            *problem = tr("Trailing distance '%1' %2")
                           .arg(m_trail->text(),
                               !offset                  ? why
                                   : order.trailPercent ? tr("must be above 0 % and below 100 %")
                                                        : tr("must be positive"));
            return std::nullopt;
        }
        if (!m_activation->text().trimmed().isEmpty()) {
            const auto activation = LocaleDecimal::parse(m_activation->text(), &why);
            if (!activation || *activation <= Decimal()) {
                *problem
                    = tr("Activation price '%1' %2")
                          .arg(m_activation->text(), activation ? tr("must be positive") : why);
                return std::nullopt;
            }
            order.activationPrice = *activation;
        }
    } else if (order.waitsForTrigger()) {
        const auto stop = LocaleDecimal::parse(m_stop->text(), &why);
        if (!stop || *stop <= Decimal()) {
            *problem
                = tr("Stop price '%1' %2").arg(m_stop->text(), stop ? tr("must be positive") : why);
            return std::nullopt;
        }
        order.stopPrice = *stop;
    }
    // What the broker would refuse, said here, in the trader's language. The
    // value rule needs a price: a market order's is checked by the broker.
    if (order.symbol < quint32(m_instruments.size())) {
        const Instrument &instrument = m_instruments[order.symbol];
        if (const auto breach = InstrumentRules::check(instrument, order.quantity, order.limitPrice,
                order.workingPrice(), order.triggerPriceToCheck())) {
            *problem = ruleProblem(*breach, instrument.symbol, order.type);
            return std::nullopt;
        }
    }
    if (!exitPrices(order.takeProfit, order.stopLoss, problem))
        return std::nullopt;
    if (order.takeProfit > Decimal() || order.stopLoss > Decimal()) {
        if (order.reduceOnly) {
            *problem = tr("A reduce-only order closes a position: it takes no take-profit or "
                          "stop-loss of its own");
            return std::nullopt;
        }
        const Instrument &instrument = m_instruments.value(order.symbol);
        if (const auto breach = InstrumentRules::check(
                instrument, order.quantity, order.takeProfit, Decimal(), order.stopLoss)) {
            const QLocale locale;
            *problem = tr("%1 %2 is not on %3's price tick %4")
                           .arg(breach->rule == InstrumentRules::Rule::PriceTick ? tr("Take profit")
                                                                                 : tr("Stop loss"),
                               LocaleDecimal::display(breach->value, {}, locale), instrument.symbol,
                               LocaleDecimal::display(breach->limit, {}, locale));
            return std::nullopt;
        }
        // The exits lie either side of where the order is expected to fill.
        const Decimal at = expectedPrice(order);
        const bool buy = side == Side::Buy;
        if (at > Decimal() && order.takeProfit > Decimal()
            && (buy ? order.takeProfit <= at : order.takeProfit >= at)) {
            *problem = (buy ? tr("Take profit %1 must be above %2 for a buy")
                            : tr("Take profit %1 must be below %2 for a sell"))
                           .arg(LocaleDecimal::display(order.takeProfit, {}),
                               LocaleDecimal::display(at, {}));
            return std::nullopt;
        }
        if (at > Decimal() && order.stopLoss > Decimal()
            && (buy ? order.stopLoss >= at : order.stopLoss <= at)) {
            *problem = (buy ? tr("Stop loss %1 must be below %2 for a buy")
                            : tr("Stop loss %1 must be above %2 for a sell"))
                           .arg(LocaleDecimal::display(order.stopLoss, {}),
                               LocaleDecimal::display(at, {}));
            return std::nullopt;
        }
    }
    return order;
}

std::optional<Decimal> OrderTicket::quantity(QString *problem) const
{
    QString why;
    const auto quantity = LocaleDecimal::parse(m_quantity->text(), &why);
    if (!quantity || *quantity <= Decimal()) {
        *problem = tr("Quantity '%1' %2")
                       .arg(m_quantity->text(), quantity ? tr("must be positive") : why);
        return std::nullopt;
    }
    return quantity;
}

QString OrderTicket::ruleProblem(
    const InstrumentRules::Breach &breach, const QString &symbol, OrderType type)
{
    const QLocale locale;
    const QString value = LocaleDecimal::display(breach.value, {}, locale);
    const QString limit = LocaleDecimal::display(breach.limit, {}, locale);
    switch (breach.rule) {
    case InstrumentRules::Rule::QuantityStep:
        return tr("Quantity %1 is not a multiple of %2's lot step %3").arg(value, symbol, limit);
    case InstrumentRules::Rule::PriceTick:
        return tr("Limit price %1 is not on %2's price tick %3").arg(value, symbol, limit);
    case InstrumentRules::Rule::StopPriceTick:
        // A trailing stop's only trigger price the trader types.
        return type == OrderType::TrailingStop
            ? tr("Activation price %1 is not on %2's price tick %3").arg(value, symbol, limit)
            : tr("Stop price %1 is not on %2's price tick %3").arg(value, symbol, limit);
    case InstrumentRules::Rule::MinQuantity:
        return tr("Quantity %1 is below %2's minimum %3").arg(value, symbol, limit);
    case InstrumentRules::Rule::MinNotional:
        return tr("The order's value %1 is below %2's minimum %3").arg(value, symbol, limit);
    }
    return {};
}

void OrderTicket::send(Side side)
{
    QString problem;
    const auto order = orderFor(side, &problem);
    m_problem->setText(problem);
    if (order)
        emit orderRequested(*order);
}

} // namespace kairos
