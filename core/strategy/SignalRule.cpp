#include "SignalRule.h"

#include "BollingerBreakoutRule.h"
#include "MacdCrossRule.h"
#include "MovingAverageCrossRule.h"
#include "RsiExitRule.h"

namespace kairos {

std::unique_ptr<SignalRule> SignalRule::create(const RuleConfig &config)
{
    switch (config.kind) {
    case RuleKind::MovingAverageCross:
        return std::make_unique<MovingAverageCrossRule>(config);
    case RuleKind::RsiExit:
        return std::make_unique<RsiExitRule>(config);
    case RuleKind::MacdCross:
        return std::make_unique<MacdCrossRule>(config);
    case RuleKind::BollingerBreakout:
        return std::make_unique<BollingerBreakoutRule>(config);
    }
    return nullptr;
}

} // namespace kairos
