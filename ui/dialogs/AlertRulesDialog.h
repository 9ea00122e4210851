#pragma once

#include "ValidatingDialog.h"
#include "engine/AlertRule.h"
#include "model/Instrument.h"

class QTableWidget;

namespace kairos {

// The user's alert rules, one per row: on/off, what to watch (a price
// crossing a level, an indicator crossing a threshold on a timeframe, a
// signal, a position's PnL beyond an amount), the symbol, which way a
// crossing counts, how often it may speak (once, once per candle, every time
// with a cooldown), and the severity it is raised with. Each level is
// checked as it is typed.
class AlertRulesDialog : public ValidatingDialog
{
    Q_OBJECT

public:
    AlertRulesDialog(
        const AlertRuleList &rules, const InstrumentList &instruments, QWidget *parent = nullptr);

    // Valid once OK is enabled.
    AlertRuleList rules() const { return m_rules; }
    QTableWidget *table() const { return m_table; }
    void addRule(const AlertRule &rule);

private:
    void validate();

    InstrumentList m_instruments;
    QTableWidget *m_table = nullptr;
    AlertRuleList m_rules;
};

} // namespace kairos
