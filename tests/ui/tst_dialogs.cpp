#include "dialogs/IndicatorDialog.h"
#include "dialogs/OrdersHelpDialog.h"
#include "dialogs/StrategyDialog.h"
#include "dialogs/StudyListDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace kairos;

namespace {

QPushButton *okButton(QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestDialogs : public QObject
{
    Q_OBJECT

private slots:
    void indicatorDialogValidates()
    {
        IndicatorDialog dialog(IndicatorParams {});
        QCOMPARE(dialog.params(), IndicatorParams {});
        QVERIFY(okButton(dialog)->isEnabled());
        const auto boxes = dialog.findChildren<QSpinBox *>();
        QCOMPARE(boxes.size(), 12);
        boxes[4]->setValue(40); // MACD fast above slow (26)
        QVERIFY(!okButton(dialog)->isEnabled());
        auto *problems = dialog.findChild<QLabel *>(QStringLiteral("problems"));
        QVERIFY(problems->text().contains(QStringLiteral("MACD")));
        boxes[4]->setValue(8);
        boxes[0]->setValue(50);
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(dialog.params().sma, 50);
        QCOMPARE(dialog.params().macdFast, 8);

        // A problem appearing does not resize the dialog under the mouse.
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QSize size = dialog.size();
        boxes[4]->setValue(40);
        QVERIFY(!okButton(dialog)->isEnabled());
        QCoreApplication::processEvents();
        QCOMPARE(dialog.size(), size);
    }

    void strategyDialogEditsRules()
    {
        StrategyDialog dialog(StrategyConfig::standard());
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("rules"));
        QCOMPARE(table->rowCount(), 4);
        QVERIFY(okButton(dialog)->isEnabled());

        // Disable the first rule with its checkbox.
        table->item(0, 0)->setCheckState(Qt::Unchecked);
        QVERIFY(!dialog.strategy().rules[0].enabled);

        // Select the RSI rule and make its oversold level invalid.
        table->setCurrentCell(1, 1);
        auto *oversold = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("oversold"));
        QVERIFY(oversold);
        oversold->setValue(80); // above overbought
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("problems"))
                    ->text()
                    .contains(QStringLiteral("oversold")));
        oversold->setValue(25);
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(dialog.strategy().rules[1].parameter(QStringLiteral("oversold")), 25.0);
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("RSI(14) 25/70"));

        dialog.addRule(RuleKind::MacdCross);
        QCOMPARE(table->rowCount(), 5);
        QCOMPARE(table->currentRow(), 4);
        dialog.removeSelectedRule();
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(dialog.strategy().rules.size(), 4);

        // A study crossing a level, typed as SPECs; a bad one is explained.
        dialog.addRule(RuleKind::StudyCross);
        auto *study = dialog.findChild<QLineEdit *>(QStringLiteral("study"));
        auto *crosses = dialog.findChild<QLineEdit *>(QStringLiteral("crosses"));
        QVERIFY(study && crosses);
        QCOMPARE(study->text(), QStringLiteral("ema:9"));
        study->setText(QStringLiteral("cci:20"));
        crosses->setText(QStringLiteral("-100"));
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("direction"))->setValue(1);
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(table->item(4, 2)->text(), QStringLiteral("cci:20 × -100 ↑"));
        const RuleConfig added = dialog.strategy().rules[4];
        QCOMPARE(added.text(QStringLiteral("study")), QStringLiteral("cci:20"));
        QCOMPARE(added.parameter(QStringLiteral("direction")), 1.0);
        crosses->setText(QStringLiteral("ccx"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("problems"))
                    ->text()
                    .contains(QStringLiteral("no study is named 'ccx'")));
        dialog.removeSelectedRule();
        QVERIFY(okButton(dialog)->isEnabled());

        // Order sizing: percent of equity above 100 is refused, a bad number explained.
        auto *mode = dialog.findChild<QComboBox *>(QStringLiteral("sizingMode"));
        auto *value = dialog.findChild<QLineEdit *>(QStringLiteral("sizingValue"));
        mode->setCurrentIndex(int(OrderSizing::Mode::PercentOfEquity));
        value->setText(QStringLiteral("150"));
        QVERIFY(!okButton(dialog)->isEnabled());
        value->setText(QStringLiteral("ten"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("problems"))
                    ->text()
                    .contains(QStringLiteral("order size")));
        value->setText(QStringLiteral("5"));
        dialog.findChild<QComboBox *>(QStringLiteral("whenPositioned"))->setCurrentIndex(2);
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(dialog.strategy().sizing.mode, OrderSizing::Mode::PercentOfEquity);
        QCOMPARE(dialog.strategy().sizing.value, Decimal::fromInteger(5));
        QCOMPARE(dialog.strategy().sizing.whenPositioned, OrderSizing::WhenPositioned::Ignore);

        // Exits: sizing by risk needs a stop to measure the risk at.
        mode->setCurrentIndex(int(OrderSizing::Mode::RiskPercent));
        value->setText(QStringLiteral("1"));
        QVERIFY(!okButton(dialog)->isEnabled());
        auto *stopLoss = dialog.findChild<QLineEdit *>(QStringLiteral("stopLossValue"));
        auto *trailing = dialog.findChild<QLineEdit *>(QStringLiteral("trailingStopValue"));
        auto *trailingUnit = dialog.findChild<QComboBox *>(QStringLiteral("trailingStopUnit"));
        QVERIFY(stopLoss && trailing && trailingUnit);
        stopLoss->setText(QStringLiteral("-3"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("problems"))
                    ->text()
                    .contains(QStringLiteral("exit distance")));
        stopLoss->setText(QStringLiteral("3"));
        trailingUnit->setCurrentIndex(int(StrategyExits::Distance::Unit::Atr));
        trailing->setText(QStringLiteral("2.5"));
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(dialog.strategy().exits.stopLoss.value, Decimal::fromInteger(3));
        QCOMPARE(dialog.strategy().exits.stopLoss.unit, StrategyExits::Distance::Unit::Percent);
        QCOMPARE(dialog.strategy().exits.trailingStop.unit, StrategyExits::Distance::Unit::Atr);
        QVERIFY(!dialog.strategy().exits.takeProfit.isSet());
        auto *timeLimit = dialog.findChild<QSpinBox *>(QStringLiteral("timeLimitCandles"));
        QVERIFY(timeLimit);
        QCOMPARE(timeLimit->text(), QStringLiteral("none"));
        timeLimit->setValue(48);
        QCOMPARE(dialog.strategy().exits.timeLimitCandles, 48);
        StrategyDialog reopened(dialog.strategy());
        QCOMPARE(reopened.findChild<QLineEdit *>(QStringLiteral("trailingStopValue"))->text(),
            QLocale().toString(2.5));
        QCOMPARE(reopened.findChild<QSpinBox *>(QStringLiteral("timeLimitCandles"))->value(), 48);
        QCOMPARE(reopened.strategy(), dialog.strategy());

        // An empty name is a problem too.
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("name"));
        name->clear();
        QVERIFY(!okButton(dialog)->isEnabled());
    }

    void studyListDialogEditsAChartsStudies()
    {
        StudyListDialog dialog({});
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("studies"));
        QCOMPARE(table->rowCount(), 0);
        dialog.addStudy(QStringLiteral("bb"));
        dialog.addStudy(QStringLiteral("macd"));
        dialog.addStudy(QStringLiteral("adx"));
        QCOMPARE(table->rowCount(), 3);
        QVERIFY(okButton(dialog)->isEnabled());
        ChartStudyList studies = dialog.studies();
        QCOMPARE(studies[0].spec.text(), QStringLiteral("bb:20:2"));
        QCOMPARE(studies[0].pane, 0); // over the prices
        QCOMPARE(studies[1].pane, 1); // each pane study a new pane
        QCOMPARE(studies[2].pane, 2);

        // A bad SPEC is explained and blocks OK; a good one is kept as typed.
        auto *spec = dialog.findChild<QLineEdit *>(QStringLiteral("spec1"));
        spec->setText(QStringLiteral("macd:30:12"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("problems"))
                    ->text()
                    .contains(QStringLiteral("shorter")));
        spec->setText(QStringLiteral("macd:8:21:5"));
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(dialog.studies()[1].spec.text(), QStringLiteral("macd:8:21:5"));

        // Into the MACD's pane, hidden, dotted; then reordered and removed.
        auto cell = [&](int row, int column) { return table->cellWidget(row, column); };
        qobject_cast<QSpinBox *>(cell(2, 2))->setValue(1);
        qobject_cast<QCheckBox *>(cell(2, 0))->setChecked(false);
        qobject_cast<QComboBox *>(cell(2, 4))->setCurrentIndex(2);
        studies = dialog.studies();
        QCOMPARE(studies[2].pane, 1);
        QVERIFY(!studies[2].visible);
        QCOMPARE(studies[2].style, Qt::DotLine);
        dialog.moveStudy(2, -2);
        QCOMPARE(dialog.studies()[0].spec.text(), QStringLiteral("adx:14"));
        dialog.moveStudy(0, -1); // already first
        QCOMPARE(dialog.studies()[0].spec.text(), QStringLiteral("adx:14"));
        dialog.removeStudy(0);
        QCOMPARE(dialog.studies().size(), 2);
        QCOMPARE(table->rowCount(), 2);
    }

    void theOrdersHelpExplainsEveryKindOfOrder()
    {
        OrdersHelpDialog dialog;
        const QString text = dialog.text();
        for (const char *said : { "Market:", "Limit:", "Stop market and stop limit", "if touched",
                 "Trailing stop:", "FOK", "Reduce only", "post only", "one-cancels-other",
                 "Protect", "Partial fills", "Drag an order's line", "Right-click", "Ctrl+Alt+R" })
            QVERIFY2(text.contains(QLatin1StringView(said)), said);
    }
};

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
