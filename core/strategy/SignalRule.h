#pragma once

#include "RuleConfig.h"
#include "model/Candle.h"
#include "model/LocaleDecimal.h"
#include "model/Side.h"

#include <QDataStream>
#include <QLocale>

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

    // Reasons are written in `locale` (the C locale unless told: the command
    // line and its logs), as the trader reads numbers.
    void setLocale(const QLocale &locale) { m_locale = locale; }

protected:
    // A parameter as short as it goes; a price as the instrument quotes it
    // (never "1.187e-05"); a difference of prices, which is smaller, two
    // places finer; an oscillator's value to one place.
    QString number(double value) const { return m_locale.toString(value, 'g', 6); }
    QString price(double value) const
    {
        return LocaleDecimal::fixed(value, m_priceDecimals, m_locale);
    }
    QString priceDifference(double value) const
    {
        return LocaleDecimal::fixed(value, m_priceDecimals + 2, m_locale);
    }
    QString oscillator(double value) const { return LocaleDecimal::fixed(value, 1, m_locale); }

    static double clamp01(double value) { return value < 0.0 ? 0.0 : value > 1.0 ? 1.0 : value; }

private:
    int m_priceDecimals = 2;
    QLocale m_locale = QLocale::c();
};

} // namespace kairos
