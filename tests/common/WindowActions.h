#pragma once

// The window's action with this text (its menu text, with its &), or null:
// what a test triggers as the user's menu choice.

#include <QAction>
#include <QWidget>

namespace kairos::testing {

inline QAction *actionNamed(QWidget *window, const QString &text)
{
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

} // namespace kairos::testing
