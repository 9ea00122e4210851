#pragma once

#include <QDialog>

class QTableWidget;

namespace kairos {

// Help → Keyboard shortcuts: every action and button of the window that
// has one, read from them, so the list is never out of date.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window);

    // "Export trades…" → "Ctrl+E", as listed.
    QString shortcutOf(const QString &action) const;
    int count() const;

private:
    QTableWidget *m_table;
};

} // namespace kairos
