#include "Toast.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace kairos {

Toast::Toast(QWidget *window)
    : QFrame(window)
    , m_label(new QLabel)
{
    setObjectName(QStringLiteral("toast"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
    m_label->setTextFormat(Qt::RichText);
    m_label->setWordWrap(true);
    m_label->setMaximumWidth(420);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_label);
    m_hide.setSingleShot(true);
    m_hide.setInterval(ShowMs);
    connect(&m_hide, &QTimer::timeout, this, [this] {
        hide();
        m_lines.clear();
    });
    window->installEventFilter(this);
    hide();
}

void Toast::show(const QString &title, const QString &text, const QColor &accent)
{
    m_lines.prepend(QStringLiteral("<b style=\"color:%1\">%2</b> %3")
                        .arg(accent.name(), title.toHtmlEscaped(), text.toHtmlEscaped()));
    while (m_lines.size() > Lines)
        m_lines.removeLast();
    m_label->setText(m_lines.join(QStringLiteral("<br>")));
    setStyleSheet(QStringLiteral("#toast { background: palette(window); border: 1px solid %1; "
                                 "border-radius: 4px; }")
                      .arg(accent.name()));
    adjustSize();
    place();
    QFrame::show();
    raise();
    m_hide.start();
}

QString Toast::text() const
{
    return m_label->text();
}

bool Toast::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    return QFrame::eventFilter(watched, event);
}

void Toast::place()
{
    const QWidget *window = parentWidget();
    move(window->width() - width() - 16, window->height() - height() - 40);
}

} // namespace kairos
