#pragma once

#include "strategy/StrategyConfig.h"

#include "ValidatingDialog.h"

class QComboBox;
class QFormLayout;
class QLineEdit;
class QTableWidget;

namespace kairos {

// Edits a strategy: its name, timeframe, order size, rules (add, remove,
// enable, parameters) and the exits attached to every position it opens.
// Every problem is listed at once and OK stays disabled until there are none.
class StrategyDialog : public ValidatingDialog
{
    Q_OBJECT

public:
    explicit StrategyDialog(const StrategyConfig &strategy, QWidget *parent = nullptr);

    StrategyConfig strategy() const { return m_strategy; }

    // For tests and keyboard users: the same as the Add menu's entries.
    void addRule(RuleKind kind);
    void removeSelectedRule();

private:
    void refreshTable();
    void showParameters(int row);
    void validate();

    StrategyConfig m_strategy;
    QLineEdit *m_name = nullptr;
    QComboBox *m_timeframe = nullptr;
    QComboBox *m_sizingMode = nullptr;
    QLineEdit *m_sizingValue = nullptr;
    QComboBox *m_positioned = nullptr;
    QTableWidget *m_rules = nullptr;
    QFormLayout *m_parameters = nullptr;
    struct ExitFields
    {
        StrategyExits::Distance StrategyExits::*distance;
        QLineEdit *value;
        QComboBox *unit;
    };
    QList<ExitFields> m_exits;
};

} // namespace kairos
