#pragma once

#include "RuleConfig.h"
#include "model/Candle.h"
#include "model/Side.h"

#include <QDataStream>

#include <memory>
#include <optional>

namespace kairos {

struct RuleHit
{
    Side side;
    double confidence; // 0 to 1
    QString reason;
};

// One rule's state for one symbol. Fed every confirmed candle of the
// strategy's timeframe; answers only when its condition changes (a
// transition), never on every candle while the condition holds.
class SignalRule
{
public:
    virtual ~SignalRule() = default;

    // priceDecimals: how the instrument quotes prices, for the reasons.
    static std::unique_ptr<SignalRule> create(const RuleConfig &config, int priceDecimals);

    virtual std::optional<RuleHit> update(const Candle &candle) = 0;
    // The complete state, so a rule restored after a restart fires exactly
    // as one that never stopped. load() is false on foreign or short bytes.
    virtual void save(QDataStream &out) const = 0;
    virtual bool load(QDataStream &in) = 0;

    // A number in a message, C locale, `places` after the point; one too
    // small for them is 0, never "-0.000000".
    static QString fixed(double value, int places)
    {
        const QString text = QString::number(value, 'f', places);
        return text.startsWith(u'-') && text.mid(1).remove(u'0').remove(u'.').isEmpty()
            ? text.mid(1)
            : text;
    }

protected:
    // Numbers in reasons, C locale, as in logs: a parameter as short as it
    // goes; a price as the instrument quotes it (never "1.187e-05"); a
    // difference of prices, which is smaller, two places finer.
    static QString number(double value) { return QString::number(value, 'g', 6); }
    QString price(double value) const { return fixed(value, m_priceDecimals); }
    QString priceDifference(double value) const { return fixed(value, m_priceDecimals + 2); }

    static double clamp01(double value) { return value < 0.0 ? 0.0 : value > 1.0 ? 1.0 : value; }

private:
    int m_priceDecimals = 2;
};

} // namespace kairos
