#include "ValidatingDialog.h"

#include "chart/ChartColors.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

namespace kairos {

ValidatingDialog::ValidatingDialog(QWidget *parent)
    : QDialog(parent)
{ }

void ValidatingDialog::addFooter(QBoxLayout *layout)
{
    m_problems = new QLabel;
    m_problems->setObjectName(QStringLiteral("problems"));
    QPalette palette = m_problems->palette();
    palette.setColor(QPalette::WindowText, ChartColors::Down);
    m_problems->setPalette(palette);
    m_problems->setWordWrap(true);
    // Room for two lines of problems from the start: the dialog does not
    // jump under the mouse when the first one appears.
    m_problems->setMinimumHeight(2 * m_problems->fontMetrics().lineSpacing());
    m_problems->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_problems);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
}

void ValidatingDialog::showProblems(const QStringList &problems)
{
    m_problems->setText(problems.join(u'\n'));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

} // namespace kairos
