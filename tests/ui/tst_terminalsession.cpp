// A terminal on each kind of feed, the Feed dialog's checks, and the
// replay toolbar driving a real replay through the engine into the window.
#include "TerminalSession.h"
#include "chart/CandleChart.h"
#include "dialogs/FeedDialog.h"
#include "panels/ReplayToolBar.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kairos;

namespace {

constexpr qint64 T0 = 1'704'067'200'000;

// Ten minutes of trades, one every 5 s.
QString ticksFile(const QTemporaryDir &dir)
{
    QFile file(dir.filePath(QStringLiteral("btc.csv")));
    file.open(QIODevice::WriteOnly);
    file.write("time,price,quantity\n");
    for (int i = 0; i < 120; ++i)
        file.write(QByteArray::number(T0 + i * 5000) + ',' + QByteArray::number(100 + i % 7)
            + ".25,0.5\n");
    return file.fileName();
}

bool okEnabled(const FeedDialog &dialog)
{
    const auto *problems = dialog.findChild<QLabel *>(QStringLiteral("problems"));
    return problems && problems->text().isEmpty();
}

QString problems(const FeedDialog &dialog)
{
    return dialog.findChild<QLabel *>(QStringLiteral("problems"))->text();
}

} // namespace

class TestTerminalSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theFeedDialogChecksEveryField()
    {
        QTemporaryDir dir;
        FeedDialog dialog(FeedSpec {}, false);
        QVERIFY(okEnabled(dialog)); // the simulator needs nothing
        dialog.sourceBox()->setCurrentIndex(dialog.sourceBox()->findData(QStringLiteral("kraken")));
        QVERIFY(problems(dialog).contains(QStringLiteral("at least one pair")));
        dialog.pairsField()->setText(QStringLiteral("BTC/USD, ETHXYZ"));
        QVERIFY(problems(dialog).contains(QStringLiteral("BASE/QUOTE")));
        dialog.pairsField()->setText(QStringLiteral("BTC/USD, eth-usd"));
        QVERIFY(okEnabled(dialog));
        auto *ws = dialog.findChildren<QLineEdit *>().at(1);
        ws->setText(QStringLiteral("http://127.0.0.1:9"));
        QVERIFY(problems(dialog).contains(QStringLiteral("WebSocket URL")));
        ws->setText(QStringLiteral("ws://127.0.0.1:9"));
        QVERIFY(okEnabled(dialog));
        const FeedSpec venue = dialog.spec();
        QCOMPARE(venue.kind, FeedSpec::Kind::Venue);
        QCOMPARE(venue.venue.venue, QStringLiteral("kraken"));
        QCOMPARE(venue.venue.symbols.size(), 2);
        QCOMPARE(venue.venue.symbols[1].instrument(), QStringLiteral("ETHUSD"));
        QCOMPARE(venue.venue.baseUrl, QUrl(QStringLiteral("ws://127.0.0.1:9")));
        QCOMPARE(venue.toString(), QStringLiteral("kraken:BTC/USD,ETH/USD"));

        dialog.sourceBox()->setCurrentIndex(1); // replay
        QVERIFY(problems(dialog).contains(QStringLiteral("Choose a file")));
        dialog.fileField()->setText(dir.filePath(QStringLiteral("missing.csv")));
        QVERIFY(problems(dialog).contains(QStringLiteral("cannot be read")));
        dialog.fileField()->setText(ticksFile(dir));
        QVERIFY(okEnabled(dialog));
        QCOMPARE(dialog.spec().kind, FeedSpec::Kind::Replay);

        // It opens on what the window shows.
        FeedDialog again(venue, true);
        QCOMPARE(again.pairsField()->text(), QStringLiteral("BTC/USD, ETH/USD"));
        QVERIFY(again.recordTicks());
    }

    void aReplayIsDrivenFromTheToolbar()
    {
        QTemporaryDir dir;
        TerminalSession::Choice choice;
        choice.feed.kind = FeedSpec::Kind::Replay;
        choice.feed.replayPath = ticksFile(dir);
        choice.replaySpeed = 1.0;
        QString error;
        auto terminal = TerminalSession::create(choice, {}, &error);
        QVERIFY2(terminal, qPrintable(error));
        QVERIFY(!terminal->session()->storage()); // a replay runs in memory
        auto *bar = terminal->window()->findChild<ReplayToolBar *>();
        QVERIFY(bar);
        QSignalSpy rewind(terminal.get(), &TerminalSession::rewindRequested);
        terminal->show();
        QTRY_VERIFY(bar->positionText().contains(QStringLiteral("2024")));
        bar->playAction()->trigger(); // pause
        QTRY_COMPARE(bar->playAction()->text(), QStringLiteral("Play"));
        QVERIFY(bar->stepAction()->isEnabled());
        // Step: the chart's next minute completes.
        const int before = terminal->window()->chart()->candleCount();
        bar->stepAction()->trigger();
        QTRY_VERIFY(terminal->window()->chart()->candleCount() > before);
        // As fast as possible: the whole file.
        bar->speedBox()->setCurrentIndex(3);
        emit bar->speedRequested(0.0);
        bar->playAction()->trigger();
        QTRY_VERIFY(terminal->window()->chart()->candleCount() >= 10);
        // Back to the start asks for a new terminal.
        emit bar->seekRequested(T0);
        QTRY_COMPARE(rewind.size(), 1);
        QCOMPARE(rewind.constFirst().constFirst().toLongLong(), T0);
    }

    void aFeedThatCannotStartSaysWhy()
    {
        TerminalSession::Choice choice;
        choice.feed.kind = FeedSpec::Kind::Replay;
        choice.feed.replayPath = QStringLiteral("/nonexistent/ticks.csv");
        QString error;
        QVERIFY(!TerminalSession::create(choice, {}, &error));
        QVERIFY(error.contains(QStringLiteral("cannot read")));
    }

    void theWindowAsksForAnotherFeed()
    {
        TerminalSession::Environment environment;
        environment.simulator.symbols = SimulatorConfig::defaultSymbols(2);
        environment.simulator.startTime = T0;
        QString error;
        auto terminal = TerminalSession::create({}, environment, &error);
        QVERIFY(terminal);
        QSignalSpy asked(terminal.get(), &TerminalSession::feedChangeRequested);
        FeedSpec kraken;
        kraken.kind = FeedSpec::Kind::Venue;
        kraken.venue.venue = QStringLiteral("kraken");
        emit terminal->window()->feedChangeRequested(kraken, 1.0);
        QCOMPARE(asked.size(), 1);
        const auto chosen = asked.constFirst().constFirst().value<TerminalSession::Choice>();
        QCOMPARE(chosen.feed.venue.venue, QStringLiteral("kraken"));
    }
};

QTEST_MAIN(TestTerminalSession)
#include "tst_terminalsession.moc"
