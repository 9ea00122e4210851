#pragma once

#include "execution/BrokerConfig.h"
#include "risk/RiskLimits.h"
#include "strategy/StrategyConfig.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace kairos {

// --risk FILE, --strategy FILE and --cash AMOUNT, as backtest and run read them.
class TradingOptions
{
    Q_DECLARE_TR_FUNCTIONS(TradingOptions)

public:
    TradingOptions();
    void addTo(QCommandLineParser &parser) const;
    // Reads the files named; appends one message per problem.
    void read(const QCommandLineParser &parser, QStringList &problems);

    RiskLimits limits;
    BrokerConfig broker;
    StrategyConfig strategy = StrategyConfig::standard();
    std::optional<Decimal> initialCash; // the paper account's starting cash, when given

private:
    QCommandLineOption m_risk;
    QCommandLineOption m_strategy;
    QCommandLineOption m_cash;
};

} // namespace kairos
