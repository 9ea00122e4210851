#include "model/InstrumentRules.h"
#include "panels/WatchlistModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace kairos;

class TestWatchlistModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsAndUpdates()
    {
        WatchlistModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        InstrumentList instruments(2);
        instruments[0].symbol = QStringLiteral("BTCUSDT");
        instruments[0].priceIncrement = *Decimal::parse("0.01");
        instruments[1].symbol = QStringLiteral("XRPUSDT");
        instruments[1].priceIncrement = *Decimal::parse("0.0001");
        model.setInstruments(instruments);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.index(1, WatchlistModel::SymbolColumn).data().toString(),
            QStringLiteral("XRPUSDT"));
        QCOMPARE(model.index(0, WatchlistModel::LastColumn).data().toString(), QString());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        WatchRow row;
        row.symbol = 1;
        row.last = *Decimal::parse("0.5"); // 0.5 from 0.4: +25 %
        row.dayOpen = *Decimal::parse("0.4");
        model.applyRows({ row });
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.changePercent(1).value(), 25.0);
        QCOMPARE(model.index(1, WatchlistModel::LastColumn).data().toString(),
            QLocale().toString(0.5, 'f', 4));
        QCOMPARE(
            model.index(1, WatchlistModel::ChangeColumn).data(Qt::ForegroundRole).value<QColor>(),
            QColor(0x26, 0xa6, 0x9a));

        model.applyRows({ row }); // unchanged: no signal
        QCOMPARE(changed.count(), 1);
        row.symbol = 9; // unknown: ignored
        model.applyRows({ row });
        QCOMPARE(changed.count(), 1);
    }

    void decimals()
    {
        const auto decimalsOf = [](Decimal tick) {
            Instrument instrument;
            instrument.priceIncrement = tick;
            return InstrumentRules::priceDecimals(instrument);
        };
        QCOMPARE(decimalsOf(*Decimal::parse("0.01")), 2);
        QCOMPARE(decimalsOf(*Decimal::parse("1")), 0);
        QCOMPARE(decimalsOf(*Decimal::parse("0.00001")), 5);
        QCOMPARE(decimalsOf(Decimal()), 8);
    }
};

QTEST_MAIN(TestWatchlistModel)
#include "tst_watchlistmodel.moc"
