#pragma once

#include "indicators/IndicatorSet.h"

#include <QDialog>

class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace kairos {

// Edits the chart's indicator periods. OK stays disabled while the values
// are invalid, and the reasons are shown.
class IndicatorDialog : public QDialog
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
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QFormLayout *m_form = nullptr;
};

} // namespace kairos
