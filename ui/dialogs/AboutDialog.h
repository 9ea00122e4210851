#pragma once

#include <QDialog>

namespace kairos {

// Help → About Kairos: the version, what it is built with, and the licences:
// Kairos is GPL-3.0-or-later because it links QCustomPlot (GPL-3.0-or-later).
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    QString text() const { return m_text; }

private:
    QString m_text;
};

} // namespace kairos
