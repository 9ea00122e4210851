#include "Theme.h"

#include "Settings.h"
#include "chart/ChartColors.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace kairos {

namespace {

void darkPalette(QPalette &p)
{
    const QColor window(0x1e, 0x22, 0x2d);
    const QColor base(0x13, 0x17, 0x22);
    const QColor text(0xd1, 0xd4, 0xdc);
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
    p.setColor(QPalette::Highlight, QColor(0x29, 0x62, 0xff));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x78, 0x7b, 0x86));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x5d, 0x60, 0x6b));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x5d, 0x60, 0x6b));
    ChartColors::Background = QColor(0x13, 0x17, 0x22);
    ChartColors::Grid = QColor(0x23, 0x29, 0x36);
    ChartColors::Text = QColor(0xb2, 0xb5, 0xbe);
    ChartColors::Up = QColor(0x26, 0xa6, 0x9a);
    ChartColors::Down = QColor(0xef, 0x53, 0x50);
    ChartColors::Crosshair = QColor(0x95, 0x98, 0xa1);
}

void lightPalette(QPalette &p)
{
    const QColor window(0xf3, 0xf4, 0xf6);
    const QColor text(0x1e, 0x22, 0x2d);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf8, 0xfa));
    p.setColor(QPalette::ToolTipBase, Qt::white);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xe9, 0xeb, 0xef));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x29, 0x62, 0xff));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8e, 0x99));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0xa0, 0xa3, 0xab));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0xa0, 0xa3, 0xab));
    ChartColors::Background = Qt::white;
    ChartColors::Grid = QColor(0xe8, 0xea, 0xef);
    ChartColors::Text = QColor(0x43, 0x47, 0x51);
    ChartColors::Up = QColor(0x08, 0x99, 0x81);
    ChartColors::Down = QColor(0xf2, 0x36, 0x45);
    ChartColors::Crosshair = QColor(0x78, 0x7b, 0x86);
}

} // namespace

void applyTheme(QApplication &app, Theme theme)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    if (theme == Theme::Light)
        lightPalette(p);
    else
        darkPalette(p);
    app.setPalette(p);
    // Candle colours of the user's own, on either theme.
    if (const QColor up(Settings::upColour.value()); up.isValid())
        ChartColors::Up = up;
    if (const QColor down(Settings::downColour.value()); down.isValid())
        ChartColors::Down = down;
}

Theme themeFromKey(const QString &key)
{
    return key == u"light" ? Theme::Light : Theme::Dark;
}

QString themeKey(Theme theme)
{
    return theme == Theme::Light ? QStringLiteral("light") : QStringLiteral("dark");
}

} // namespace kairos
