#include "AlertRulesDialog.h"

#include "model/LocaleDecimal.h"
#include "model/Timeframe.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace kairos {

namespace {

enum Column {
    On,
    Kind,
    Symbol,
    Timeframe_,
    Indicator,
    Level,
    Direction,
    Frequency,
    Cooldown,
    Severity,
    Columns
};

} // namespace

AlertRulesDialog::AlertRulesDialog(
    const AlertRuleList &rules, const InstrumentList &instruments, QWidget *parent)
    : ValidatingDialog(parent)
    , m_instruments(instruments)
    , m_table(new QTableWidget(0, Columns))
{
    setWindowTitle(tr("Alert rules"));
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Each rule raises an alert when its condition is met: in the "
                               "Alerts panel, and as a notification for the severities "
                               "chosen in Preferences."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_table->setHorizontalHeaderLabels(
        { tr("On"), tr("When"), tr("Symbol"), tr("Timeframe"), tr("Indicator"), tr("Level"),
            tr("Direction"), tr("How often"), tr("Cooldown"), tr("Severity") });
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add rule"));
    auto *remove = new QPushButton(tr("Remove rule"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    addFooter(layout);
    connect(add, &QPushButton::clicked, this, [this] {
        AlertRule rule;
        if (!m_instruments.isEmpty())
            rule.symbol = m_instruments.constFirst().symbol;
        addRule(rule);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        m_table->removeRow(m_table->currentRow());
        validate();
    });
    for (const AlertRule &rule : rules)
        addRule(rule);
    resize(1180, 420);
    validate();
}

void AlertRulesDialog::addRule(const AlertRule &rule)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *on = new QCheckBox;
    on->setChecked(rule.enabled);
    m_table->setCellWidget(row, On, on);
    auto *kind = new QComboBox;
    kind->addItems({ tr("price crosses"), tr("indicator crosses"), tr("a signal fires"),
        tr("position PnL beyond ±") });
    // A line's alert is made on the chart, from the line: only its row
    // offers the kind, and keeps the line.
    if (rule.kind == AlertRule::Kind::LineCrosses) {
        kind->addItem(tr("price crosses a drawn line"));
        kind->setProperty("line", rule.line.toJson());
    }
    kind->setCurrentIndex(int(rule.kind));
    m_table->setCellWidget(row, Kind, kind);
    auto *symbol = new QComboBox;
    symbol->addItem(tr("any"), QString());
    for (const Instrument &instrument : std::as_const(m_instruments))
        symbol->addItem(instrument.symbol, instrument.symbol);
    symbol->setCurrentIndex(std::max(0, symbol->findData(rule.symbol)));
    m_table->setCellWidget(row, Symbol, symbol);
    auto *timeframe = new QComboBox;
    for (const Timeframe &tf : Timeframe::standard())
        timeframe->addItem(tf.label(), qint64(tf.seconds()));
    timeframe->setCurrentIndex(std::max(0, timeframe->findData(qint64(rule.timeframeSeconds))));
    m_table->setCellWidget(row, Timeframe_, timeframe);
    auto *indicator = new QComboBox;
    indicator->addItems(AlertRule::indicators());
    indicator->setCurrentText(rule.indicator);
    m_table->setCellWidget(row, Indicator, indicator);
    // Levels are prices, indicator values or amounts: exact to 1e-8 as typed.
    auto *level = new QLineEdit(std::abs(rule.level) < 9e10
            ? LocaleDecimal::toString(Decimal::fromDouble(rule.level))
            : QLocale().toString(rule.level, 'g', 12));
    // A line's level moves with time: the cell names the line.
    if (rule.kind == AlertRule::Kind::LineCrosses)
        level->setText(rule.line.kind == Drawing::Kind::HorizontalLine
                ? LocaleDecimal::toString(Decimal::fromDouble(rule.level))
                : Drawing::kindName(rule.line.kind));
    m_table->setCellWidget(row, Level, level);
    auto *direction = new QComboBox;
    direction->addItems({ tr("either way"), tr("upwards"), tr("downwards") });
    direction->setCurrentIndex(int(rule.direction));
    m_table->setCellWidget(row, Direction, direction);
    auto *frequency = new QComboBox;
    frequency->addItems({ tr("once"), tr("once per candle"), tr("every time") });
    frequency->setCurrentIndex(int(rule.frequency));
    frequency->setToolTip(tr("Once: until the rules are changed. Once per candle: of the "
                             "rule's timeframe. Every time: with the cooldown between."));
    m_table->setCellWidget(row, Frequency, frequency);
    auto *cooldown = new QSpinBox;
    cooldown->setRange(0, 86'400);
    cooldown->setSuffix(tr(" s"));
    cooldown->setValue(rule.cooldownSeconds);
    m_table->setCellWidget(row, Cooldown, cooldown);
    auto *severity = new QComboBox;
    severity->addItems({ tr("Info"), tr("Warning"), tr("Critical") });
    severity->setCurrentIndex(int(rule.severity));
    m_table->setCellWidget(row, Severity, severity);

    const auto kindChanged = [timeframe, indicator, level, kind, direction, frequency, cooldown] {
        const auto k = AlertRule::Kind(kind->currentIndex());
        const auto f = AlertRule::Frequency(frequency->currentIndex());
        const bool crossing = k == AlertRule::Kind::PriceCrosses
            || k == AlertRule::Kind::IndicatorCrosses || k == AlertRule::Kind::LineCrosses;
        timeframe->setEnabled(
            k == AlertRule::Kind::IndicatorCrosses || f == AlertRule::Frequency::OncePerCandle);
        indicator->setEnabled(k == AlertRule::Kind::IndicatorCrosses);
        level->setEnabled(k != AlertRule::Kind::SignalFired && k != AlertRule::Kind::LineCrosses);
        direction->setEnabled(crossing);
        cooldown->setEnabled(f == AlertRule::Frequency::Every);
    };
    kindChanged();
    connect(kind, &QComboBox::currentIndexChanged, this, kindChanged);
    connect(frequency, &QComboBox::currentIndexChanged, this, kindChanged);
    for (QComboBox *box : { kind, symbol, timeframe, indicator, direction, frequency, severity })
        connect(box, &QComboBox::currentIndexChanged, this, &AlertRulesDialog::validate);
    connect(cooldown, &QSpinBox::valueChanged, this, &AlertRulesDialog::validate);
    connect(level, &QLineEdit::textChanged, this, &AlertRulesDialog::validate);
    connect(on, &QCheckBox::toggled, this, &AlertRulesDialog::validate);
    validate();
}

void AlertRulesDialog::validate()
{
    QStringList problems;
    AlertRuleList rules;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto box = [this, row](int column) {
            return qobject_cast<QComboBox *>(m_table->cellWidget(row, column));
        };
        AlertRule rule;
        rule.enabled = qobject_cast<QCheckBox *>(m_table->cellWidget(row, On))->isChecked();
        rule.kind = AlertRule::Kind(box(Kind)->currentIndex());
        rule.symbol = box(Symbol)->currentData().toString();
        rule.timeframeSeconds = box(Timeframe_)->currentData().toLongLong();
        rule.indicator = box(Indicator)->currentText();
        rule.severity = AlertSeverity(box(Severity)->currentIndex());
        rule.direction = AlertRule::Direction(box(Direction)->currentIndex());
        rule.frequency = AlertRule::Frequency(box(Frequency)->currentIndex());
        rule.cooldownSeconds
            = qobject_cast<QSpinBox *>(m_table->cellWidget(row, Cooldown))->value();
        if (rule.kind == AlertRule::Kind::LineCrosses) {
            rule.line = *Drawing::fromJson(box(Kind)->property("line").toJsonObject());
            rule.line.symbol = rule.symbol;
        } else if (rule.kind != AlertRule::Kind::SignalFired) {
            // In the chosen language, as every amount typed in Kairos.
            QString why;
            const QString text
                = qobject_cast<QLineEdit *>(m_table->cellWidget(row, Level))->text().trimmed();
            const auto level = LocaleDecimal::parse(text, &why);
            if (level)
                rule.level = level->toDouble();
            if (!level)
                problems << tr("Rule %1: level '%2' %3").arg(row + 1).arg(text, why);
            else if (rule.kind == AlertRule::Kind::PositionPnl && rule.level <= 0.0)
                problems << tr("Rule %1: the PnL amount must be above 0").arg(row + 1);
            else if (rule.kind == AlertRule::Kind::PriceCrosses && rule.symbol.isEmpty())
                problems << tr("Rule %1: a price level needs a symbol").arg(row + 1);
        }
        rules.append(rule);
    }
    m_rules = rules;
    showProblems(problems);
}

} // namespace kairos
