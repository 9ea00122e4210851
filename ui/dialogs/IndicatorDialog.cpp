#include "IndicatorDialog.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kairos {

IndicatorDialog::IndicatorDialog(const IndicatorParams &p, QWidget *parent)
    : ValidatingDialog(parent)
{
    setWindowTitle(tr("Indicator periods"));
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    addPeriod(tr("SMA period"), p.sma);
    addPeriod(tr("Fast EMA period"), p.emaFast);
    addPeriod(tr("Slow EMA period"), p.emaSlow);
    addPeriod(tr("RSI period"), p.rsi);
    addPeriod(tr("MACD fast period"), p.macdFast);
    addPeriod(tr("MACD slow period"), p.macdSlow);
    addPeriod(tr("MACD signal period"), p.macdSignal);
    addPeriod(tr("Bollinger period"), p.bollinger);
    m_deviations = new QDoubleSpinBox;
    m_deviations->setRange(0.1, 10.0);
    m_deviations->setSingleStep(0.1);
    m_deviations->setDecimals(1);
    m_deviations->setValue(p.bollingerDeviations);
    connect(m_deviations, &QDoubleSpinBox::valueChanged, this, &IndicatorDialog::validate);
    m_form->addRow(tr("Bollinger width (σ)"), m_deviations);
    addPeriod(tr("ATR period"), p.atr);
    addPeriod(tr("Stochastic period"), p.stochastic);
    addPeriod(tr("Stochastic %K smoothing"), p.stochasticK);
    addPeriod(tr("Stochastic %D period"), p.stochasticD);

    addFooter(layout);
    validate();
}

QSpinBox *IndicatorDialog::addPeriod(const QString &label, int value)
{
    auto *box = new QSpinBox;
    box->setRange(1, 1000);
    box->setValue(value);
    connect(box, &QSpinBox::valueChanged, this, &IndicatorDialog::validate);
    m_form->addRow(label, box);
    m_periods.append(box);
    return box;
}

IndicatorParams IndicatorDialog::params() const
{
    IndicatorParams p;
    int *fields[] = { &p.sma, &p.emaFast, &p.emaSlow, &p.rsi, &p.macdFast, &p.macdSlow,
        &p.macdSignal, &p.bollinger, &p.atr, &p.stochastic, &p.stochasticK, &p.stochasticD };
    for (qsizetype i = 0; i < m_periods.size(); ++i)
        *fields[i] = m_periods[i]->value();
    p.bollingerDeviations = m_deviations->value();
    return p;
}

void IndicatorDialog::validate()
{
    showProblems(params().validate());
}

} // namespace kairos
