#include "ShortcutsDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace kairos {

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
    , m_table(new QTableWidget(0, 2))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    QList<std::pair<QString, QString>> rows;
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcut().isEmpty())
            continue;
        QString text = action->text();
        text.remove(u'&');
        rows.append({ text, action->shortcut().toString(QKeySequence::NativeText) });
    }
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (button->shortcut().isEmpty())
            continue;
        QString text = button->text();
        text.remove(u'&');
        rows.append({ text, button->shortcut().toString(QKeySequence::NativeText) });
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    m_table->setHorizontalHeaderLabels({ tr("Action"), tr("Shortcut") });
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(rows[i].first));
        m_table->setItem(i, 1, new QTableWidgetItem(rows[i].second));
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(520, 560);
}

QString ShortcutsDialog::shortcutOf(const QString &action) const
{
    for (int i = 0; i < m_table->rowCount(); ++i) {
        if (m_table->item(i, 0)->text() == action)
            return m_table->item(i, 1)->text();
    }
    return {};
}

int ShortcutsDialog::count() const
{
    return m_table->rowCount();
}

} // namespace kairos
