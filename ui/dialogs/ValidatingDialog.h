#pragma once

#include <QDialog>

class QBoxLayout;
class QDialogButtonBox;
class QLabel;

namespace kairos {

// A dialog whose OK stays disabled while its input has problems, and which
// lists every problem at once, in red, above the buttons.
class ValidatingDialog : public QDialog
{
    Q_OBJECT

protected:
    explicit ValidatingDialog(QWidget *parent = nullptr);

    // Appends the problems label and the OK/Cancel buttons to `layout`.
    void addFooter(QBoxLayout *layout);
    void showProblems(const QStringList &problems);

private:
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace kairos
