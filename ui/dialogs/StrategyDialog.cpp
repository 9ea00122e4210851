#include "StrategyDialog.h"

#include "model/LocaleDecimal.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kairos {

StrategyDialog::StrategyDialog(const StrategyConfig &strategy, QWidget *parent)
    : ValidatingDialog(parent)
    , m_strategy(strategy)
{
    setWindowTitle(tr("Strategy"));
    resize(620, 520);
    auto *layout = new QVBoxLayout(this);

    auto *header = new QFormLayout;
    m_name = new QLineEdit(strategy.name);
    m_name->setObjectName(QStringLiteral("name"));
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_strategy.name = text;
        validate();
    });
    header->addRow(tr("Name"), m_name);
    m_timeframe = new QComboBox;
    for (const Timeframe tf : Timeframe::standard()) {
        m_timeframe->addItem(tf.label(), qint64(tf.seconds()));
        if (tf == strategy.timeframe)
            m_timeframe->setCurrentIndex(m_timeframe->count() - 1);
    }
    connect(m_timeframe, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_strategy.timeframe = Timeframe::fromSeconds(m_timeframe->itemData(index).toLongLong());
    });
    header->addRow(tr("Timeframe"), m_timeframe);

    // How signals become orders when auto-trading is on.
    auto *sizingRow = new QHBoxLayout;
    m_sizingMode = new QComboBox;
    m_sizingMode->setObjectName(QStringLiteral("sizingMode"));
    m_sizingMode->addItems({ tr("Fixed quantity"), tr("Fixed notional"), tr("Percent of equity"),
        tr("Risk % of equity at the stop") });
    m_sizingMode->setToolTip(tr("Risk: the quantity whose loss at the stop-loss (or the "
                                "trailing stop) is that percent of equity."));
    m_sizingMode->setCurrentIndex(int(strategy.sizing.mode));
    m_sizingValue = new QLineEdit(LocaleDecimal::toString(strategy.sizing.value));
    m_sizingValue->setObjectName(QStringLiteral("sizingValue"));
    m_positioned = new QComboBox;
    m_positioned->setObjectName(QStringLiteral("whenPositioned"));
    m_positioned->addItems({ tr("Flip an opposite position"), tr("Only close an opposite position"),
        tr("Ignore while positioned") });
    m_positioned->setCurrentIndex(int(strategy.sizing.whenPositioned));
    sizingRow->addWidget(m_sizingMode);
    sizingRow->addWidget(m_sizingValue);
    sizingRow->addWidget(m_positioned);
    header->addRow(tr("Order size"), sizingRow);
    connect(m_sizingMode, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_strategy.sizing.mode = OrderSizing::Mode(index);
        validate();
    });
    connect(m_positioned, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_strategy.sizing.whenPositioned = OrderSizing::WhenPositioned(index);
    });
    connect(m_sizingValue, &QLineEdit::textChanged, this, &StrategyDialog::validate);
    layout->addLayout(header);

    m_rules = new QTableWidget(0, 3);
    m_rules->setObjectName(QStringLiteral("rules"));
    m_rules->setHorizontalHeaderLabels({ tr("On"), tr("Rule"), tr("Parameters") });
    m_rules->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_rules->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_rules->verticalHeader()->hide();
    m_rules->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rules->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rules->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_rules, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == 0 && item->row() < m_strategy.rules.size()) {
            m_strategy.rules[item->row()].enabled = item->checkState() == Qt::Checked;
            validate();
        }
    });
    connect(
        m_rules, &QTableWidget::currentCellChanged, this, [this](int row) { showParameters(row); });
    layout->addWidget(m_rules, 1);

    auto *ruleButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add rule"));
    auto *addMenu = new QMenu(add);
    for (RuleKind kind : RuleConfig::kinds())
        addMenu->addAction(RuleConfig::kindName(kind), this, [this, kind] { addRule(kind); });
    add->setMenu(addMenu);
    auto *remove = new QPushButton(tr("Remove rule"));
    connect(remove, &QPushButton::clicked, this, &StrategyDialog::removeSelectedRule);
    ruleButtons->addWidget(add);
    ruleButtons->addWidget(remove);
    ruleButtons->addStretch();
    layout->addLayout(ruleButtons);

    auto *parameters = new QGroupBox(tr("Parameters of the selected rule"));
    m_parameters = new QFormLayout(parameters);
    layout->addWidget(parameters);

    // Attached to every position the strategy opens, as a bracket.
    auto *exits = new QGroupBox(tr("Exits of every position it opens"));
    exits->setToolTip(tr("A take-profit limit and a stop-loss stop, one-cancels-other, each a "
                         "distance from the entry price; a trailing stop makes the stop-loss "
                         "trail at its distance; a time limit closes the position after a "
                         "number of candles. Empty: none."));
    auto *exitForm = new QFormLayout(exits);
    const struct
    {
        StrategyExits::Distance StrategyExits::*distance;
        QString name;
        const char *key;
    } kinds[] = { { &StrategyExits::stopLoss, tr("Stop loss"), "stopLoss" },
        { &StrategyExits::takeProfit, tr("Take profit"), "takeProfit" },
        { &StrategyExits::trailingStop, tr("Trailing stop"), "trailingStop" } };
    for (const auto &kind : kinds) {
        const StrategyExits::Distance &d = strategy.exits.*kind.distance;
        auto *value = new QLineEdit(d.isSet() ? LocaleDecimal::toString(d.value) : QString());
        value->setObjectName(QLatin1StringView(kind.key) + QStringLiteral("Value"));
        value->setPlaceholderText(tr("none"));
        // In the order of StrategyExits::Distance::Unit.
        auto *unit = new QComboBox;
        unit->setObjectName(QLatin1StringView(kind.key) + QStringLiteral("Unit"));
        unit->addItems(
            { tr("% of the price"), tr("price"), tr("× ATR(%1)").arg(StrategyExits::AtrPeriod) });
        unit->setCurrentIndex(int(d.unit));
        connect(value, &QLineEdit::textChanged, this, &StrategyDialog::validate);
        connect(unit, &QComboBox::currentIndexChanged, this, &StrategyDialog::validate);
        auto *row = new QHBoxLayout;
        row->addWidget(value, 1);
        row->addWidget(unit);
        exitForm->addRow(kind.name, row);
        m_exits.append({ kind.distance, value, unit });
    }
    auto *timeLimit = new QSpinBox;
    timeLimit->setObjectName(QStringLiteral("timeLimitCandles"));
    timeLimit->setRange(0, StrategyExits::MaxTimeLimitCandles);
    timeLimit->setSpecialValueText(tr("none"));
    timeLimit->setSuffix(tr(" candles"));
    timeLimit->setValue(strategy.exits.timeLimitCandles);
    timeLimit->setToolTip(tr("After this many candles of the strategy's timeframe, what is left "
                             "of the position closes at market (its trades say \"expired\")."));
    connect(timeLimit, &QSpinBox::valueChanged, this, [this](int candles) {
        m_strategy.exits.timeLimitCandles = candles;
        validate();
    });
    exitForm->addRow(tr("Time limit"), timeLimit);
    layout->addWidget(exits);

    addFooter(layout);

    refreshTable();
    if (!m_strategy.rules.isEmpty())
        m_rules->setCurrentCell(0, 1);
    validate();
}

void StrategyDialog::refreshTable()
{
    const QSignalBlocker blocker(m_rules);
    m_rules->setRowCount(int(m_strategy.rules.size()));
    for (int row = 0; row < m_strategy.rules.size(); ++row) {
        const RuleConfig &rule = m_strategy.rules[row];
        auto *on = new QTableWidgetItem;
        on->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        on->setCheckState(rule.enabled ? Qt::Checked : Qt::Unchecked);
        m_rules->setItem(row, 0, on);
        m_rules->setItem(row, 1, new QTableWidgetItem(RuleConfig::kindName(rule.kind)));
        m_rules->setItem(row, 2, new QTableWidgetItem(rule.summary()));
    }
}

void StrategyDialog::showParameters(int row)
{
    while (m_parameters->rowCount() > 0)
        m_parameters->removeRow(0);
    if (row < 0 || row >= m_strategy.rules.size())
        return;
    const RuleConfig &rule = m_strategy.rules[row];
    for (const ParameterSpec &spec : RuleConfig::parameterSpecs(rule.kind)) {
        auto *box = new QDoubleSpinBox;
        box->setObjectName(spec.key);
        box->setDecimals(spec.decimals);
        // A wider range than allowed, so a bad value can be typed and explained.
        box->setRange(-1e6, 1e6);
        box->setValue(rule.parameter(spec.key));
        box->setToolTip(tr("From %1 to %2").arg(spec.minimum).arg(spec.maximum));
        connect(box, &QDoubleSpinBox::valueChanged, this, [this, row, key = spec.key](double v) {
            m_strategy.rules[row].parameters[key] = v;
            m_rules->item(row, 2)->setText(m_strategy.rules[row].summary());
            validate();
        });
        m_parameters->addRow(spec.label, box);
    }
    for (const TextParameterSpec &spec : RuleConfig::textParameterSpecs(rule.kind)) {
        auto *edit = new QLineEdit(rule.text(spec.key));
        edit->setObjectName(spec.key);
        edit->setPlaceholderText(spec.defaultValue);
        edit->setToolTip(spec.help);
        connect(
            edit, &QLineEdit::textChanged, this, [this, row, key = spec.key](const QString &text) {
                m_strategy.rules[row].texts[key] = text.trimmed();
                m_rules->item(row, 2)->setText(m_strategy.rules[row].summary());
                validate();
            });
        m_parameters->addRow(spec.label, edit);
    }
}

void StrategyDialog::addRule(RuleKind kind)
{
    m_strategy.rules.append(RuleConfig::make(kind));
    refreshTable();
    m_rules->setCurrentCell(int(m_strategy.rules.size()) - 1, 1);
    validate();
}

void StrategyDialog::removeSelectedRule()
{
    const int row = m_rules->currentRow();
    if (row < 0 || row >= m_strategy.rules.size())
        return;
    m_strategy.rules.removeAt(row);
    refreshTable();
    showParameters(m_rules->currentRow());
    validate();
}

void StrategyDialog::validate()
{
    QStringList problems;
    QString why;
    if (const auto value = LocaleDecimal::parse(m_sizingValue->text(), &why))
        m_strategy.sizing.value = *value;
    else
        problems << tr("order size '%1' %2").arg(m_sizingValue->text(), why);
    for (const ExitFields &exit : std::as_const(m_exits)) {
        StrategyExits::Distance &d = m_strategy.exits.*exit.distance;
        d.unit = StrategyExits::Distance::Unit(std::max(exit.unit->currentIndex(), 0));
        d.value = Decimal();
        if (exit.value->text().trimmed().isEmpty())
            continue;
        if (const auto value = LocaleDecimal::parse(exit.value->text(), &why);
            value && *value > Decimal())
            d.value = *value;
        else
            problems << tr("exit distance '%1' %2")
                            .arg(exit.value->text(), value ? tr("must be positive") : why);
    }
    showProblems(problems + m_strategy.validate());
}

} // namespace kairos
