// Amounts in the chosen language: read exactly, shown to an instrument's
// decimals, never "-0.00", never "0.5" read as 5 where "." groups thousands.
#include "model/LocaleDecimal.h"

#include <QTest>

#include <limits>

using namespace kairos;

namespace {

const QLocale German(QLocale::German, QLocale::Germany);
const QLocale English(QLocale::English, QLocale::UnitedStates);

Decimal d(const char *text)
{
    return *Decimal::parse(text);
}

} // namespace

class TestLocaleDecimal : public QObject
{
    Q_OBJECT

private slots:
    void displaysToTheStepExactly()
    {
        QCOMPARE(LocaleDecimal::display(d("63764.395802"), d("0.01"), English),
            QStringLiteral("63,764.40"));
        QCOMPARE(LocaleDecimal::display(d("63764.395802"), d("0.01"), German),
            QStringLiteral("63.764,40"));
        QCOMPARE(LocaleDecimal::display(d("-0.004"), d("0.01"), German), QStringLiteral("0,00"));
        QCOMPARE(LocaleDecimal::display(d("-0.005"), d("0.01"), German), QStringLiteral("-0,01"));
        QCOMPARE(LocaleDecimal::display(d("0.00001234"), d("0.00000001"), English),
            QStringLiteral("0.00001234"));
        QCOMPARE(LocaleDecimal::display(d("90000000000"), d("1"), German),
            QStringLiteral("90.000.000.000"));
        QCOMPARE(LocaleDecimal::display(d("1.5"), Decimal(), German), QStringLiteral("1,5"));
        QCOMPARE(LocaleDecimal::display(Decimal(), Decimal(), German), QStringLiteral("0"));
        // The edges of the type, without overflow.
        const Decimal lowest = Decimal::fromUnits(std::numeric_limits<std::int64_t>::min());
        QCOMPARE(LocaleDecimal::display(lowest, d("0.01"), English),
            QStringLiteral("-92,233,720,368.55"));
    }

    // A day of SHIB's volume, beyond what a Decimal holds, grouped and
    // rounded the same way.
    void displaysVolumesBeyondADecimal()
    {
        const Volume volume = *Volume::parse("12345678901234.56789");
        QCOMPARE(LocaleDecimal::display(volume, Decimal(), German),
            QStringLiteral("12.345.678.901.234,56789"));
        QCOMPARE(
            LocaleDecimal::display(volume, d("1"), English), QStringLiteral("12,345,678,901,235"));
        QCOMPARE(LocaleDecimal::display(volume, d("0.01"), English),
            QStringLiteral("12,345,678,901,234.57"));
        const Volume nines = *Volume::parse("99999999999999.995");
        QCOMPARE(LocaleDecimal::display(nines, d("0.01"), German),
            QStringLiteral("100.000.000.000.000,00"));
        QCOMPARE(LocaleDecimal::display(Volume::of(d("1234.5")), d("1"), German),
            QStringLiteral("1.235"));
    }

    void readsWhatItShows()
    {
        QString why;
        for (const char *text : { "1.5", "-0.00001234", "92233720368.54775807", "0" }) {
            const Decimal value = d(text);
            for (const QLocale &locale : { German, English, QLocale::c() }) {
                const auto back
                    = LocaleDecimal::parse(LocaleDecimal::toString(value, locale), &why, locale);
                QVERIFY2(back && *back == value, qPrintable(why));
                const auto shown = LocaleDecimal::parse(
                    LocaleDecimal::display(value, Decimal(), locale), &why, locale);
                QVERIFY2(shown && *shown == value, qPrintable(why));
            }
        }
    }

    void refusesAmbiguousSeparators()
    {
        QString why;
        QCOMPARE(*LocaleDecimal::parse(QStringLiteral("0,5"), &why, German), d("0.5"));
        QCOMPARE(
            *LocaleDecimal::parse(QStringLiteral("1.234.567,8"), &why, German), d("1234567.8"));
        QCOMPARE(*LocaleDecimal::parse(QStringLiteral("1,234.5"), &why, English), d("1234.5"));
        for (const char *text : { "0.5", "12.34,5", "1,5,0", ".5" }) {
            QVERIFY(!LocaleDecimal::parse(QString::fromUtf8(text), &why, German));
            QVERIFY2(why.contains(QStringLiteral("write ',' for decimals")), qPrintable(why));
        }
        QVERIFY(!LocaleDecimal::parse(QStringLiteral("0,5"), &why, English));
        QVERIFY(!LocaleDecimal::parse(QStringLiteral("abc"), &why, German));
        QVERIFY(!LocaleDecimal::parse(QStringLiteral("0,123456789"), &why, German)); // 9 places
        QVERIFY(!why.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestLocaleDecimal)
#include "tst_localedecimal.moc"
