#include "TradingOptions.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace kairos {

namespace {

std::optional<QJsonObject> readJson(const QString &path, QString &error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = file.errorString();
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        error = parse.error != QJsonParseError::NoError
            ? QStringLiteral("%1 at offset %2").arg(parse.errorString()).arg(parse.offset)
            : QStringLiteral("expected a JSON object");
        return std::nullopt;
    }
    return doc.object();
}

} // namespace

TradingOptions::TradingOptions()
    : m_risk(QStringLiteral("risk"),
        tr("Risk limits JSON (the fields of the Risk limits dialog; an optional \"broker\" "
           "object sets slippageBps, makerFeeBps, takerFeeBps, latencyMs, participationPercent)."),
        tr("FILE"))
    , m_strategy(QStringLiteral("strategy"), tr("Strategy JSON."), tr("FILE"))
    , m_cash(QStringLiteral("cash"),
          tr("The paper account's starting cash (default 100000; with --db, what the session "
             "holds)."),
          tr("AMOUNT"))
{ }

void TradingOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({ m_risk, m_strategy, m_cash });
}

void TradingOptions::read(const QCommandLineParser &parser, QStringList &problems)
{
    if (parser.isSet(m_risk)) {
        QString error;
        auto json = readJson(parser.value(m_risk), error);
        if (!json) {
            problems << tr("--risk %1: %2").arg(parser.value(m_risk), error);
        } else {
            if (json->contains(QStringLiteral("broker"))
                && !json->value(QStringLiteral("broker")).isObject()) {
                problems << tr("--risk broker: expected an object of slippageBps, makerFeeBps, "
                               "takerFeeBps, latencyMs, participationPercent");
                json->remove(QStringLiteral("broker"));
            } else if (json->contains(QStringLiteral("broker"))) {
                QStringList errors;
                if (auto b = BrokerConfig::fromJson(
                        json->value(QStringLiteral("broker")).toObject(), &errors))
                    broker = *b;
                for (const QString &e : errors)
                    problems << tr("--risk broker.%1").arg(e);
                json->remove(QStringLiteral("broker"));
            }
            QStringList errors;
            if (auto l = RiskLimits::fromJson(*json, &errors))
                limits = *l;
            for (const QString &e : errors)
                problems << tr("--risk %1").arg(e);
        }
    }
    if (parser.isSet(m_cash)) {
        initialCash = Decimal::parse(parser.value(m_cash).toUtf8());
        if (!initialCash || *initialCash <= Decimal())
            problems << tr("--cash '%1' is not a positive amount").arg(parser.value(m_cash));
    }
    if (parser.isSet(m_strategy)) {
        QString error;
        const auto json = readJson(parser.value(m_strategy), error);
        const auto parsed = json ? StrategyConfig::fromJson(*json, &error) : std::nullopt;
        if (parsed)
            strategy = *parsed;
        else
            problems << tr("--strategy %1").arg(error);
    }
}

} // namespace kairos
