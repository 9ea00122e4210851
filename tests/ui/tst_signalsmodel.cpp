#include "panels/SignalsModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace kairos;

class TestSignalsModel : public QObject
{
    Q_OBJECT

private slots:
    void newestFirstAndBounded()
    {
        InstrumentList instruments(1);
        instruments[0].symbol = QStringLiteral("BTCUSDT");
        SignalsModel model(instruments);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SignalList batch;
        for (int i = 0; i < 3; ++i) {
            Signal s;
            s.time = 1'709'251'200'000 + i * 60'000;
            s.side = i % 2 ? Side::Sell : Side::Buy;
            s.timeframe = Timeframe::fromSeconds(60);
            s.reason = QStringLiteral("reason %1").arg(i);
            batch.append(s);
        }
        model.prepend(batch);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.itemAt(0).reason, QStringLiteral("reason 2")); // newest first
        QCOMPARE(model.index(0, SignalsModel::SymbolColumn).data().toString(),
            QStringLiteral("BTCUSDT 1m"));
        QCOMPARE(model.index(0, SignalsModel::ReasonColumn).data().toString(),
            QStringLiteral("reason 2"));
        QCOMPARE(model.index(0, SignalsModel::TimeColumn).data().toString(),
            QStringLiteral("2024-03-01 00:02"));

        SignalList many(SignalsModel::MaxRows + 10, batch[0]);
        model.prepend(many);
        QCOMPARE(model.rowCount(), SignalsModel::MaxRows);
        model.prepend({});
        QCOMPARE(model.rowCount(), SignalsModel::MaxRows);
    }
};

QTEST_MAIN(TestSignalsModel)
#include "tst_signalsmodel.moc"
