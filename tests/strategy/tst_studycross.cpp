#include "../common/TalibData.h"
#include "indicators/Rsi.h"
#include "strategy/StrategyConfig.h"
#include "strategy/StrategyRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace kairos;

// The generic rule "a study crosses another study or a level".
namespace {

RuleConfig cross(const QString &study, const QString &crosses, int direction = 0)
{
    RuleConfig config = RuleConfig::make(RuleKind::StudyCross);
    config.texts[QStringLiteral("study")] = study;
    config.texts[QStringLiteral("crosses")] = crosses;
    config.parameters[QStringLiteral("direction")] = direction;
    return config;
}

struct Hit
{
    qsizetype index;
    RuleHit hit;
};

QList<Hit> run(SignalRule &rule, const CandleList &candles, qsizetype from = 0, qsizetype to = -1)
{
    QList<Hit> hits;
    for (qsizetype i = from; i < (to < 0 ? candles.size() : to); ++i) {
        if (auto hit = rule.update(candles[i]))
            hits.append({ i, *hit });
    }
    return hits;
}

QList<Hit> run(const RuleConfig &config, const CandleList &candles, int decimals = 2,
    const QLocale &locale = QLocale::c())
{
    const auto rule = SignalRule::create(config, decimals);
    rule->setLocale(locale);
    return run(*rule, candles);
}

// Indexes and sides must be the same.
void compareHits(const QList<Hit> &actual, const QList<Hit> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        QCOMPARE(actual[i].index, expected[i].index);
        QCOMPARE(actual[i].hit.side, expected[i].hit.side);
    }
}

} // namespace

class TestStudyCross : public QObject
{
    Q_OBJECT

private slots:
    void anEmaCrossIsTheMovingAverageRule()
    {
        const CandleList candles = testing::loadTalibCandles(QStringLiteral("trend"));
        RuleConfig average = RuleConfig::make(RuleKind::MovingAverageCross);
        average.parameters[QStringLiteral("fast")] = 5;
        average.parameters[QStringLiteral("slow")] = 13;
        average.parameters[QStringLiteral("exponential")] = 1;
        const auto expected = run(average, candles);
        QVERIFY(expected.size() > 50);
        const auto hits = run(cross(QStringLiteral("ema:5"), QStringLiteral("ema:13")), candles);
        compareHits(hits, expected);
        QVERIFY2(hits.first().hit.reason.startsWith(QStringLiteral("ema:5 crossed ")),
            qPrintable(hits.first().hit.reason));
        for (const Hit &h : hits)
            QVERIFY(h.hit.confidence >= 0.5 && h.hit.confidence <= 1.0);
    }

    void macdAgainstItsSignalIsTheMacdRule()
    {
        // A study of several outputs crosses with its first unless .part
        // names another.
        const CandleList candles = testing::loadTalibCandles(QStringLiteral("micro"));
        const auto expected = run(RuleConfig::make(RuleKind::MacdCross), candles, 8);
        QVERIFY(expected.size() > 50);
        compareHits(run(cross(QStringLiteral("macd"), QStringLiteral("macd.signal")), candles, 8),
            expected);
        compareHits(
            run(cross(QStringLiteral("macd:12:26:9.hist"), QStringLiteral("0")), candles, 8),
            expected);
    }

    void aLevelCrossFiresOncePerCrossingInItsDirection()
    {
        // RSI(14) rising through 30: a buy at each upward crossing, never
        // while it stays above, nothing on the way down.
        const CandleList candles = testing::loadTalibCandles(QStringLiteral("range"));
        Rsi rsi(14);
        QList<qsizetype> ups, downs;
        int state = 0;
        for (qsizetype i = 0; i < candles.size(); ++i) {
            const double value = rsi.update(candles[i].close.toDouble());
            if (std::isnan(value) || value == 30.0)
                continue;
            const int side = value > 30.0 ? 1 : -1;
            if (state != 0 && side != state)
                (side > 0 ? ups : downs) << i;
            state = side;
        }
        QVERIFY(ups.size() > 10);

        const auto up = run(cross(QStringLiteral("rsi:14"), QStringLiteral("30"), 1), candles);
        QCOMPARE(up.size(), ups.size());
        for (qsizetype i = 0; i < up.size(); ++i) {
            QCOMPARE(up[i].index, ups[i]);
            QCOMPARE(up[i].hit.side, Side::Buy);
        }
        QVERIFY2(up.first().hit.reason.startsWith(QStringLiteral("rsi:14 crossed above 30.0 (")),
            qPrintable(up.first().hit.reason));

        const auto down = run(cross(QStringLiteral("rsi:14"), QStringLiteral("30"), -1), candles);
        QCOMPARE(down.size(), downs.size());
        for (const Hit &h : down)
            QCOMPARE(h.hit.side, Side::Sell);
        QCOMPARE(run(cross(QStringLiteral("rsi:14"), QStringLiteral("30")), candles).size(),
            ups.size() + downs.size());
    }

    void reasonsAreWrittenInTheTradersLanguage()
    {
        const CandleList candles = testing::loadTalibCandles(QStringLiteral("trend"));
        const auto hits = run(cross(QStringLiteral("sma:5"), QStringLiteral("64500")), candles, 2,
            QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(!hits.isEmpty());
        QVERIFY2(hits.first().hit.reason.contains(QStringLiteral("64.500,00")),
            qPrintable(hits.first().hit.reason));
    }

    void aRestoredRuleFiresAsOneThatNeverStopped()
    {
        const CandleList candles = testing::loadTalibCandles(QStringLiteral("forex"));
        const RuleConfig config = cross(QStringLiteral("kama:10"), QStringLiteral("sar"));
        const auto whole = run(config, candles, 5);
        QVERIFY(whole.size() > 20);
        for (qsizetype cut : { 5, 700 }) {
            const auto first = SignalRule::create(config, 5);
            auto hits = run(*first, candles, 0, cut);
            QByteArray bytes;
            {
                QDataStream out(&bytes, QIODevice::WriteOnly);
                first->save(out);
            }
            const auto second = SignalRule::create(config, 5);
            QDataStream in(bytes);
            QVERIFY(second->load(in));
            QVERIFY(in.atEnd());
            hits << run(*second, candles, cut);
            compareHits(hits, whole);
            const auto truncated = SignalRule::create(config, 5);
            QDataStream cutShort(bytes.left(bytes.size() - 1));
            QVERIFY(!truncated->load(cutShort));
        }
    }

    void theRuleIsDataInTheStrategyJson()
    {
        StrategyConfig strategy = StrategyConfig::standard();
        QCOMPARE(strategy.rules.size(), 4); // the standard set stays the four
        strategy.rules << cross(
            QStringLiteral("bb:20:2.upper"), QStringLiteral("keltner.upper"), 1);
        QVERIFY(strategy.validate().isEmpty());
        const QJsonObject json = strategy.toJson();
        const QJsonObject rule = json[QStringLiteral("rules")].toArray().last().toObject();
        QCOMPARE(rule[QStringLiteral("kind")].toString(), QStringLiteral("study_cross"));
        const QJsonObject parameters = rule[QStringLiteral("parameters")].toObject();
        QCOMPARE(parameters[QStringLiteral("study")].toString(), QStringLiteral("bb:20:2.upper"));
        QCOMPARE(parameters[QStringLiteral("crosses")].toString(), QStringLiteral("keltner.upper"));
        QCOMPARE(parameters[QStringLiteral("direction")].toDouble(), 1.0);
        const auto back = StrategyConfig::fromJson(
            QJsonDocument::fromJson(QJsonDocument(json).toJson()).object());
        QVERIFY(back);
        QCOMPARE(*back, strategy);
        QCOMPARE(back->rules.last().summary(), QStringLiteral("bb:20:2.upper × keltner.upper ↑"));

        // A number where a SPEC goes is an error, as is an unknown study.
        QJsonObject wrongType = rule;
        QJsonObject p = parameters;
        p[QStringLiteral("study")] = 14;
        wrongType[QStringLiteral("parameters")] = p;
        QString error;
        QVERIFY(!RuleConfig::fromJson(wrongType, &error));
        QVERIFY2(error.contains(QStringLiteral("parameters.study: expected a string")),
            qPrintable(error));
    }

    void badStudiesAreExplained_data()
    {
        QTest::addColumn<QString>("study");
        QTest::addColumn<QString>("crosses");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown study")
            << QStringLiteral("emma:9") << QStringLiteral("ema:21")
            << QStringLiteral("study 'emma:9': no study is named 'emma'");
        QTest::newRow("bad other side")
            << QStringLiteral("ema:9") << QStringLiteral("thirty")
            << QStringLiteral("study 'thirty': no study is named 'thirty'");
        QTest::newRow("bad period") << QStringLiteral("rsi:1") << QStringLiteral("30")
                                    << QStringLiteral("period must be between 2 and 1000, not 1");
        QTest::newRow("empty") << QString() << QStringLiteral("30") << QStringLiteral("study ''");
    }
    void badStudiesAreExplained()
    {
        QFETCH(QString, study);
        QFETCH(QString, crosses);
        QFETCH(QString, message);
        const RuleConfig config = cross(study, crosses);
        const QStringList errors = config.validate();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(message), qPrintable(errors.first()));
        // Created anyway (a stored strategy is not re-validated everywhere),
        // it never fires.
        QVERIFY(run(config, testing::loadTalibCandles(QStringLiteral("range"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStudyCross)
#include "tst_studycross.moc"
