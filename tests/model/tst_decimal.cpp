#include "model/Decimal.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>

#include <cstdio>
#include <limits>

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

    // operator+ and operator- wrapped (undefined behaviour) on overflow; now
    // the process stops, naming the operands. Checked in a child process.
    void overflowStopsTheProcess()
    {
        if (qEnvironmentVariableIsSet("KAIROS_DECIMAL_OVERFLOW_CHILD")) {
            const Decimal max = Decimal::fromUnits(std::numeric_limits<std::int64_t>::max());
            const Decimal sum = max + Decimal::fromUnits(1);
            std::printf("survived: %lld\n", static_cast<long long>(sum.units()));
            return;
        }
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KAIROS_DECIMAL_OVERFLOW_CHILD"), QStringLiteral("1"));
        // The abort is the point: no sanitizer report or core dump wanted.
        env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("handle_abort=0:detect_leaks=0"));
        child.setProcessEnvironment(env);
        child.start(
            QCoreApplication::applicationFilePath(), { QStringLiteral("overflowStopsTheProcess") });
        QVERIFY(child.waitForFinished(60'000));
        const QByteArray output = child.readAllStandardOutput() + child.readAllStandardError();
        QVERIFY2(
            child.exitStatus() == QProcess::CrashExit || child.exitCode() != 0, output.constData());
        QVERIFY2(output.contains("Decimal overflow: 92233720368.54775807 + 0.00000001"),
            output.constData());
        QVERIFY(!output.contains("survived"));
        // Every edge that fits still adds and negates.
        const Decimal max = Decimal::fromUnits(std::numeric_limits<std::int64_t>::max());
        QCOMPARE((max - max).units(), 0);
        QCOMPARE((-max).units(), -std::numeric_limits<std::int64_t>::max());
        QCOMPARE((-max - Decimal::fromUnits(1)).units(), std::numeric_limits<std::int64_t>::min());
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

    void mulDiv()
    {
        const Decimal price = *Decimal::parse("64250.12");
        const Decimal quantity = *Decimal::parse("0.00123");
        QCOMPARE(Decimal::product(price, quantity)->toString(), QStringLiteral("79.0276476"));
        QCOMPARE(Decimal::product(-price, quantity)->toString(), QStringLiteral("-79.0276476"));
        // Half a unit rounds away from zero, less than half rounds toward it.
        QCOMPARE(Decimal::mulDiv(Decimal::fromUnits(1), Decimal::fromUnits(1), 2)->units(), 1);
        QCOMPARE(Decimal::mulDiv(Decimal::fromUnits(-1), Decimal::fromUnits(1), 2)->units(), -1);
        QCOMPARE(Decimal::mulDiv(Decimal::fromUnits(1), Decimal::fromUnits(1), 3)->units(), 0);
        QCOMPARE(Decimal::mulDiv(Decimal::fromUnits(2), Decimal::fromUnits(1), 3)->units(), 1);
        // Away from zero: any remainder at all, never an exact result.
        constexpr auto away = Decimal::Rounding::AwayFromZero;
        QCOMPARE(
            Decimal::mulDiv(Decimal::fromUnits(1), Decimal::fromUnits(1), 3, away)->units(), 1);
        QCOMPARE(
            Decimal::mulDiv(Decimal::fromUnits(-1), Decimal::fromUnits(1), 3, away)->units(), -1);
        QCOMPARE(
            Decimal::mulDiv(Decimal::fromUnits(6), Decimal::fromUnits(1), 3, away)->units(), 2);
        QVERIFY(!Decimal::mulDiv(price, price, 1).has_value()); // does not fit
        QVERIFY(!Decimal::mulDiv(price, price, 0).has_value());
        // Large intermediate products stay exact.
        const Decimal big = Decimal::fromUnits(std::numeric_limits<qint64>::max());
        QCOMPARE(
            Decimal::mulDiv(big, big, std::uint64_t(std::numeric_limits<qint64>::max()))->units(),
            std::numeric_limits<qint64>::max());
    }

#ifdef __SIZEOF_INT128__
    void mulDivAgreesWithInt128()
    {
        __extension__ typedef __int128 Int128; // the reference, where the compiler has one
        std::uint64_t state = 42;
        auto next = [&state] {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            return state;
        };
        for (int i = 0; i < 200'000; ++i) {
            const auto a = qint64(next() >> (next() % 40 + 1)) * (next() % 2 ? 1 : -1);
            const auto b = qint64(next() >> (next() % 40 + 24));
            const std::uint64_t d = (next() >> (next() % 60 + 1)) | 1;
            const Int128 p = Int128(a) * b;
            const Int128 magnitude = p < 0 ? -p : p;
            Int128 q = magnitude / d;
            if (2 * (magnitude % d) >= Int128(d))
                ++q;
            if (q > std::numeric_limits<qint64>::max()) {
                QVERIFY(!Decimal::mulDiv(Decimal::fromUnits(a), Decimal::fromUnits(b), d));
                continue;
            }
            const qint64 expected = p < 0 ? -qint64(q) : qint64(q);
            QCOMPARE(Decimal::mulDiv(Decimal::fromUnits(a), Decimal::fromUnits(b), d)->units(),
                expected);
        }
    }
#endif

    void fromDoubleRounds()
    {
        QCOMPARE(Decimal::fromDouble(0.1).units(), qint64(10'000'000));
        QCOMPARE(Decimal::fromDouble(64250.12345678).units(), qint64(6'425'012'345'678));
    }
};

QTEST_GUILESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
