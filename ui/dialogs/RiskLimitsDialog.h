#pragma once

#include "ValidatingDialog.h"
#include "risk/RiskLimits.h"

#include <QMap>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace kairos {

// Every risk limit with its unit; a value that does not parse, or a set of
// values that does not validate, is explained below the form and OK waits.
class RiskLimitsDialog : public ValidatingDialog
{
    Q_OBJECT

public:
    explicit RiskLimitsDialog(const RiskLimits &limits, QWidget *parent = nullptr);

    // The limits the fields describe; nullopt while any field is invalid.
    std::optional<RiskLimits> limits() const;
    QLineEdit *amountField(const QString &key) const { return m_amounts.value(key); }

private:
    void validate();
    std::optional<RiskLimits> read(QStringList &problems) const;

    QMap<QString, QLineEdit *> m_amounts;
    QSpinBox *m_openOrders = nullptr;
    QSpinBox *m_ordersPerMinute = nullptr;
    QDoubleSpinBox *m_drawdown = nullptr;
    QSpinBox *m_cooldown = nullptr;
    QComboBox *m_timeZone = nullptr;
    QCheckBox *m_killSwitch = nullptr;
};

} // namespace kairos
