#include "SignalRule.h"

#include "BollingerBreakoutRule.h"
#include "MacdCrossRule.h"
#include "MovingAverageCrossRule.h"
#include "RsiExitRule.h"
#include "StudyCrossRule.h"

#include <algorithm>

namespace kairos {

std::unique_ptr<SignalRule> SignalRule::create(const RuleConfig &config, int priceDecimals)
{
    std::unique_ptr<SignalRule> rule;
    switch (config.kind) {
    case RuleKind::MovingAverageCross:
        rule = std::make_unique<MovingAverageCrossRule>(config);
        break;
    case RuleKind::RsiExit:
        rule = std::make_unique<RsiExitRule>(config);
        break;
    case RuleKind::MacdCross:
        rule = std::make_unique<MacdCrossRule>(config);
        break;
    case RuleKind::BollingerBreakout:
        rule = std::make_unique<BollingerBreakoutRule>(config);
        break;
    case RuleKind::StudyCross:
        rule = std::make_unique<StudyCrossRule>(config);
        break;
    }
    if (rule)
        rule->m_priceDecimals = std::clamp(priceDecimals, 0, Decimal::Digits);
    return rule;
}

} // namespace kairos
