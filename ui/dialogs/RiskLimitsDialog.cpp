#include "RiskLimitsDialog.h"

#include "model/LocaleDecimal.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace kairos {

RiskLimitsDialog::RiskLimitsDialog(const RiskLimits &l, QWidget *parent)
    : ValidatingDialog(parent)
{
    setWindowTitle(tr("Risk limits"));
    auto *layout = new QVBoxLayout(this);
    auto *hint
        = new QLabel(tr("A limit of 0 is switched off. Amounts are in the account currency."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    auto amount = [this, form](const QString &key, const QString &label, Decimal value,
                      const QString &unit) {
        auto *edit = new QLineEdit(LocaleDecimal::toString(value));
        edit->setObjectName(key);
        edit->setAccessibleName(label); // what a problem with it is called
        connect(edit, &QLineEdit::textChanged, this, &RiskLimitsDialog::validate);
        m_amounts.insert(key, edit);
        form->addRow(QStringLiteral("%1 (%2)").arg(label, unit), edit);
    };
    auto count = [this, form](QSpinBox *&box, const QString &label, int value, int maximum,
                     const QString &unit) {
        box = new QSpinBox;
        box->setRange(0, maximum);
        box->setValue(value);
        box->setSuffix(QLatin1Char(' ') + unit);
        connect(box, &QSpinBox::valueChanged, this, &RiskLimitsDialog::validate);
        form->addRow(label, box);
    };
    amount(QStringLiteral("maxOrderQuantity"), tr("Max order quantity"), l.maxOrderQuantity,
        tr("units"));
    amount(QStringLiteral("maxOrderNotional"), tr("Max order notional"), l.maxOrderNotional,
        tr("currency"));
    amount(QStringLiteral("maxPositionQuantity"), tr("Max position per symbol"),
        l.maxPositionQuantity, tr("units"));
    amount(QStringLiteral("maxPositionNotional"), tr("Max position value per symbol"),
        l.maxPositionNotional, tr("currency"));
    amount(QStringLiteral("maxGrossExposure"), tr("Max gross exposure"), l.maxGrossExposure,
        tr("currency"));
    count(m_openOrders, tr("Max open orders"), l.maxOpenOrders, 100'000, tr("orders"));
    count(m_ordersPerMinute, tr("Max orders per minute"), l.maxOrdersPerMinute, 100'000,
        tr("orders"));
    amount(
        QStringLiteral("dailyLossLimit"), tr("Daily loss limit"), l.dailyLossLimit, tr("currency"));
    m_drawdown = new QDoubleSpinBox;
    m_drawdown->setRange(0, 100);
    m_drawdown->setDecimals(2);
    m_drawdown->setSuffix(QStringLiteral(" %"));
    m_drawdown->setValue(l.maxDrawdownPercent);
    connect(m_drawdown, &QDoubleSpinBox::valueChanged, this, &RiskLimitsDialog::validate);
    form->addRow(tr("Max drawdown from peak"), m_drawdown);
    count(m_cooldown, tr("Cooldown after a losing trade"), l.cooldownAfterLossSeconds, 86'400,
        tr("s"));
    m_timeZone = new QComboBox;
    m_timeZone->setEditable(true);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    m_timeZone->setCurrentText(l.dayTimeZone);
    connect(m_timeZone, &QComboBox::currentTextChanged, this, &RiskLimitsDialog::validate);
    form->addRow(tr("Trading day starts at midnight in"), m_timeZone);
    m_killSwitch = new QCheckBox(tr("Kill switch: refuse every new order"));
    m_killSwitch->setChecked(l.killSwitch);
    form->addRow(QString(), m_killSwitch);
    addFooter(layout);
    validate();
}

std::optional<RiskLimits> RiskLimitsDialog::read(QStringList &problems) const
{
    RiskLimits l;
    const struct
    {
        const char *key;
        Decimal *field;
    } amounts[] = {
        { "maxOrderQuantity", &l.maxOrderQuantity },
        { "maxOrderNotional", &l.maxOrderNotional },
        { "maxPositionQuantity", &l.maxPositionQuantity },
        { "maxPositionNotional", &l.maxPositionNotional },
        { "maxGrossExposure", &l.maxGrossExposure },
        { "dailyLossLimit", &l.dailyLossLimit },
    };
    for (const auto &a : amounts) {
        const QString key = QLatin1StringView(a.key);
        const QLineEdit *edit = m_amounts.value(key);
        QString why;
        const auto value = LocaleDecimal::parse(edit->text(), &why);
        if (!value)
            problems << tr("%1: '%2' %3").arg(edit->accessibleName(), edit->text(), why);
        else if (*value < Decimal())
            problems
                << tr("%1 must not be negative (0 switches it off)").arg(edit->accessibleName());
        else
            *a.field = *value;
    }
    l.maxOpenOrders = m_openOrders->value();
    l.maxOrdersPerMinute = m_ordersPerMinute->value();
    l.maxDrawdownPercent = m_drawdown->value();
    l.cooldownAfterLossSeconds = m_cooldown->value();
    l.dayTimeZone = m_timeZone->currentText().trimmed();
    l.killSwitch = m_killSwitch->isChecked();
    if (!QTimeZone(l.dayTimeZone.toUtf8()).isValid())
        problems << tr("'%1' is not a time zone this system knows").arg(l.dayTimeZone);
    // What the fields cannot say themselves; a file's names for the rest.
    if (problems.isEmpty())
        problems << l.validate();
    if (!problems.isEmpty())
        return std::nullopt;
    return l;
}

std::optional<RiskLimits> RiskLimitsDialog::limits() const
{
    QStringList problems;
    return read(problems);
}

void RiskLimitsDialog::validate()
{
    QStringList problems;
    read(problems);
    showProblems(problems);
}

} // namespace kairos
