#include "Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace kairos {

void applyDarkTheme(QApplication &app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    const QColor window(0x1e, 0x22, 0x2d);
    const QColor base(0x13, 0x17, 0x22);
    const QColor text(0xd1, 0xd4, 0xdc);
    const QColor highlight(0x29, 0x62, 0xff);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x18, 0x1c, 0x27));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x78, 0x7b, 0x86));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x5d, 0x60, 0x6b));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x5d, 0x60, 0x6b));
    app.setPalette(p);
}

} // namespace kairos
