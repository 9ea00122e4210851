#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace kairos {

enum class RuleKind { MovingAverageCross, RsiExit, MacdCross, BollingerBreakout, StudyCross };

// One parameter of a rule kind: what the Strategy dialog shows and checks.
struct ParameterSpec
{
    QString key;
    QString label;
    double minimum;
    double maximum;
    double defaultValue;
    int decimals; // 0 for whole numbers
};

// A parameter written as text (a study's SPEC): a line edit in the dialog.
struct TextParameterSpec
{
    QString key;
    QString label;
    QString defaultValue;
    QString help;
};

// A rule is data: its kind, whether it is enabled, and its parameters by key.
struct RuleConfig
{
    Q_DECLARE_TR_FUNCTIONS(RuleConfig)

public:
    RuleKind kind = RuleKind::MovingAverageCross;
    bool enabled = true;
    QMap<QString, double> parameters;
    QMap<QString, QString> texts;

    // A rule of `kind` with every parameter at its default.
    static RuleConfig make(RuleKind kind);
    static QList<RuleKind> kinds();
    static QString kindName(RuleKind kind);
    static QString kindKey(RuleKind kind); // stable, for settings files
    static QList<ParameterSpec> parameterSpecs(RuleKind kind);
    static QList<TextParameterSpec> textParameterSpecs(RuleKind kind);

    double parameter(const QString &key) const;
    QString text(const QString &key) const { return texts.value(key); }
    // e.g. "RSI(14) 30/70"
    QString summary() const;
    // Empty when valid; otherwise one message per problem.
    QStringList validate() const;
    // A study cross's other side as a level, when it is a number (C locale).
    static std::optional<double> crossLevel(const QString &text);

    QJsonObject toJson() const;
    static std::optional<RuleConfig> fromJson(const QJsonObject &json, QString *error = nullptr);

    bool operator==(const RuleConfig &) const = default;
};

} // namespace kairos
