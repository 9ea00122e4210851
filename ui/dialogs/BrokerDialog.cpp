#include "BrokerDialog.h"

#include "model/LocaleDecimal.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kairos {

namespace {

struct Amount
{
    const char *key;
    Decimal BrokerConfig::*field;
};

constexpr Amount Amounts[] = {
    { "slippageBps", &BrokerConfig::slippageBps },
    { "makerFeeBps", &BrokerConfig::makerFeeBps },
    { "takerFeeBps", &BrokerConfig::takerFeeBps },
    { "participationPercent", &BrokerConfig::participationPercent },
};

} // namespace

BrokerDialog::BrokerDialog(const BrokerConfig &config, QWidget *parent)
    : ValidatingDialog(parent)
{
    setWindowTitle(tr("Paper broker"));
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("How paper orders fill. A basis point (bp) is 0.01 % of an "
                               "order's value. Changes apply to the next fill."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    const QString labels[] = {
        tr("Slippage against a taker"),
        tr("Maker fee (resting orders)"),
        tr("Taker fee (market and crossing orders)"),
        tr("Participation cap of a market order"),
    };
    const QString units[] = { tr("bps"), tr("bps"), tr("bps"), tr("% of each trade, 0 is off") };
    for (int i = 0; i < 4; ++i) {
        auto *edit = new QLineEdit(LocaleDecimal::toString(config.*Amounts[i].field));
        edit->setObjectName(QLatin1StringView(Amounts[i].key));
        edit->setAccessibleName(labels[i]);
        connect(edit, &QLineEdit::textChanged, this, &BrokerDialog::validate);
        m_amounts.insert(edit->objectName(), edit);
        form->addRow(QStringLiteral("%1 (%2)").arg(labels[i], units[i]), edit);
    }
    m_latency = new QSpinBox;
    m_latency->setObjectName(QStringLiteral("latencyMs"));
    m_latency->setRange(0, 60'000);
    m_latency->setSuffix(tr(" ms"));
    m_latency->setValue(int(config.latencyMs));
    connect(m_latency, &QSpinBox::valueChanged, this, &BrokerDialog::validate);
    form->insertRow(3, tr("Latency before an order can fill"), m_latency);
    addFooter(layout);
    validate();
}

std::optional<BrokerConfig> BrokerDialog::read(QStringList &problems) const
{
    BrokerConfig c;
    for (const Amount &a : Amounts) {
        const QLineEdit *edit = m_amounts.value(QLatin1StringView(a.key));
        QString why;
        if (const auto value = LocaleDecimal::parse(edit->text(), &why))
            c.*a.field = *value;
        else
            problems << tr("%1: '%2' %3").arg(edit->accessibleName(), edit->text(), why);
    }
    c.latencyMs = m_latency->value();
    if (problems.isEmpty())
        problems << c.validate();
    if (!problems.isEmpty())
        return std::nullopt;
    return c;
}

std::optional<BrokerConfig> BrokerDialog::config() const
{
    QStringList problems;
    return read(problems);
}

void BrokerDialog::validate()
{
    QStringList problems;
    read(problems);
    showProblems(problems);
}

} // namespace kairos
