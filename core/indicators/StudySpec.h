#pragma once

#include "StudyRegistry.h"

#include <QString>

#include <optional>

namespace kairos {

// A study and its parameters as a user writes it: `name` or
// `name:param:param…` in TA-Lib's parameter order (`adx:14`,
// `sar:0.02:0.2`, `obv`), optionally `.part` to pick one output of several
// (`bb:20:2.upper`). Parameters left out take their defaults.
class StudySpec
{
    Q_DECLARE_TR_FUNCTIONS(StudySpec)

public:
    // Nothing, with the reason in `error`, for an unknown name, a parameter
    // that is not a number, out of its range or not whole where it must be,
    // too many parameters, or an unknown part.
    static std::optional<StudySpec> parse(const QString &text, QString *error = nullptr);

    const StudyDefinition &definition() const { return *m_definition; }
    const QList<double> &parameters() const { return m_parameters; }
    // The output picked by `.part`, or -1 for all of them.
    int part() const { return m_part; }

    // What the user wrote; names the output columns.
    const QString &text() const { return m_text; }
    // `name:param:…` with every parameter: the same study whoever wrote it.
    QString canonical() const;
    // One column per output: the SPEC itself, or SPEC.part for each output
    // of a multi-output study (only the picked one with `.part`).
    QStringList columns() const;
    // Output indexes in the order of columns().
    QList<int> outputIndexes() const;

    std::unique_ptr<Study> create() const { return m_definition->create(m_parameters); }

    bool operator==(const StudySpec &other) const
    {
        return m_definition == other.m_definition && m_parameters == other.m_parameters
            && m_part == other.m_part;
    }

private:
    const StudyDefinition *m_definition = nullptr;
    QList<double> m_parameters;
    int m_part = -1;
    QString m_text;
};

} // namespace kairos
