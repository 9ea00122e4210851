#include "execution/TradesCsvWriter.h"

#include <QBuffer>
#include <QTest>

using namespace kairos;

class TestTradesCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesTheTradesFormat()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            TradesCsvWriter writer(&buffer);
            Fill f;
            f.time = 1'709'294'400'250;
            f.side = Side::Sell;
            f.quantity = *Decimal::parse("0.5");
            f.price = *Decimal::parse("64000.1");
            f.fee = *Decimal::parse("0.016");
            f.realizedPnl = *Decimal::parse("-12.5");
            f.orderId = 7;
            f.clientOrderId = QStringLiteral("sig:BTCUSDT:MACD(12,26,9):1709294400000");
            f.reason = QStringLiteral("=HYPERLINK(\"x\") say \"hi\"");
            writer.write(f, QStringLiteral("BTCUSDT"));
            f.reason = QStringLiteral("@risk");
            f.clientOrderId = QStringLiteral("+1");
            writer.write(f, QStringLiteral("-X"));
        }
        const QList<QByteArray> lines = buffer.data().split('\n');
        QCOMPARE(lines[0],
            QByteArray("time,symbol,side,quantity,price,fee,realized_pnl,order_id,client_order_id,"
                       "reason"));
        QCOMPARE(lines[1],
            QByteArray("2024-03-01T12:00:00.250Z,BTCUSDT,SELL,0.5,64000.1,0.016,-12.5,7,"
                       "\"sig:BTCUSDT:MACD(12,26,9):1709294400000\","
                       "\"'=HYPERLINK(\"\"x\"\") say \"\"hi\"\"\""));
        // Text that a spreadsheet would run as a formula is guarded; numbers are not.
        QCOMPARE(lines[2],
            QByteArray("2024-03-01T12:00:00.250Z,'-X,SELL,0.5,64000.1,0.016,-12.5,7,'+1,'@risk"));
    }
};

QTEST_APPLESS_MAIN(TestTradesCsvWriter)
#include "tst_tradescsvwriter.moc"
