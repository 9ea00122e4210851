#include "AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace kairos {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Kairos"));
    const QString version = QApplication::applicationVersion();
    m_text = tr("<h2>Kairos %1</h2>"
                "<p>A desktop trading terminal: live charts, indicators, signals, risk checks "
                "and paper trading.</p>"
                "<p>Copyright © the Kairos authors. Kairos is free software under the GNU "
                "General Public License, version 3 or later (GPL-3.0-or-later); see the LICENSE "
                "file. It comes with no warranty.</p>"
                "<p>Built with:</p><ul>"
                "<li>Qt %2 (LGPL-3.0 or GPL)</li>"
                "<li>QCustomPlot %3 (GPL-3.0-or-later), which is why Kairos is GPL too</li>"
                "<li>hiredis (BSD-3-Clause)</li>"
                "<li>SQLite, through Qt SQL (public domain)</li></ul>")
                 .arg(version, QString::fromLatin1(qVersion()),
                     QString::fromLatin1(QCUSTOMPLOT_VERSION_STR));
    auto *icon = new QLabel;
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    auto *label = new QLabel(m_text);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setObjectName(QStringLiteral("aboutText"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(label);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

} // namespace kairos
