// The strategy, risk, broker and alert-rule JSON readers on arbitrary
// documents: never a crash, and a refusal always says why.
#include "engine/AlertRule.h"
#include "execution/BrokerConfig.h"
#include "risk/RiskLimits.h"
#include "strategy/StrategyConfig.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>

using namespace kairos;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!doc.isObject())
        return 0;
    const QJsonObject json = doc.object();
    QString error;
    if (!StrategyConfig::fromJson(json, &error) && error.isEmpty())
        std::abort();
    QStringList errors;
    if (!RiskLimits::fromJson(json, &errors) && errors.isEmpty())
        std::abort();
    errors.clear();
    if (!BrokerConfig::fromJson(json, &errors) && errors.isEmpty())
        std::abort();
    error.clear();
    if (!AlertRule::fromJson(json, &error) && error.isEmpty())
        std::abort();
    return 0;
}
