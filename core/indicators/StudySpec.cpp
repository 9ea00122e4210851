#include "StudySpec.h"

#include <QLocale>

#include <cmath>

namespace kairos {

namespace {

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

std::optional<StudySpec> StudySpec::parse(const QString &text, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<StudySpec> {
        if (error)
            *error = tr("study '%1': %2").arg(text, why);
        return std::nullopt;
    };
    // Names are lower case; "RSI: 7" is what a trader means by rsi:7.
    QStringList fields = text.split(QLatin1Char(':'));
    for (QString &field : fields)
        field = field.trimmed();
    fields.first() = fields.first().toLower();
    // A part is a word after the last dot; a dot followed by a digit belongs
    // to a parameter (sar:0.02:0.2).
    QString partName;
    QString &last = fields.last();
    const qsizetype dot = last.lastIndexOf(QLatin1Char('.'));
    if (dot >= 0 && dot + 1 < last.size() && last.at(dot + 1).isLetter()) {
        partName = last.mid(dot + 1);
        last.truncate(dot);
    }
    const StudyDefinition *definition = StudyRegistry::find(fields.first());
    if (!definition)
        return fail(tr("no study is named '%1' (known: %2)")
                        .arg(fields.first(), StudyRegistry::names().join(QLatin1Char(' '))));
    const qsizetype given = fields.size() - 1;
    if (given > definition->parameters.size())
        return fail(
            tr("%1 takes at most %n parameter(s)", nullptr, int(definition->parameters.size()))
                .arg(QLatin1StringView(definition->name)));

    StudySpec spec;
    spec.m_definition = definition;
    spec.m_text = text;
    for (qsizetype i = 0; i < definition->parameters.size(); ++i) {
        const StudyParameter &parameter = definition->parameters[i];
        const QString parameterName = StudyRegistry::tr(parameter.name);
        if (i >= given) {
            spec.m_parameters.append(parameter.defaultValue);
            continue;
        }
        bool ok = false;
        const double value = fields[i + 1].toDouble(&ok);
        if (!ok || !std::isfinite(value))
            return fail(tr("%1 '%2' is not a number").arg(parameterName, fields[i + 1]));
        if (parameter.integer && value != std::floor(value))
            return fail(tr("%1 must be a whole number, not %2").arg(parameterName, fields[i + 1]));
        if (value < parameter.minimum || value > parameter.maximum)
            return fail(tr("%1 must be between %2 and %3, not %4")
                            .arg(parameterName, number(parameter.minimum),
                                number(parameter.maximum), fields[i + 1]));
        spec.m_parameters.append(value);
    }
    if (definition->check) {
        const QString why = definition->check(spec.m_parameters);
        if (!why.isEmpty())
            return fail(why);
    }
    if (!partName.isEmpty()) {
        QStringList parts;
        for (const char *output : definition->outputs)
            parts << QLatin1StringView(output);
        spec.m_part = int(parts.indexOf(partName));
        if (spec.m_part < 0 || !definition->isMultiOutput())
            return fail(definition->isMultiOutput()
                    ? tr("%1 has no output '%2' (outputs: %3)")
                          .arg(QLatin1StringView(definition->name), partName,
                              parts.join(QLatin1Char(' ')))
                    : tr("%1 has a single output; leave out '.%2'")
                          .arg(QLatin1StringView(definition->name), partName));
    }
    return spec;
}

QString StudySpec::canonical() const
{
    QString text = QLatin1StringView(m_definition->name);
    for (double value : m_parameters)
        text += QLatin1Char(':') + number(value);
    return text;
}

QStringList StudySpec::columns() const
{
    if (!m_definition->isMultiOutput() || m_part >= 0)
        return { m_text };
    QStringList columns;
    for (const char *output : m_definition->outputs)
        columns << m_text + QLatin1Char('.') + QLatin1StringView(output);
    return columns;
}

QList<int> StudySpec::outputIndexes() const
{
    if (m_part >= 0)
        return { m_part };
    QList<int> indexes;
    for (int i = 0; i < m_definition->outputs.size(); ++i)
        indexes << i;
    return indexes;
}

} // namespace kairos
