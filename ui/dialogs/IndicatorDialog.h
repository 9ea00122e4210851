#pragma once

#include "indicators/IndicatorSet.h"

#include "ValidatingDialog.h"

class QDoubleSpinBox;
class QFormLayout;
class QSpinBox;

namespace kairos {

// Edits the chart's indicator periods. OK stays disabled while the values
// are invalid, and the reasons are shown.
class IndicatorDialog : public ValidatingDialog
{
    Q_OBJECT

public:
    explicit IndicatorDialog(const IndicatorParams &params, QWidget *parent = nullptr);

    IndicatorParams params() const;

private:
    void validate();
    QSpinBox *addPeriod(const QString &label, int value);

    QList<QSpinBox *> m_periods;
    QDoubleSpinBox *m_deviations = nullptr;
    QFormLayout *m_form = nullptr;
};

} // namespace kairos
