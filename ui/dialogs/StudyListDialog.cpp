#include "StudyListDialog.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>

namespace kairos {

namespace {

enum Column { ShownColumn, SpecColumn, PaneColumn, ColorColumn, StyleColumn, ColumnCount };

const Qt::PenStyle Styles[] = { Qt::SolidLine, Qt::DashLine, Qt::DotLine };

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(color);
    return QIcon(pixmap);
}

} // namespace

StudyListDialog::StudyListDialog(const ChartStudyList &studies, QWidget *parent)
    : ValidatingDialog(parent)
{
    setWindowTitle(tr("Studies"));
    resize(640, 380);
    for (const ChartStudy &s : studies)
        m_rows.append({ s.spec.text(), s.color, s.style, s.pane, s.visible });
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("studies"));
    m_table->setHorizontalHeaderLabels(
        { tr("Shown"), tr("Study"), tr("Pane"), tr("Colour"), tr("Line") });
    m_table->horizontalHeader()->setSectionResizeMode(SpecColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add study"));
    auto *menu = new QMenu(add);
    for (const StudyDefinition &definition : StudyRegistry::definitions()) {
        const QString name = QLatin1StringView(definition.name);
        menu->addAction(tr("%1 (%2)").arg(StudyRegistry::tr(definition.title), name), this,
            [this, name] { addStudy(name); });
    }
    add->setMenu(menu);
    auto *remove = new QPushButton(tr("Remove"));
    auto *up = new QPushButton(tr("Move up"));
    auto *down = new QPushButton(tr("Move down"));
    connect(remove, &QPushButton::clicked, this, [this] { removeStudy(m_table->currentRow()); });
    connect(up, &QPushButton::clicked, this, [this] { moveStudy(m_table->currentRow(), -1); });
    connect(down, &QPushButton::clicked, this, [this] { moveStudy(m_table->currentRow(), 1); });
    for (QPushButton *button : { add, remove, up, down })
        buttons->addWidget(button);
    buttons->addStretch();
    layout->addLayout(buttons);
    addFooter(layout);
    refreshTable();
    validate();
}

int StudyListDialog::paneCount() const
{
    int panes = 0;
    for (const Row &row : m_rows)
        panes = std::max(panes, row.pane);
    return panes;
}

void StudyListDialog::addStudy(const QString &name)
{
    const auto spec = StudySpec::parse(name);
    if (!spec)
        return;
    const ChartStudy study = ChartStudy::make(*spec, int(m_rows.size()), paneCount());
    m_rows.append({ spec->canonical(), study.color, study.style, study.pane, true });
    refreshTable();
    m_table->setCurrentCell(int(m_rows.size()) - 1, SpecColumn);
    validate();
}

void StudyListDialog::removeStudy(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows.removeAt(row);
    refreshTable();
    validate();
}

void StudyListDialog::moveStudy(int row, int offset)
{
    const int to = row + offset;
    if (row < 0 || row >= m_rows.size() || to < 0 || to >= m_rows.size())
        return;
    m_rows.move(row, to);
    refreshTable();
    m_table->setCurrentCell(to, SpecColumn);
}

void StudyListDialog::refreshTable()
{
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row &row = m_rows[r];
        auto *shown = new QCheckBox;
        shown->setChecked(row.visible);
        connect(shown, &QCheckBox::toggled, this, [this, r](bool on) { m_rows[r].visible = on; });
        m_table->setCellWidget(r, ShownColumn, shown);

        auto *spec = new QLineEdit(row.spec);
        spec->setObjectName(QStringLiteral("spec%1").arg(r));
        spec->setToolTip(tr("NAME or NAME:PARAM:… in TA-Lib's parameter order, e.g. rsi:14, "
                            "bb:20:2, sar:0.02:0.2"));
        connect(spec, &QLineEdit::textChanged, this, [this, r](const QString &text) {
            m_rows[r].spec = text.trimmed();
            validate();
        });
        m_table->setCellWidget(r, SpecColumn, spec);

        auto *pane = new QSpinBox;
        pane->setRange(0, 8);
        pane->setSpecialValueText(tr("Price"));
        pane->setValue(row.pane);
        pane->setToolTip(tr("Price: over the candles; 1, 2 …: panes below them, shared by "
                            "studies of the same number"));
        connect(
            pane, &QSpinBox::valueChanged, this, [this, r](int value) { m_rows[r].pane = value; });
        m_table->setCellWidget(r, PaneColumn, pane);

        auto *color = new QToolButton;
        color->setIcon(swatch(row.color));
        color->setToolTip(row.color.name());
        connect(color, &QToolButton::clicked, this, [this, r, color] {
            const QColor chosen = QColorDialog::getColor(m_rows[r].color, this, tr("Study colour"));
            if (!chosen.isValid())
                return;
            m_rows[r].color = chosen;
            color->setIcon(swatch(chosen));
            color->setToolTip(chosen.name());
        });
        m_table->setCellWidget(r, ColorColumn, color);

        auto *style = new QComboBox;
        style->addItems({ tr("Solid"), tr("Dashed"), tr("Dotted") });
        style->setCurrentIndex(
            int(std::find(std::begin(Styles), std::end(Styles), row.style) - std::begin(Styles)));
        connect(style, &QComboBox::currentIndexChanged, this,
            [this, r](int index) { m_rows[r].style = Styles[std::clamp(index, 0, 2)]; });
        m_table->setCellWidget(r, StyleColumn, style);
    }
}

void StudyListDialog::validate()
{
    QStringList problems;
    for (const Row &row : std::as_const(m_rows)) {
        QString why;
        if (!StudySpec::parse(row.spec, &why))
            problems << why;
    }
    showProblems(problems);
}

ChartStudyList StudyListDialog::studies() const
{
    ChartStudyList studies;
    for (const Row &row : m_rows) {
        if (const auto spec = StudySpec::parse(row.spec))
            studies.append({ *spec, row.color, row.style, row.pane, row.visible });
    }
    return studies;
}

} // namespace kairos
