#pragma once

#include "Study.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace kairos {

// Where a study is drawn and how its values compare: over the candles in the
// price's units, or in a pane of its own, bounded (0…100, −100…0) or free.
enum class StudyPane { Price, Own };
enum class StudyScale { Price, Bounded, Free };

struct StudyParameter
{
    const char *name; // translated in the StudyRegistry context
    double defaultValue;
    double minimum;
    double maximum;
    bool integer = true;
};

// Everything Kairos knows about one kind of study; adding an indicator is its
// class and one entry in StudyRegistry.cpp.
struct StudyDefinition
{
    const char *name; // as in a SPEC: "adx", "plus_di"
    const char *title; // translated in the StudyRegistry context
    QList<StudyParameter> parameters; // in TA-Lib's order
    QList<const char *> outputs; // one output: its column is named by the SPEC
    StudyPane pane;
    StudyScale scale;
    std::unique_ptr<Study> (*create)(const QList<double> &parameters);
    // Empty when the parameters go together (each is already within range).
    QString (*check)(const QList<double> &parameters) = nullptr;

    bool isMultiOutput() const { return outputs.size() > 1; }
};

class StudyRegistry
{
    Q_DECLARE_TR_FUNCTIONS(StudyRegistry)

public:
    static const QList<StudyDefinition> &definitions();
    // Null for a name no study has.
    static const StudyDefinition *find(QStringView name);
    static QStringList names();
};

} // namespace kairos
