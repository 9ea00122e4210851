#pragma once

#include <QDialog>

class QTextBrowser;

namespace kairos {

// Help → Orders and trading: what each order type, time in force and flag
// does in the paper broker, how brackets, one-cancels-other pairs and
// partial fills behave, and how to trade from the chart, in the trader's
// language.
class OrdersHelpDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OrdersHelpDialog(QWidget *parent = nullptr);

    QString text() const;

private:
    QTextBrowser *m_text;
};

} // namespace kairos
