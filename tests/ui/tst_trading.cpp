#include "dialogs/RiskLimitsDialog.h"
#include "panels/AlertsModel.h"
#include "panels/FillsModel.h"
#include "panels/OrderHistoryModel.h"
#include "panels/OrderTicket.h"
#include "panels/OrdersModel.h"
#include "panels/PositionsModel.h"
#include "panels/TradingPanel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace kairos;

namespace {

InstrumentList instruments()
{
    InstrumentList list(2);
    list[0].symbol = QStringLiteral("BTCUSDT");
    list[1].symbol = QStringLiteral("ETHUSDT");
    return list;
}

// BTCUSDT and ETHUSDT on a 0.01 price tick and a 0.001 lot step.
InstrumentList tickedInstruments()
{
    InstrumentList list(2);
    list[0] = { QStringLiteral("BTCUSDT"), *Decimal::parse("0.01"), *Decimal::parse("0.001"),
        Decimal(), Decimal() };
    list[1] = list[0];
    list[1].symbol = QStringLiteral("ETHUSDT");
    return list;
}

// Numbers written as in the United States while it lives.
struct EnglishLocale
{
    EnglishLocale() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    ~EnglishLocale() { QLocale::setDefault(saved); }
    QLocale saved;
};

TradingSnapshot snapshot(TradingState state)
{
    TradingSnapshot s;
    s.positions.append({ 0, *Decimal::parse("0.5"), *Decimal::parse("64000"),
        *Decimal::parse("64100"), *Decimal::parse("50"), Decimal(), *Decimal::parse("1.2") });
    Order o;
    o.id = 3;
    o.symbol = 1;
    o.type = OrderType::Limit;
    o.limitPrice = *Decimal::parse("3000");
    o.quantity = *Decimal::parse("1");
    s.openOrders.append(o);
    Fill f;
    f.time = 1000;
    f.quantity = *Decimal::parse("0.5");
    f.price = *Decimal::parse("64000");
    s.events.fills.append(f);
    s.events.alerts.append(
        { 1000, AlertSeverity::Info, QStringLiteral("broker"), QStringLiteral("filled") });
    s.events.alerts.append(
        { 2000, AlertSeverity::Critical, QStringLiteral("risk"), QStringLiteral("halted") });
    s.newEquity.append({ 1000, *Decimal::parse("100000"), Decimal() });
    s.newEquity.append({ 2000, *Decimal::parse("100050"), Decimal() });
    s.account.equity = *Decimal::parse("100050");
    s.account.state = state;
    return s;
}

} // namespace

class TestTrading : public QObject
{
    Q_OBJECT

private slots:
    void panelShowsTheAccount()
    {
        TradingPanel panel(instruments());
        QAbstractItemModelTester positions(
            panel.positions(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester orders(
            panel.orders(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester fills(
            panel.fills(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester alerts(
            panel.alerts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.show();
        panel.applySnapshot(snapshot(TradingState::Active));
        QCOMPARE(panel.positions()->rowCount(), 1);
        QCOMPARE(panel.positions()->index(0, PositionsModel::SymbolColumn).data().toString(),
            QStringLiteral("BTCUSDT"));
        QCOMPARE(panel.orders()->rowCount(), 1);
        QCOMPARE(panel.orders()->index(0, OrdersModel::TypeColumn).data().toString(),
            QStringLiteral("Limit GTC"));
        QCOMPARE(panel.fills()->rowCount(), 1);
        QCOMPARE(panel.alerts()->rowCount(), 2);
        QCOMPARE(panel.alerts()->itemAt(0).text, QStringLiteral("halted")); // newest first
        QCOMPARE(panel.stateText(), QStringLiteral("ACTIVE"));
        auto *resume = panel.findChild<QPushButton *>(QStringLiteral("Resume"));
        QVERIFY(!resume->isVisible());

        panel.applySnapshot(snapshot(TradingState::Halted));
        QCOMPARE(panel.stateText(), QStringLiteral("HALTED"));
        QVERIFY(resume->isVisible());
        QSignalSpy resumed(&panel, &TradingPanel::resumeRequested);
        resume->click();
        QCOMPARE(resumed.count(), 1);
        QCOMPARE(panel.fills()->rowCount(), 2); // fills accumulate for the blotter and export

        // The alert filter keeps only what is severe enough.
        auto *filter = panel.findChild<QComboBox *>(QStringLiteral("AlertFilter"));
        auto *view = panel.findChild<QTableView *>(QStringLiteral("Alerts"));
        QCOMPARE(view->model()->rowCount(), 4);
        filter->setCurrentIndex(3); // CRITICAL and above
        QCOMPARE(view->model()->rowCount(), 2);

        QSignalSpy kill(&panel, &TradingPanel::killSwitchToggled);
        panel.findChild<QPushButton *>(QStringLiteral("KillSwitch"))->click();
        QCOMPARE(kill.count(), 1);
        QCOMPARE(kill.at(0).at(0).toBool(), true);
        // Engaged, the button says what pressing it again does.
        QCOMPARE(panel.findChild<QPushButton *>(QStringLiteral("KillSwitch"))->text(),
            QStringLiteral("RELEASE KILL SWITCH"));
    }

    void theKillSwitchAndTogglesShowTheirState()
    {
        TradingPanel panel(instruments());
        panel.show();
        TradingSnapshot active = snapshot(TradingState::Active);
        panel.applySnapshot(active);
        auto *state = panel.findChild<QLabel *>(QStringLiteral("TradingState"));
        const QImage calm = state->grab().toImage();
        const QColor activeColour = calm.pixelColor(3, calm.height() / 2);
        QVERIFY(activeColour.green() > activeColour.red());

        active.account.killSwitch = true;
        panel.applySnapshot(active);
        QCOMPARE(panel.stateText(), QStringLiteral("KILL SWITCH"));
        const QImage killed = state->grab().toImage();
        const QColor danger = killed.pixelColor(3, killed.height() / 2);
        QVERIFY2(danger.red() > 180 && danger.green() < 60,
            qPrintable(danger.name())); // the danger colour, not ACTIVE's green

        // Checked toggles say so in words and look different from unchecked ones.
        auto *autoTrade = panel.findChild<QPushButton *>(QStringLiteral("AutoTrade"));
        auto *reduce = panel.findChild<QPushButton *>(QStringLiteral("ReduceOnly"));
        const QImage off = autoTrade->grab().toImage();
        QVERIFY(autoTrade->text().contains(QStringLiteral("off")));
        active.account.autoTrade = true;
        active.account.state = TradingState::Reducing;
        panel.applySnapshot(active);
        QVERIFY(autoTrade->isChecked());
        QVERIFY(autoTrade->text().contains(QStringLiteral("ON")));
        QVERIFY(reduce->text().contains(QStringLiteral("ON")));
        const QImage on = autoTrade->grab().toImage();
        const QColor offColour = off.pixelColor(off.width() / 2, 3);
        const QColor onColour = on.pixelColor(on.width() / 2, 3);
        QVERIFY2(std::abs(onColour.red() - offColour.red())
                    + std::abs(onColour.green() - offColour.green())
                    + std::abs(onColour.blue() - offColour.blue())
                > 200,
            qPrintable(offColour.name() + QLatin1Char(' ') + onColour.name()));
    }

    void ticketChecksItsFields()
    {
        OrderTicket ticket(instruments());
        QSignalSpy orders(&ticket, &OrderTicket::orderRequested);
        ticket.setSymbol(1);
        auto *quantity = ticket.findChild<QLineEdit *>(QStringLiteral("Quantity"));
        quantity->setText(QStringLiteral("abc"));
        ticket.findChild<QPushButton *>(QStringLiteral("Buy"))->click();
        QCOMPARE(orders.count(), 0);
        QVERIFY(ticket.findChild<QLabel *>(QStringLiteral("problem"))
                    ->text()
                    .contains(QStringLiteral("Quantity")));
        quantity->setText(QStringLiteral("2.5"));
        ticket.findChild<QPushButton *>(QStringLiteral("Sell"))->click();
        QCOMPARE(orders.count(), 1);
        const Order order = orders.at(0).at(0).value<Order>();
        QCOMPARE(order.symbol, 1u);
        QCOMPARE(order.side, Side::Sell);
        QCOMPARE(order.type, OrderType::Market);
        QCOMPARE(order.quantity, *Decimal::parse("2.5"));
        QVERIFY(ticket.findChild<QLabel *>(QStringLiteral("problem"))->text().isEmpty());
    }

    // The ticket sent orders the broker then refused for the venue's rules;
    // now it says so at once, in the trader's language, and a quantity fit
    // for BTC becomes one fit for SHIB when the symbol changes.
    void theTicketKeepsTheVenuesRules()
    {
        const QLocale saved;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const auto restore = qScopeGuard([&saved] { QLocale::setDefault(saved); });
        InstrumentList list(2);
        list[0] = { QStringLiteral("BTCUSDT"), *Decimal::parse("0.01"), *Decimal::parse("0.00001"),
            *Decimal::parse("0.0001"), *Decimal::parse("5") };
        list[1] = { QStringLiteral("SHIBUSDT"), *Decimal::parse("0.00000001"),
            Decimal::fromInteger(1), Decimal::fromInteger(100), Decimal() };
        OrderTicket ticket(list);
        QSignalSpy orders(&ticket, &OrderTicket::orderRequested);
        auto *quantity = ticket.findChild<QLineEdit *>(QStringLiteral("Quantity"));
        auto *limit = ticket.findChild<QLineEdit *>(QStringLiteral("LimitPrice"));
        auto *type = ticket.findChild<QComboBox *>(QStringLiteral("OrderType"));
        auto *buy = ticket.findChild<QPushButton *>(QStringLiteral("Buy"));
        const auto *problem = ticket.findChild<QLabel *>(QStringLiteral("problem"));
        QVERIFY2(quantity->toolTip().contains(QStringLiteral("lot step 0,00001")),
            qPrintable(quantity->toolTip()));

        quantity->setText(QStringLiteral("0,000015"));
        buy->click();
        QCOMPARE(orders.count(), 0);
        QCOMPARE(problem->text(),
            QStringLiteral("Quantity 0,000015 is not a multiple of BTCUSDT's lot step 0,00001"));
        quantity->setText(QStringLiteral("0,00005"));
        buy->click();
        QCOMPARE(
            problem->text(), QStringLiteral("Quantity 0,00005 is below BTCUSDT's minimum 0,0001"));
        type->setCurrentIndex(1);
        quantity->setText(QStringLiteral("0,001"));
        limit->setText(QStringLiteral("64.000,005"));
        buy->click();
        QCOMPARE(problem->text(),
            QStringLiteral("Limit price 64.000,005 is not on BTCUSDT's price tick 0,01"));
        limit->setText(QStringLiteral("4.000"));
        buy->click();
        QCOMPARE(
            problem->text(), QStringLiteral("The order's value 4 is below BTCUSDT's minimum 5"));
        QCOMPARE(orders.count(), 0);
        limit->setText(QStringLiteral("64.000"));
        buy->click();
        QCOMPARE(orders.count(), 1);
        QVERIFY(problem->text().isEmpty());

        // 0,001 BTC is no SHIB order: the smallest SHIB order takes its place.
        ticket.setSymbol(1);
        QCOMPARE(quantity->text(), QStringLiteral("100"));
        QVERIFY(quantity->toolTip().contains(QStringLiteral("minimum quantity 100")));
        quantity->setText(QStringLiteral("250"));
        ticket.setSymbol(0);
        QCOMPARE(quantity->text(), QStringLiteral("250")); // fits BTC's rules too
    }

    // Every type, time in force and flag from the ticket; a stop price off
    // the tick or missing is said before anything is sent.
    // A working order's quantity and limit are edited in the Orders table:
    // each edit asks the engine for a modification; what the table shows is
    // what the next view says (a moved price updates the row in place). A
    // market-kind column is not editable, a terminal following a node edits
    // nothing, and bad input says why without asking.
    // A trailing distance in ATR multiples is the chart's ATR times that,
    // as a price on the tick, no nearer.
    void theTicketTrailsByATRMultiples()
    {
        const EnglishLocale english;
        const InstrumentList list = tickedInstruments();
        OrderTicket ticket(list);
        auto *type = ticket.findChild<QComboBox *>(QStringLiteral("OrderType"));
        auto *trail = ticket.findChild<QLineEdit *>(QStringLiteral("TrailOffset"));
        auto *unit = ticket.findChild<QComboBox *>(QStringLiteral("TrailUnit"));
        type->setCurrentIndex(int(OrderType::TrailingStop));
        unit->setCurrentIndex(2);
        trail->setText(QStringLiteral("2.5"));
        QString problem;
        QVERIFY(!ticket.orderFor(Side::Sell, &problem));
        QVERIFY2(problem.contains(QStringLiteral("ATR")), qPrintable(problem));
        ticket.setAtr(0, 14, QStringLiteral("1m"), 120.004);
        QCOMPARE(unit->itemText(2), QStringLiteral("× ATR(14) 1m"));
        const auto order = ticket.orderFor(Side::Sell, &problem);
        QVERIFY2(order, qPrintable(problem));
        QCOMPARE(order->trailOffset, *Decimal::parse("300.01")); // 300.01 from 300.0100
        QVERIFY(!order->trailPercent);
        ticket.setSymbol(1); // the ATR is the chart's symbol's
        QVERIFY(!ticket.orderFor(Side::Sell, &problem));
        QVERIFY(problem.contains(QStringLiteral("ETHUSDT")));
    }

    void theHistoryTabListsEveryStepNewestFirst()
    {
        TradingPanel panel(instruments());
        QAbstractItemModelTester tester(
            panel.history(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        OrderEvent submitted { 7, 1, 1'000, OrderEvent::Kind::Submitted, Decimal::fromInteger(2),
            Decimal::fromInteger(3000), QStringLiteral("manual order") };
        OrderEvent part = submitted;
        part.kind = OrderEvent::Kind::PartiallyFilled;
        part.time = 2'000;
        part.quantity = Decimal::fromInteger(1);
        panel.addHistory({ submitted, part });
        QCOMPARE(panel.history()->rowCount(), 2);
        const auto cell = [&panel](int row, int column) {
            return panel.history()->index(row, column).data().toString();
        };
        QCOMPARE(cell(0, OrderHistoryModel::EventColumn), QStringLiteral("Partly filled"));
        QCOMPARE(cell(0, OrderHistoryModel::SymbolColumn), QStringLiteral("ETHUSDT"));
        QCOMPARE(cell(1, OrderHistoryModel::EventColumn), QStringLiteral("Submitted"));
        QCOMPARE(cell(1, OrderHistoryModel::DetailColumn), QStringLiteral("manual order"));
        QCOMPARE(cell(1, OrderHistoryModel::TimeColumn), QStringLiteral("1970-01-01 00:00:01.000"));
    }

    void ordersAreModifiedInPlace()
    {
        const QLocale saved;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const auto restore = qScopeGuard([&saved] { QLocale::setDefault(saved); });
        TradingPanel panel(instruments());
        QAbstractItemModelTester tester(
            panel.orders(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.applySnapshot(snapshot(TradingState::Active));
        OrdersModel *orders = panel.orders();
        QSignalSpy modify(&panel, &TradingPanel::modifyOrderRequested);
        QSignalSpy problems(&panel, &TradingPanel::problem);
        const QModelIndex limit = orders->index(0, OrdersModel::LimitColumn);
        QVERIFY(orders->flags(limit) & Qt::ItemIsEditable);
        QVERIFY(!(orders->flags(orders->index(0, OrdersModel::StopColumn)) & Qt::ItemIsEditable));
        QCOMPARE(limit.data(Qt::EditRole).toString(), QStringLiteral("3000"));
        QVERIFY(!orders->setData(limit, QStringLiteral("abc")));
        QCOMPARE(problems.count(), 1);
        QVERIFY(orders->setData(limit, QStringLiteral("2999,5")));
        QCOMPARE(modify.count(), 1);
        const Order changed = modify.constFirst().constFirst().value<Order>();
        QCOMPARE(changed.id, 3);
        QCOMPARE(changed.limitPrice, *Decimal::parse("2999.5"));
        QCOMPARE(changed.quantity, *Decimal::parse("1"));

        QSignalSpy reset(orders, &QAbstractItemModel::modelReset);
        QSignalSpy rowChanged(orders, &QAbstractItemModel::dataChanged);
        TradingSnapshot after = snapshot(TradingState::Active);
        after.openOrders[0].limitPrice = changed.limitPrice;
        panel.applySnapshot(after);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(rowChanged.count(), 1);
        QCOMPARE(limit.data(Qt::EditRole).toString(), QStringLiteral("2999,5"));

        // A part fills: the row shows what traded and at what average price.
        const QModelIndex filled = orders->index(0, OrdersModel::FilledColumn);
        QCOMPARE(filled.data().toString(), QString());
        after.openOrders[0].addFill(*Decimal::parse("0.25"), *Decimal::parse("2999.5"));
        panel.applySnapshot(after);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(rowChanged.count(), 2);
        QCOMPARE(filled.data().toString(), QStringLiteral("0,25000000 at 2.999,50000000"));

        // A trailing stop's stop follows the market: its distance is edited,
        // in the type column that shows it.
        TradingSnapshot trailing = snapshot(TradingState::Active);
        Order &trail = trailing.openOrders[0];
        trail.type = OrderType::TrailingStop;
        trail.limitPrice = Decimal();
        trail.trailOffset = *Decimal::parse("1.5");
        trail.trailPercent = true;
        trail.stopPrice = *Decimal::parse("2955");
        panel.applySnapshot(trailing);
        const QModelIndex type = orders->index(0, OrdersModel::TypeColumn);
        QVERIFY(!(orders->flags(orders->index(0, OrdersModel::StopColumn)) & Qt::ItemIsEditable));
        QVERIFY(orders->flags(type) & Qt::ItemIsEditable);
        QCOMPARE(type.data(Qt::EditRole).toString(), QStringLiteral("1,5"));
        QVERIFY(orders->setData(type, QStringLiteral("2")));
        QCOMPARE(modify.count(), 2);
        QCOMPARE(modify.last().constFirst().value<Order>().trailOffset, Decimal::fromInteger(2));

        panel.setReadOnly(true);
        QVERIFY(!(orders->flags(limit) & Qt::ItemIsEditable));
        QVERIFY(!orders->setData(limit, QStringLiteral("2000")));
        QCOMPARE(modify.count(), 2);
    }

    void twoSelectedOrdersAreLinkedOneCancelsOther()
    {
        TradingPanel panel(instruments());
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        TradingSnapshot s = snapshot(TradingState::Active);
        Order dip = s.openOrders[0];
        for (const qint64 id : { 4, 5 }) {
            Order o = dip;
            o.id = id;
            o.symbol = id == 4 ? 1 : 0;
            s.openOrders.append(o);
        }
        panel.applySnapshot(s);
        QTableView *view = panel.ordersView();
        panel.showTab(1);
        QVERIFY(view->isVisible());
        QSignalSpy linked(&panel, &TradingPanel::linkOrdersRequested);
        QSignalSpy unlinked(&panel, &TradingPanel::unlinkOrderRequested);
        QSignalSpy cancelled(&panel, &TradingPanel::cancelOrderRequested);
        QSignalSpy problems(&panel, &TradingPanel::problem);
        auto texts = [&panel](const QList<QAction *> &actions) {
            QStringList list;
            for (const QAction *a : actions)
                list << a->text() + (a->isEnabled() ? QString() : QStringLiteral(" (off)"));
            return list;
        };
        auto select = [view](QList<int> rows) {
            view->clearSelection();
            for (const int row : rows)
                view->selectionModel()->select(view->model()->index(row, 0),
                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
        };
        QObject owner;
        select({ 0 });
        QCOMPARE(texts(panel.orderActions(&owner)),
            QStringList({ QStringLiteral("Cancel order 3"), QStringLiteral("Cancel all orders") }));

        // Orders 3 and 4 are both ETH: linkable, by the menu or Ctrl+Alt+O.
        select({ 0, 1 });
        QList<QAction *> actions = panel.orderActions(&owner);
        QCOMPARE(texts(actions),
            QStringList({ QStringLiteral("Cancel the 2 selected orders"),
                QStringLiteral("Link orders 3 and 4 one-cancels-other"),
                QStringLiteral("Cancel all orders") }));
        actions[1]->trigger();
        QCOMPARE(linked.size(), 1);
        QCOMPARE(linked[0][0].toLongLong(), 3);
        QCOMPARE(linked[0][1].toLongLong(), 4);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_O, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(linked.size(), 2);
        actions[0]->trigger();
        QCOMPARE(cancelled.size(), 2);

        // Order 5 is BTC: not with ETH's 3, and the shortcut says why.
        select({ 0, 2 });
        QCOMPARE(texts(panel.orderActions(&owner))[1],
            QStringLiteral("Link orders 3 and 5 one-cancels-other (off)"));
        QTest::keyClick(view, Qt::Key_O, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(linked.size(), 2);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems[0][0].toString().contains(QStringLiteral("different symbols")));

        // Linked (as the engine then shows them): unlinked from either.
        s.openOrders[0].ocoId = 4;
        s.openOrders[1].ocoId = 3;
        panel.applySnapshot(s);
        select({ 1 });
        actions = panel.orderActions(&owner);
        QCOMPARE(texts(actions)[1], QStringLiteral("Unlink order 4 from order 3"));
        actions[1]->trigger();
        QCOMPARE(unlinked.size(), 1);
        QCOMPARE(unlinked[0][0].toLongLong(), 4);
        select({ 0, 1 });
        QCOMPARE(texts(panel.orderActions(&owner))[1],
            QStringLiteral("Link orders 3 and 4 one-cancels-other (off)"));

        // Following a node: nothing to do here.
        panel.setReadOnly(true);
        QVERIFY(panel.orderActions(&owner).isEmpty());
        QTest::keyClick(view, Qt::Key_O, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(linked.size(), 2);
    }

    void theTicketSendsEveryKindOfOrder()
    {
        const EnglishLocale english;
        const InstrumentList list = tickedInstruments();
        OrderTicket ticket(list);
        QSignalSpy orders(&ticket, &OrderTicket::orderRequested);
        auto *type = ticket.findChild<QComboBox *>(QStringLiteral("OrderType"));
        auto *timeInForce = ticket.findChild<QComboBox *>(QStringLiteral("TimeInForce"));
        auto *limit = ticket.findChild<QLineEdit *>(QStringLiteral("LimitPrice"));
        auto *stop = ticket.findChild<QLineEdit *>(QStringLiteral("StopPrice"));
        auto *reduceOnly = ticket.findChild<QCheckBox *>(QStringLiteral("ReduceOnly"));
        auto *postOnly = ticket.findChild<QCheckBox *>(QStringLiteral("PostOnly"));
        auto *sell = ticket.findChild<QPushButton *>(QStringLiteral("Sell"));
        const auto *problem = ticket.findChild<QLabel *>(QStringLiteral("problem"));
        QVERIFY(type && timeInForce && limit && stop && reduceOnly && postOnly);
        QCOMPARE(type->count(), 7);
        QCOMPARE(timeInForce->count(), 4);
        QVERIFY(!stop->isEnabled() && !limit->isEnabled() && !postOnly->isEnabled());

        type->setCurrentIndex(int(OrderType::StopLimit));
        QVERIFY(stop->isEnabled() && limit->isEnabled() && postOnly->isEnabled());
        limit->setText(QStringLiteral("63000"));
        sell->click();
        QCOMPARE(orders.count(), 0);
        QVERIFY2(
            problem->text().startsWith(QStringLiteral("Stop price")), qPrintable(problem->text()));
        stop->setText(QStringLiteral("63100.005"));
        sell->click();
        QCOMPARE(problem->text(),
            QStringLiteral("Stop price 63,100.005 is not on BTCUSDT's price tick 0.01"));
        stop->setText(QStringLiteral("63100"));
        timeInForce->setCurrentIndex(int(TimeInForce::Day));
        reduceOnly->setChecked(true);
        sell->click();
        QCOMPARE(orders.count(), 1);
        const Order sent = orders.constFirst().constFirst().value<Order>();
        QCOMPARE(sent.type, OrderType::StopLimit);
        QCOMPARE(sent.side, Side::Sell);
        QCOMPARE(sent.stopPrice, Decimal::fromInteger(63100));
        QCOMPARE(sent.limitPrice, Decimal::fromInteger(63000));
        QCOMPARE(sent.timeInForce, TimeInForce::Day);
        QVERIFY(sent.reduceOnly && !sent.postOnly);
        QVERIFY(sent.waitsForTrigger());

        type->setCurrentIndex(int(OrderType::MarketIfTouched));
        QVERIFY(stop->isEnabled() && !limit->isEnabled() && !postOnly->isEnabled());
        QCOMPARE(OrdersModel::typeText(sent), QStringLiteral("Stop limit Day reduce only"));

        // A trailing stop takes a distance (a price or a percent) and an
        // optional activation price on the tick; no stop price of its own.
        auto *trail = ticket.findChild<QLineEdit *>(QStringLiteral("TrailOffset"));
        auto *unit = ticket.findChild<QComboBox *>(QStringLiteral("TrailUnit"));
        auto *activation = ticket.findChild<QLineEdit *>(QStringLiteral("ActivationPrice"));
        QVERIFY(trail && unit && activation);
        QVERIFY(!trail->isEnabled() && !activation->isEnabled());
        type->setCurrentIndex(int(OrderType::TrailingStop));
        QVERIFY(trail->isEnabled() && unit->isEnabled() && activation->isEnabled());
        QVERIFY(!stop->isEnabled() && !limit->isEnabled());
        reduceOnly->setChecked(false);
        timeInForce->setCurrentIndex(int(TimeInForce::GoodTillCancel));
        unit->setCurrentIndex(1);
        trail->setText(QStringLiteral("100"));
        sell->click();
        QCOMPARE(orders.count(), 1);
        QCOMPARE(problem->text(),
            QStringLiteral("Trailing distance '100' must be above 0 % and below 100 %"));
        trail->setText(QStringLiteral("1.5"));
        activation->setText(QStringLiteral("65000.001"));
        sell->click();
        QCOMPARE(problem->text(),
            QStringLiteral("Activation price 65,000.001 is not on BTCUSDT's price tick 0.01"));
        activation->setText(QStringLiteral("65000"));
        sell->click();
        QCOMPARE(orders.count(), 2);
        const Order trailing = orders.last().constFirst().value<Order>();
        QCOMPARE(trailing.type, OrderType::TrailingStop);
        QCOMPARE(trailing.trailOffset, *Decimal::parse("1.5"));
        QVERIFY(trailing.trailPercent);
        QCOMPARE(trailing.activationPrice, Decimal::fromInteger(65000));
        QCOMPARE(trailing.stopPrice, Decimal());
        QCOMPARE(
            OrdersModel::typeText(trailing), QStringLiteral("Trailing stop 1.5 % from 65,000 GTC"));
    }

    // A bracket from the ticket: the exits on the right sides of the price,
    // on its tick, and what the stop-loss risks shown before sending.
    void theTicketSendsABracketAndShowsItsRisk()
    {
        const EnglishLocale english;
        const InstrumentList list = tickedInstruments();
        OrderTicket ticket(list);
        QSignalSpy orders(&ticket, &OrderTicket::orderRequested);
        QSignalSpy protects(&ticket, &OrderTicket::protectRequested);
        QSignalSpy reverses(&ticket, &OrderTicket::reverseRequested);
        auto *quantity = ticket.findChild<QLineEdit *>(QStringLiteral("Quantity"));
        auto *takeProfit = ticket.findChild<QLineEdit *>(QStringLiteral("TakeProfit"));
        auto *stopLoss = ticket.findChild<QLineEdit *>(QStringLiteral("StopLoss"));
        const auto *risk = ticket.findChild<QLabel *>(QStringLiteral("Risk"));
        const auto *problem = ticket.findChild<QLabel *>(QStringLiteral("problem"));
        auto *buy = ticket.findChild<QPushButton *>(QStringLiteral("Buy"));
        auto *sell = ticket.findChild<QPushButton *>(QStringLiteral("Sell"));
        QVERIFY(quantity && takeProfit && stopLoss && risk && buy && sell);
        quantity->setText(QStringLiteral("0.5"));
        takeProfit->setText(QStringLiteral("66000"));
        stopLoss->setText(QStringLiteral("63000"));
        QCOMPARE(risk->text(), QString()); // no price yet
        WatchRow row;
        row.last = Decimal::fromInteger(64000);
        ticket.setMarket({ row }, Decimal::fromInteger(100'000));
        QCOMPARE(risk->text(), QStringLiteral("Risk 500.00 (0.50 %) · reward 1,000.00"));
        sell->click();
        QCOMPARE(orders.count(), 0);
        QCOMPARE(
            problem->text(), QStringLiteral("Take profit 66,000 must be below 64,000 for a sell"));
        buy->click();
        QCOMPARE(orders.count(), 1);
        const Order sent = orders.constFirst().constFirst().value<Order>();
        QCOMPARE(sent.takeProfit, Decimal::fromInteger(66000));
        QCOMPARE(sent.stopLoss, Decimal::fromInteger(63000));
        stopLoss->setText(QStringLiteral("63000.005"));
        buy->click();
        QCOMPARE(problem->text(),
            QStringLiteral("Stop loss 63,000.005 is not on BTCUSDT's price tick 0.01"));
        stopLoss->setText(QStringLiteral("abc"));
        QCOMPARE(risk->text(), QString());
        buy->click();
        QVERIFY2(problem->text().startsWith(QStringLiteral("Stop loss 'abc'")),
            qPrintable(problem->text()));
        QCOMPARE(orders.count(), 1);

        // Protect puts them on the position; Reverse turns it round.
        stopLoss->setText(QStringLiteral("63000"));
        ticket.findChild<QPushButton *>(QStringLiteral("Protect"))->click();
        QCOMPARE(protects.count(), 1);
        QCOMPARE(protects.constFirst().at(1).value<Decimal>(), Decimal::fromInteger(66000));
        QCOMPARE(protects.constFirst().at(2).value<Decimal>(), Decimal::fromInteger(63000));
        takeProfit->clear();
        stopLoss->clear();
        ticket.findChild<QPushButton *>(QStringLiteral("Protect"))->click();
        QCOMPARE(protects.count(), 1);
        QVERIFY(problem->text().contains(QStringLiteral("needs a take-profit or a stop-loss")));
        ticket.findChild<QPushButton *>(QStringLiteral("Reverse"))->click();
        QCOMPARE(reverses.count(), 1);
    }

    void germanAmountsAreTypedTheGermanWay()
    {
        // The German UI showed "3.093,50" but refused "0,5".
        const QLocale saved;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const auto restore = qScopeGuard([&saved] { QLocale::setDefault(saved); });

        OrderTicket ticket(instruments());
        QSignalSpy orders(&ticket, &OrderTicket::orderRequested);
        auto *quantity = ticket.findChild<QLineEdit *>(QStringLiteral("Quantity"));
        auto *buy = ticket.findChild<QPushButton *>(QStringLiteral("Buy"));
        const auto *problem = ticket.findChild<QLabel *>(QStringLiteral("problem"));
        // The quantity it starts with is German too, and buys as it stands.
        QCOMPARE(quantity->text(), QStringLiteral("0,01"));
        buy->click();
        QCOMPARE(orders.count(), 1);
        orders.clear();
        for (const auto &[typed, meant] : { std::pair { "0,5", "0.5" }, { "1.234,5", "1234.5" },
                 { "5000,50", "5000.5" }, { "-0", "0" } }) {
            quantity->setText(QString::fromUtf8(typed));
            buy->click();
            if (QByteArrayView(meant) == "0") {
                QCOMPARE(orders.count(), 3); // not positive: refused
                continue;
            }
            QCOMPARE(orders.constLast().at(0).value<Order>().quantity, *Decimal::parse(meant));
        }
        // "0.5" is five tenths in English and five in German grouping: refused
        // with a hint, never read as 5.
        for (const char *typed : { "0.5", "1234.56", "1,2,3" }) {
            quantity->setText(QString::fromUtf8(typed));
            buy->click();
            QCOMPARE(orders.count(), 3);
            QVERIFY2(problem->text().contains(QStringLiteral("write ',' for decimals")),
                qPrintable(problem->text()));
        }

        RiskLimits limits;
        limits.maxOrderQuantity = *Decimal::parse("1.5");
        RiskLimitsDialog dialog(limits);
        QLineEdit *field = dialog.amountField(QStringLiteral("maxOrderQuantity"));
        QCOMPARE(field->text(), QStringLiteral("1,5"));
        field->setText(QStringLiteral("0,5"));
        dialog.amountField(QStringLiteral("maxOrderNotional"))
            ->setText(QStringLiteral("25.000,75"));
        QVERIFY(dialog.limits());
        QCOMPARE(dialog.limits()->maxOrderQuantity, *Decimal::parse("0.5"));
        QCOMPARE(dialog.limits()->maxOrderNotional, *Decimal::parse("25000.75"));
    }

    void riskDialogExplainsInvalidValues()
    {
        RiskLimitsDialog dialog(RiskLimits {});
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        QCOMPARE(*dialog.limits(), RiskLimits {});
        dialog.amountField(QStringLiteral("maxOrderNotional"))->setText(QStringLiteral("12,5"));
        dialog.amountField(QStringLiteral("dailyLossLimit"))->setText(QStringLiteral("-100"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog.limits());
        const QString problems = dialog.findChild<QLabel *>(QStringLiteral("problems"))->text();
        QVERIFY2(problems.contains(
                     QStringLiteral("Max order notional: '12,5' is not a number in this language")),
            qPrintable(problems));
        // Named as the dialog names the field, not by its key in a file.
        QVERIFY2(problems.contains(QStringLiteral("Daily loss limit must not be negative")),
            qPrintable(problems));
        QVERIFY2(!problems.contains(QStringLiteral("dailyLossLimit")), qPrintable(problems));
        dialog.findChild<QComboBox *>()->setCurrentText(QStringLiteral("Mars/Olympus"));
        QVERIFY2(dialog.findChild<QLabel *>(QStringLiteral("problems"))
                     ->text()
                     .contains(QStringLiteral("'Mars/Olympus' is not a time zone")),
            qPrintable(dialog.findChild<QLabel *>(QStringLiteral("problems"))->text()));
        dialog.findChild<QComboBox *>()->setCurrentText(QStringLiteral("UTC"));
        dialog.amountField(QStringLiteral("maxOrderNotional"))->setText(QStringLiteral("12.5"));
        dialog.amountField(QStringLiteral("dailyLossLimit"))->setText(QStringLiteral("100"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.limits()->maxOrderNotional, *Decimal::parse("12.5"));
    }
};

QTEST_MAIN(TestTrading)
#include "tst_trading.moc"
