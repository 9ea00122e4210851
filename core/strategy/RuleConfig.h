#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace kairos {

enum class RuleKind { MovingAverageCross, RsiExit, MacdCross, BollingerBreakout };

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

// A rule is data: its kind, whether it is enabled, and its parameters by key.
struct RuleConfig
{
    Q_DECLARE_TR_FUNCTIONS(RuleConfig)

public:
    RuleKind kind = RuleKind::MovingAverageCross;
    bool enabled = true;
    QMap<QString, double> parameters;

    // A rule of `kind` with every parameter at its default.
    static RuleConfig make(RuleKind kind);
    static QList<RuleKind> kinds();
    static QString kindName(RuleKind kind);
    static QString kindKey(RuleKind kind); // stable, for settings files
    static QList<ParameterSpec> parameterSpecs(RuleKind kind);

    double parameter(const QString &key) const;
    // e.g. "RSI(14) 30/70"
    QString summary() const;
    // Empty when valid; otherwise one message per problem.
    QStringList validate() const;

    QJsonObject toJson() const;
    static std::optional<RuleConfig> fromJson(const QJsonObject &json, QString *error = nullptr);

    bool operator==(const RuleConfig &) const = default;
};

} // namespace kairos
