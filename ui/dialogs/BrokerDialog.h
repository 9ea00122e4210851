#pragma once

#include "ValidatingDialog.h"
#include "execution/BrokerConfig.h"

#include <QMap>

class QLineEdit;
class QSpinBox;

namespace kairos {

// How the paper broker fills: slippage, fees, latency and the participation
// cap, each with its unit, typed in the user's language; what does not read
// or validate is explained below the form and OK waits.
class BrokerDialog : public ValidatingDialog
{
    Q_OBJECT

public:
    explicit BrokerDialog(const BrokerConfig &config, QWidget *parent = nullptr);

    // The settings the fields describe; nullopt while any field is invalid.
    std::optional<BrokerConfig> config() const;
    QLineEdit *amountField(const QString &key) const { return m_amounts.value(key); }
    QSpinBox *latencyField() const { return m_latency; }

private:
    void validate();
    std::optional<BrokerConfig> read(QStringList &problems) const;

    QMap<QString, QLineEdit *> m_amounts;
    QSpinBox *m_latency = nullptr;
};

} // namespace kairos
