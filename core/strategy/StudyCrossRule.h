#pragma once

#include "SignalRule.h"
#include "indicators/StudySpec.h"

namespace kairos {

// One study crossing another, or a level: BUY when it rises above, SELL when
// it falls below, or only one of the two. Equal values keep the previous
// side, so touching and turning back is no cross; nothing fires until both
// sides have warmed up and been on one side of each other.
class StudyCrossRule : public SignalRule
{
    Q_DECLARE_TR_FUNCTIONS(StudyCrossRule)

public:
    // The config must validate (RuleConfig::validate).
    explicit StudyCrossRule(const RuleConfig &config);
    std::optional<RuleHit> update(const Candle &candle) override;
    void save(QDataStream &out) const override;
    bool load(QDataStream &in) override;

private:
    // One side of the cross: a study's output, or a level.
    struct Operand
    {
        explicit Operand(const QString &text);

        std::optional<StudySpec> spec; // none: a level
        std::unique_ptr<Study> study;
        QList<double> outputs;
        int output = 0;
        double level = 0.0;

        double update(const Bar &bar);
    };

    QString format(double value) const;

    Operand m_a;
    Operand m_b;
    int m_direction; // +1 only up, -1 only down, 0 both
    int m_state = 0; // +1 A above B, -1 below, 0 not yet known
    double m_previousA = 0.0;
    double m_previousB = 0.0;
};

} // namespace kairos
