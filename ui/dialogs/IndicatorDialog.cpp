#include "IndicatorDialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kairos {

IndicatorDialog::IndicatorDialog(const IndicatorParams &p, QWidget *parent)
    : QDialog(parent)
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

    m_problems = new QLabel;
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setStyleSheet(QStringLiteral("color: #ef5350"));
    m_problems->setWordWrap(true);
    layout->addWidget(m_problems);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
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
    const QStringList problems = params().validate();
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

} // namespace kairos
