#include "ChartStudy.h"

namespace kairos {

namespace {

constexpr int MaxPanes = 8;

const std::pair<Qt::PenStyle, const char *> Styles[]
    = { { Qt::SolidLine, "solid" }, { Qt::DashLine, "dash" }, { Qt::DotLine, "dot" } };

} // namespace

QColor ChartStudy::paletteColor(int index)
{
    static const QColor palette[] = { QColor(0x29, 0xb6, 0xf6), QColor(0xff, 0xa7, 0x26),
        QColor(0xec, 0x40, 0x7a), QColor(0x66, 0xbb, 0x6a), QColor(0xab, 0x47, 0xbc),
        QColor(0xff, 0xee, 0x58), QColor(0x26, 0xc6, 0xda), QColor(0xff, 0x70, 0x43) };
    return palette[std::size_t(index) % std::size(palette)];
}

ChartStudy ChartStudy::make(const StudySpec &spec, int index, int panes)
{
    ChartStudy study { spec, paletteColor(index) };
    study.pane = spec.definition().pane == StudyPane::Price ? 0 : std::min(panes + 1, MaxPanes);
    return study;
}

QJsonObject ChartStudy::toJson() const
{
    QString styleName = QStringLiteral("solid");
    for (const auto &[pen, name] : Styles) {
        if (pen == style)
            styleName = QLatin1StringView(name);
    }
    return { { QStringLiteral("spec"), spec.text() },
        { QStringLiteral("color"), color.name(QColor::HexRgb) },
        { QStringLiteral("style"), styleName }, { QStringLiteral("pane"), pane },
        { QStringLiteral("visible"), visible } };
}

std::optional<ChartStudy> ChartStudy::fromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<ChartStudy> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QString why;
    const auto spec = StudySpec::parse(json.value(QStringLiteral("spec")).toString(), &why);
    if (!spec)
        return fail(why);
    ChartStudy study { *spec, QColor(json.value(QStringLiteral("color")).toString()) };
    if (!study.color.isValid())
        study.color = paletteColor(0);
    const QString styleName = json.value(QStringLiteral("style")).toString();
    for (const auto &[pen, name] : Styles) {
        if (styleName == QLatin1StringView(name))
            study.style = pen;
    }
    study.pane = std::clamp(json.value(QStringLiteral("pane")).toInt(), 0, MaxPanes);
    study.visible = json.value(QStringLiteral("visible")).toBool(true);
    return study;
}

} // namespace kairos
