#pragma once

#include <QFrame>
#include <QTimer>

class QLabel;

namespace kairos {

// An in-app notification in the window's lower right corner, for when the
// desktop has no tray to show one: the newest few lines, gone after a few
// seconds, never taking the focus.
class Toast : public QFrame
{
    Q_OBJECT

public:
    static constexpr int Lines = 3;
    static constexpr int ShowMs = 6000;

    explicit Toast(QWidget *window);

    void show(const QString &title, const QString &text, const QColor &accent);
    QString text() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();

    QLabel *m_label;
    QStringList m_lines;
    QTimer m_hide;
};

} // namespace kairos
