#include "model/Decimal.h"

#include <QTest>

using kairos::Decimal;

class TestDecimal : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("units");
        QTest::newRow("integer") << QByteArray("123") << qint64(12'300'000'000);
        QTest::newRow("decimal") << QByteArray("123.45") << qint64(12'345'000'000);
        QTest::newRow("negative") << QByteArray("-0.5") << qint64(-50'000'000);
        QTest::newRow("plus") << QByteArray("+2") << qint64(200'000'000);
        QTest::newRow("leading point") << QByteArray(".25") << qint64(25'000'000);
        QTest::newRow("trailing point") << QByteArray("7.") << qint64(700'000'000);
        QTest::newRow("smallest unit") << QByteArray("0.00000001") << qint64(1);
        QTest::newRow("trailing zeros past 8")
            << QByteArray("1.0000000000000") << qint64(100'000'000);
        QTest::newRow("exponent") << QByteArray("1.5e-3") << qint64(150'000);
        QTest::newRow("exponent upper") << QByteArray("2E2") << qint64(20'000'000'000);
        QTest::newRow("spaces") << QByteArray("  42  ") << qint64(4'200'000'000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("largest") << QByteArray("92233720368.54775807")
                                 << qint64(9'223'372'036'854'775'807);
    }
    void parse()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, units);
        const auto d = Decimal::parse(text);
        QVERIFY2(d.has_value(), text.constData());
        QCOMPARE(d->units(), units);
    }

    void parseRejects_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("error");
        using E = Decimal::ParseError;
        QTest::newRow("empty") << QByteArray("") << int(E::Empty);
        QTest::newRow("blank") << QByteArray("   ") << int(E::Empty);
        QTest::newRow("letters") << QByteArray("abc") << int(E::Syntax);
        QTest::newRow("two points") << QByteArray("1.2.3") << int(E::Syntax);
        QTest::newRow("sign only") << QByteArray("-") << int(E::Syntax);
        QTest::newRow("trailing garbage") << QByteArray("12x") << int(E::Syntax);
        QTest::newRow("exponent without digits") << QByteArray("1e") << int(E::Syntax);
        QTest::newRow("nan") << QByteArray("nan") << int(E::Syntax);
        QTest::newRow("nine decimals") << QByteArray("1.000000001") << int(E::TooPrecise);
        QTest::newRow("tiny exponent") << QByteArray("1e-9") << int(E::TooPrecise);
        QTest::newRow("too large") << QByteArray("92233720368.54775808") << int(E::OutOfRange);
        QTest::newRow("huge exponent") << QByteArray("1e30") << int(E::OutOfRange);
        QTest::newRow("many digits")
            << QByteArray("123456789012345678901234567890") << int(E::OutOfRange);
    }
    void parseRejects()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, error);
        Decimal::ParseError actual = Decimal::ParseError::None;
        QVERIFY(!Decimal::parse(text, &actual).has_value());
        QCOMPARE(int(actual), error);
        QVERIFY(!Decimal::errorText(actual).isEmpty());
    }

    void format_data()
    {
        QTest::addColumn<qint64>("units");
        QTest::addColumn<QString>("text");
        QTest::newRow("whole") << qint64(700'000'000) << QStringLiteral("7");
        QTest::newRow("fraction") << qint64(12'345'000'000) << QStringLiteral("123.45");
        QTest::newRow("unit") << qint64(1) << QStringLiteral("0.00000001");
        QTest::newRow("negative") << qint64(-150'000'000) << QStringLiteral("-1.5");
        QTest::newRow("min") << std::numeric_limits<qint64>::min()
                             << QStringLiteral("-92233720368.54775808");
    }
    void format()
    {
        QFETCH(qint64, units);
        QFETCH(QString, text);
        QCOMPARE(Decimal::fromUnits(units).toString(), text);
    }

    void roundTrip()
    {
        for (qint64 units : { qint64(0), qint64(1), qint64(-1), qint64(123456789012345),
                 std::numeric_limits<qint64>::max() }) {
            const Decimal d = Decimal::fromUnits(units);
            QCOMPARE(Decimal::parse(d.toString().toLatin1())->units(), units);
        }
    }

    void tryAddDetectsOverflow()
    {
        Decimal d = Decimal::fromUnits(std::numeric_limits<qint64>::max() - 5);
        QVERIFY(d.tryAdd(Decimal::fromUnits(5)));
        QCOMPARE(d.units(), std::numeric_limits<qint64>::max());
        QVERIFY(!d.tryAdd(Decimal::fromUnits(1)));
        QCOMPARE(d.units(), std::numeric_limits<qint64>::max()); // unchanged on failure
        Decimal low = Decimal::fromUnits(std::numeric_limits<qint64>::min() + 1);
        QVERIFY(!low.tryAdd(Decimal::fromUnits(-2)));
    }

    void sumsDoNotDrift()
    {
        // 0.1 ten million times is exactly one million: no accumulated rounding.
        Decimal sum;
        const Decimal tenth = *Decimal::parse("0.1");
        for (int i = 0; i < 10'000'000; ++i)
            sum += tenth;
        QCOMPARE(sum, Decimal::fromInteger(1'000'000));
    }

    void fromDoubleRounds()
    {
        QCOMPARE(Decimal::fromDouble(0.1).units(), qint64(10'000'000));
        QCOMPARE(Decimal::fromDouble(64250.12345678).units(), qint64(6'425'012'345'678));
    }
};

QTEST_APPLESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
