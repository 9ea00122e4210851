// Settings round-trip through QSettings with their types and defaults; the
// Preferences dialog writes them; the window's layout comes back; a German
// translator gives German menus; the light theme recolours the charts.
#include "DataFolder.h"
#include "MainWindow.h"
#include "SessionWiring.h"
#include "Settings.h"
#include "Theme.h"
#include "chart/ChartColors.h"
#include "dialogs/AlertRulesDialog.h"
#include "dialogs/BrokerDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "engine/Engine.h"
#include "panels/AlertsModel.h"

#include <algorithm>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace kairos;

namespace {

InstrumentList instruments()
{
    InstrumentList list(1);
    list[0].symbol = QStringLiteral("BTCUSDT");
    list[0].priceIncrement = *Decimal::parse("0.01");
    return list;
}

} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void settingsRoundTripWithTheirTypes()
    {
        QCOMPARE(Settings::theme.value(), QStringLiteral("dark")); // the default
        QCOMPARE(Settings::notify[1].value(), true);
        QCOMPARE(Settings::sound[0].value(), false);
        QVERIFY(Settings::windowState.value().isEmpty());
        Settings::theme.setValue(QStringLiteral("light"));
        Settings::notify[1].setValue(false);
        Settings::windowState.setValue(QByteArray("\\x00\\x01state", 7));
        QCOMPARE(QSettings().value(QStringLiteral("appearance.theme")).toString(),
            QStringLiteral("light"));
        QCOMPARE(Settings::theme.value(), QStringLiteral("light"));
        QCOMPARE(Settings::notify[1].value(), false);
        QCOMPARE(Settings::windowState.value(), QByteArray("\\x00\\x01state", 7));
        Settings::theme.reset();
        QCOMPARE(Settings::theme.value(), QStringLiteral("dark"));
    }

    void thePreferencesDialogWritesTheSettings()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("data"));
        PreferencesDialog dialog;
        QCOMPARE(dialog.themeBox()->currentData().toString(), QStringLiteral("dark"));
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("de")));
        dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(QStringLiteral("light")));
        // A folder that cannot be made is refused, and says why.
        QFile file(dir.filePath(QStringLiteral("a-file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        dialog.dataFolderField()->setText(dir.filePath(QStringLiteral("a-file/data")));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        const auto *problem = dialog.findChild<QLabel *>(QStringLiteral("folderProblem"));
        QVERIFY(problem && !problem->isHidden());
        QVERIFY2(problem->text().contains(QStringLiteral("cannot be made")),
            qPrintable(problem->text()));
        QVERIFY(Settings::dataFolder.value().isEmpty());
        dialog.dataFolderField()->setText(folder);
        dialog.notifyBox(0)->setChecked(true);
        dialog.soundBox(2)->setChecked(false);
        dialog.setCandleColours(QStringLiteral("#2196f3"), QString());
        dialog.accept();
        QVERIFY(dialog.appearanceChanged());
        QCOMPARE(Settings::language.value(), QStringLiteral("de"));
        QCOMPARE(Settings::theme.value(), QStringLiteral("light"));
        QCOMPARE(Settings::dataFolder.value(), folder);
        // The next start keeps its database there; one it cannot use falls
        // back to the standard folder and says so.
        QString warning;
        QCOMPARE(DataFolder::databasePath(&warning), folder + QStringLiteral("/kairos.db"));
        QVERIFY(warning.isEmpty());
        Settings::dataFolder.setValue(dir.filePath(QStringLiteral("a-file/data")));
        QCOMPARE(DataFolder::databasePath(&warning),
            DataFolder::standardFolder() + QStringLiteral("/kairos.db"));
        QVERIFY(warning.contains(QStringLiteral("cannot be used")));
        Settings::dataFolder.reset();
        QVERIFY(Settings::notify[0].value());
        QVERIFY(!Settings::sound[2].value());
        QCOMPARE(Settings::upColour.value(), QStringLiteral("#2196f3"));
        applyTheme(*qApp, Theme::Dark); // the chosen colour wins over the theme's
        QCOMPARE(ChartColors::Up, QColor(0x21, 0x96, 0xf3));
        QCOMPARE(ChartColors::Down, QColor(0xef, 0x53, 0x50));
        Settings::upColour.reset();
        applyTheme(*qApp, Theme::Dark);

        PreferencesDialog again;
        QCOMPARE(again.languageBox()->currentData().toString(), QStringLiteral("de"));
        QVERIFY(again.notifyBox(0)->isChecked());
        again.accept();
        QVERIFY(!again.appearanceChanged()); // nothing to rebuild
    }

    void theLayoutComesBackAndResets()
    {
        {
            MainWindow window(instruments(), QStringLiteral("Test"));
            window.show();
            auto *signalsDock = window.findChild<QDockWidget *>(QStringLiteral("SignalsDock"));
            QVERIFY(signalsDock);
            signalsDock->setFloating(true);
            window.close(); // saves the layout
        }
        MainWindow window(instruments(), QStringLiteral("Test"));
        window.show();
        auto *signalsDock = window.findChild<QDockWidget *>(QStringLiteral("SignalsDock"));
        QVERIFY(signalsDock->isFloating());
        window.resetLayout();
        QVERIFY(!signalsDock->isFloating());
    }

    void aGermanTranslatorGivesGermanMenus()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/kairos_de.qm")));
        QCoreApplication::installTranslator(&german);
        MainWindow window(instruments(), QStringLiteral("Test"));
        // An alert's source is a key in storage and exports, a word on screen.
        const QString risk = AlertsModel::sourceName(QStringLiteral("risk"));
        const QString unknown = AlertsModel::sourceName(QStringLiteral("venue"));
        // A message's side word too; the key in files and events stays.
        const QString buy = sideLabel(Side::Buy);
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(buy, QStringLiteral("KAUF"));
        QCOMPARE(sideName(Side::Buy), QStringLiteral("BUY"));
        QCOMPARE(risk, QStringLiteral("Risiko"));
        QCOMPARE(unknown, QStringLiteral("venue"));
        QCOMPARE(AlertsModel::sourceName(QStringLiteral("risk")), QStringLiteral("risk"));
        QStringList menus;
        for (const QAction *action : window.menuBar()->actions())
            menus << action->text();
        QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(u' ')));
        QVERIFY(menus.contains(QStringLiteral("&Hilfe")));
    }

    void alertRulesAreCheckedKeptAndAnnounced()
    {
        AlertRulesDialog dialog({}, instruments());
        AlertRule pnl;
        pnl.kind = AlertRule::Kind::PositionPnl;
        pnl.level = -5;
        dialog.addRule(pnl);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("problems"))
                    ->text()
                    .contains(QStringLiteral("above 0")));
        auto *level = qobject_cast<QLineEdit *>(dialog.table()->cellWidget(0, 5));
        level->setText(QStringLiteral("abc"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("problems"))
                    ->text()
                    .contains(QStringLiteral("not a decimal number")));
        level->setText(QStringLiteral("250.5"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("problems"))->text().isEmpty());
        QCOMPARE(dialog.rules().size(), 1);
        QCOMPARE(dialog.rules()[0].level, 250.5);
        // Which way and how often, edited in the row.
        qobject_cast<QComboBox *>(dialog.table()->cellWidget(0, 6))->setCurrentIndex(2);
        auto *often = qobject_cast<QComboBox *>(dialog.table()->cellWidget(0, 7));
        auto *cooldown = qobject_cast<QSpinBox *>(dialog.table()->cellWidget(0, 8));
        QVERIFY(!cooldown->isEnabled()); // once per candle has no cooldown
        often->setCurrentIndex(2);
        QVERIFY(cooldown->isEnabled());
        cooldown->setValue(90);
        QCOMPARE(dialog.rules()[0].direction, AlertRule::Direction::Down);
        QCOMPARE(dialog.rules()[0].frequency, AlertRule::Frequency::Every);
        QCOMPARE(dialog.rules()[0].cooldownSeconds, 90);

        // A window keeps its rules in the settings and tells the engine.
        QJsonArray stored { dialog.rules()[0].toJson() };
        Settings::alertRules.setValue(QJsonDocument(stored).toJson());
        MainWindow window(instruments(), QStringLiteral("Test"));
        QCOMPARE(window.alertRules().size(), 1);
        QCOMPARE(window.alertRules()[0].cooldownSeconds, 90);
        QSignalSpy announced(&window, &MainWindow::alertRulesChanged);
        window.announceSettings();
        QCOMPARE(announced.size(), 1);

        // A rule that no longer reads is not dropped in silence.
        stored.append(QJsonObject { { QStringLiteral("kind"), QStringLiteral("moonPhase") } });
        Settings::alertRules.setValue(QJsonDocument(stored).toJson());
        MainWindow again(instruments(), QStringLiteral("Test"));
        QCOMPARE(again.alertRules().size(), 1);
        QSignalSpy problems(&again, &MainWindow::problemsFound);
        again.announceSettings();
        QCOMPARE(problems.size(), 1);
        const auto found = problems.constFirst().constFirst().value<AlertList>();
        QCOMPARE(found.size(), 1);
        QVERIFY(found[0].text.contains(QStringLiteral("moonPhase")));
        Settings::alertRules.setValue(QByteArray());
    }

    void savedRiskLimitsThatNoLongerReadTurnTheKillSwitchOn()
    {
        Settings::riskLimits.setValue(QByteArray(R"({"maxOrderQuantity": "lots"})"));
        MainWindow window(instruments(), QStringLiteral("Test"));
        QVERIFY(window.riskLimits().killSwitch); // never looser than what was saved
        QSignalSpy problems(&window, &MainWindow::problemsFound);
        window.announceSettings();
        QCOMPARE(problems.size(), 1);
        const auto found = problems.constFirst().constFirst().value<AlertList>();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].severity, AlertSeverity::Critical);
        QVERIFY(found[0].text.contains(QStringLiteral("maxOrderQuantity")));
        Settings::riskLimits.setValue(QByteArray());
        MainWindow fine(instruments(), QStringLiteral("Test"));
        QVERIFY(!fine.riskLimits().killSwitch);
    }

    void thePaperBrokerIsSetInADialogKeptAndToldToTheEngine()
    {
        const QLocale saved;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const auto restore = qScopeGuard([&saved] { QLocale::setDefault(saved); });
        BrokerDialog dialog(BrokerConfig {});
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QCOMPARE(dialog.amountField(QStringLiteral("slippageBps"))->text(), QStringLiteral("1"));
        QCOMPARE(dialog.amountField(QStringLiteral("participationPercent"))->text(),
            QStringLiteral("0"));
        QCOMPARE(*dialog.config(), BrokerConfig {});
        dialog.amountField(QStringLiteral("slippageBps"))->setText(QStringLiteral("2,5"));
        dialog.amountField(QStringLiteral("takerFeeBps"))->setText(QStringLiteral("7,5"));
        dialog.amountField(QStringLiteral("participationPercent"))->setText(QStringLiteral("10"));
        dialog.latencyField()->setValue(250);
        QVERIFY(ok->isEnabled());
        BrokerConfig wanted;
        wanted.slippageBps = *Decimal::parse("2.5");
        wanted.takerFeeBps = *Decimal::parse("7.5");
        wanted.participationPercent = Decimal::fromInteger(10);
        wanted.latencyMs = 250;
        QCOMPARE(*dialog.config(), wanted);

        // "0.5" is not a German number; 150 % is not a share of a trade.
        dialog.amountField(QStringLiteral("makerFeeBps"))->setText(QStringLiteral("0.5"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog.config());
        auto problems
            = [&dialog] { return dialog.findChild<QLabel *>(QStringLiteral("problems"))->text(); };
        QVERIFY2(problems().contains(QStringLiteral("Maker fee (resting orders): '0.5'")),
            qPrintable(problems()));
        dialog.amountField(QStringLiteral("makerFeeBps"))->setText(QStringLiteral("0,5"));
        dialog.amountField(QStringLiteral("participationPercent"))->setText(QStringLiteral("150"));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(problems().contains(QStringLiteral("participation must be between 0 and 100")),
            qPrintable(problems()));
        dialog.amountField(QStringLiteral("participationPercent"))->setText(QStringLiteral("10"));
        wanted.makerFeeBps = *Decimal::parse("0.5");
        QCOMPARE(*dialog.config(), wanted);

        // The window keeps it and tells the engine, now and at the next start.
        {
            MainWindow window(instruments(), QStringLiteral("Test"));
            QCOMPARE(window.broker(), BrokerConfig {});
            Engine engine(instruments());
            connectWindowToEngine(window, &engine, true);
            QCOMPARE(engine.trader().broker().config(), BrokerConfig {});
            window.setBroker(wanted);
            QCOMPARE(engine.trader().broker().config(), wanted);
        }
        MainWindow window(instruments(), QStringLiteral("Test"));
        QCOMPARE(window.broker(), wanted);
        Engine engine(instruments());
        connectWindowToEngine(window, &engine, true);
        QCOMPARE(engine.trader().broker().config(), wanted);

        // Saved settings that no longer read: the defaults, and a warning naming the field.
        Settings::broker.setValue(QByteArray(R"({"takerFeeBps": "cheap"})"));
        MainWindow damaged(instruments(), QStringLiteral("Test"));
        QCOMPARE(damaged.broker(), BrokerConfig {});
        QSignalSpy found(&damaged, &MainWindow::problemsFound);
        damaged.announceSettings();
        QCOMPARE(found.size(), 1);
        const auto alerts = found.constFirst().constFirst().value<AlertList>();
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts[0].severity, AlertSeverity::Warning);
        QVERIFY2(
            alerts[0].text.contains(QStringLiteral("takerFeeBps")), qPrintable(alerts[0].text));
        Settings::broker.setValue(QByteArray());
    }

    void theChartShownComesBack()
    {
        InstrumentList two = instruments();
        two.append({ QStringLiteral("ETHUSDT"), *Decimal::parse("0.01"), *Decimal::parse("0.01") });
        {
            MainWindow window(two, QStringLiteral("Test"));
            window.showChart(1, Timeframe::fromSeconds(3600));
        }
        MainWindow window(two, QStringLiteral("Test"));
        QCOMPARE(window.chartSymbol(), 1u);
        QCOMPARE(window.chartTimeframe(), Timeframe::fromSeconds(3600));
        // No ETHUSDT here: the first instrument's chart, and an alert saying so.
        MainWindow other(instruments(), QStringLiteral("Test"));
        QSignalSpy found(&other, &MainWindow::problemsFound);
        other.announceSettings();
        QCOMPARE(other.chartSymbol(), 0u);
        QCOMPARE(other.chartTimeframe(), Timeframe::fromSeconds(3600));
        QCOMPARE(found.size(), 1);
        const auto alerts = found.constFirst().constFirst().value<AlertList>();
        QVERIFY(std::any_of(alerts.cbegin(), alerts.cend(),
            [](const Alert &a) { return a.text.contains(QStringLiteral("ETHUSDT")); }));
    }

    void acknowledgeCopyAndClearTheAlerts()
    {
        AlertsModel alerts;
        QSignalSpy count(&alerts, &AlertsModel::unacknowledgedChanged);
        alerts.add({ { 1'704'067'200'000, AlertSeverity::Warning, QStringLiteral("feed"),
                         QStringLiteral("binance: stale") },
            { 1'704'067'201'000, AlertSeverity::Critical, QStringLiteral("risk"),
                QStringLiteral("HALTED") } });
        QCOMPARE(alerts.unacknowledged(), 2);
        QVERIFY(alerts.data(alerts.index(0, 3), Qt::FontRole).value<QFont>().bold());
        QCOMPARE(alerts.toText({ 0, 1 }),
            QStringLiteral("2024-01-01T00:00:01.000Z\tcritical\trisk\tHALTED\n"
                           "2024-01-01T00:00:00.000Z\twarning\tfeed\tbinance: stale"));
        alerts.acknowledgeAll();
        QCOMPARE(alerts.unacknowledged(), 0);
        QVERIFY(!alerts.data(alerts.index(0, 3), Qt::FontRole).isValid());
        alerts.clear();
        QCOMPARE(alerts.rowCount(), 0);
        QCOMPARE(count.constLast().constFirst().toInt(), 0);
    }

    void theLightThemeRecoloursTheCharts()
    {
        applyTheme(*qApp, Theme::Light);
        QCOMPARE(ChartColors::Background, QColor(Qt::white));
        QVERIFY(qApp->palette().color(QPalette::Window).lightness() > 200);
        applyTheme(*qApp, Theme::Dark);
        QVERIFY(ChartColors::Background.lightness() < 50);
        QCOMPARE(themeFromKey(QStringLiteral("light")), Theme::Light);
        QCOMPARE(themeFromKey(QStringLiteral("neon")), Theme::Dark);
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
