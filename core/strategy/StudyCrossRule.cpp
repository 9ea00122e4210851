#include "StudyCrossRule.h"

#include <cmath>

namespace kairos {

StudyCrossRule::Operand::Operand(const QString &text)
{
    if (const auto value = RuleConfig::crossLevel(text)) {
        level = *value;
        return;
    }
    spec = StudySpec::parse(text);
    // A rule that does not validate never fires.
    if (!spec) {
        level = std::nan("");
        return;
    }
    study = spec->create();
    outputs.resize(spec->definition().outputs.size());
    // A study of several outputs without `.part` crosses with its first.
    output = spec->part() >= 0 ? spec->part() : 0;
}

double StudyCrossRule::Operand::update(const Bar &bar)
{
    if (!study)
        return level;
    study->update(bar, outputs.data());
    return outputs[output];
}

StudyCrossRule::StudyCrossRule(const RuleConfig &config)
    : m_a(config.text(QStringLiteral("study")))
    , m_b(config.text(QStringLiteral("crosses")))
    , m_direction(int(config.parameter(QStringLiteral("direction"))))
{ }

QString StudyCrossRule::format(double value) const
{
    if (!m_a.spec)
        return number(value);
    switch (m_a.spec->definition().scale) {
    case StudyScale::Price:
        return price(value);
    case StudyScale::Bounded:
        return oscillator(value);
    case StudyScale::Free:
        break;
    }
    return number(value);
}

std::optional<RuleHit> StudyCrossRule::update(const Candle &candle)
{
    const Bar bar = Bar::from(candle);
    const double a = m_a.update(bar);
    const double b = m_b.update(bar);
    if (std::isnan(a) || std::isnan(b) || a == b)
        return std::nullopt;
    const int state = a > b ? 1 : -1;
    const int previous = m_state;
    const double previousA = m_previousA;
    const double previousB = m_previousB;
    m_state = state;
    m_previousA = a;
    m_previousB = b;
    if (previous == 0 || previous == state || (m_direction != 0 && m_direction != state))
        return std::nullopt;
    // How far the gap swung in one candle, against the size of the values.
    const double scale = std::abs(a) + std::abs(b);
    const double swing = std::abs((a - b) - (previousA - previousB));
    const double confidence = clamp01(0.5 + 0.5 * (scale > 0.0 ? swing / scale : 1.0));
    const QString other = m_b.spec ? m_b.spec->text() : format(m_b.level);
    const QString reason
        = state > 0 ? tr("%1 crossed above %2 (%3 → %4)") : tr("%1 crossed below %2 (%3 → %4)");
    return RuleHit { state > 0 ? Side::Buy : Side::Sell, confidence,
        reason.arg(
            m_a.spec ? m_a.spec->text() : format(m_a.level), other, format(previousA), format(a)) };
}

void StudyCrossRule::save(QDataStream &out) const
{
    for (const Operand *operand : { &m_a, &m_b }) {
        if (operand->study)
            operand->study->save(out);
    }
    out << qint32(m_state) << m_previousA << m_previousB;
}

bool StudyCrossRule::load(QDataStream &in)
{
    for (Operand *operand : { &m_a, &m_b }) {
        if (operand->study && !operand->study->load(in))
            return false;
    }
    qint32 state = 0;
    in >> state >> m_previousA >> m_previousB;
    m_state = state;
    return in.status() == QDataStream::Ok && state >= -1 && state <= 1;
}

} // namespace kairos
