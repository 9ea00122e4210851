#include "PreferencesDialog.h"

#include "DataFolder.h"

#include "Settings.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kairos {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    auto *tabs = new QTabWidget;

    auto *general = new QWidget;
    auto *generalForm = new QFormLayout(general);
    m_language = new QComboBox;
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(Settings::language.value())));
    generalForm->addRow(tr("Language"), m_language);
    auto *folderRow = new QWidget;
    auto *folderLayout = new QHBoxLayout(folderRow);
    folderLayout->setContentsMargins(0, 0, 0, 0);
    m_dataFolder = new QLineEdit(Settings::dataFolder.value());
    m_dataFolder->setPlaceholderText(DataFolder::standardFolder());
    auto *browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Data folder"),
            m_dataFolder->text().isEmpty() ? m_dataFolder->placeholderText()
                                           : m_dataFolder->text());
        if (!folder.isEmpty())
            m_dataFolder->setText(folder);
    });
    folderLayout->addWidget(m_dataFolder);
    folderLayout->addWidget(browse);
    generalForm->addRow(tr("Data folder"), folderRow);
    auto *folderHint = new QLabel(tr("Where kairos.db (the session, with every recording) "
                                     "lives; used from the next start. Empty: the standard "
                                     "folder."));
    folderHint->setWordWrap(true);
    generalForm->addRow(QString(), folderHint);
    m_folderProblem = new QLabel;
    m_folderProblem->setObjectName(QStringLiteral("folderProblem"));
    m_folderProblem->setWordWrap(true);
    m_folderProblem->setStyleSheet(QStringLiteral("QLabel { color: #ef5350; }"));
    m_folderProblem->hide();
    generalForm->addRow(QString(), m_folderProblem);
    tabs->addTab(general, tr("General"));

    auto *appearance = new QWidget;
    auto *appearanceForm = new QFormLayout(appearance);
    m_theme = new QComboBox;
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(Settings::theme.value())));
    appearanceForm->addRow(tr("Theme"), m_theme);
    auto *themeHint = new QLabel(tr("The charts' colours follow the theme."));
    appearanceForm->addRow(QString(), themeHint);
    m_up = new QPushButton;
    m_down = new QPushButton;
    const auto pick = [this](QPushButton *button, QString &colour, const QString &title) {
        connect(button, &QPushButton::clicked, this, [this, &colour, title] {
            const QColor chosen = QColorDialog::getColor(QColor(colour), this, title);
            if (chosen.isValid())
                setCandleColours(&colour == &m_upColour ? chosen.name() : m_upColour,
                    &colour == &m_downColour ? chosen.name() : m_downColour);
        });
    };
    pick(m_up, m_upColour, tr("Rising candles"));
    pick(m_down, m_downColour, tr("Falling candles"));
    auto *themeColours = new QPushButton(tr("Theme colours"));
    connect(themeColours, &QPushButton::clicked, this,
        [this] { setCandleColours(QString(), QString()); });
    auto *candles = new QHBoxLayout;
    candles->addWidget(m_up);
    candles->addWidget(m_down);
    candles->addWidget(themeColours);
    appearanceForm->addRow(tr("Candles"), candles);
    setCandleColours(Settings::upColour.value(), Settings::downColour.value());
    tabs->addTab(appearance, tr("Appearance"));

    auto *notifications = new QWidget;
    auto *grid = new QGridLayout(notifications);
    grid->addWidget(new QLabel(tr("Notification")), 0, 1);
    grid->addWidget(new QLabel(tr("Sound")), 0, 2);
    const QString names[] = { tr("Info"), tr("Warning"), tr("Critical") };
    for (int s = 0; s < 3; ++s) {
        grid->addWidget(new QLabel(names[s]), s + 1, 0);
        m_notify[std::size_t(s)] = new QCheckBox;
        m_notify[std::size_t(s)]->setChecked(Settings::notify[std::size_t(s)].value());
        grid->addWidget(m_notify[std::size_t(s)], s + 1, 1, Qt::AlignHCenter);
        m_sound[std::size_t(s)] = new QCheckBox;
        m_sound[std::size_t(s)]->setChecked(Settings::sound[std::size_t(s)].value());
        grid->addWidget(m_sound[std::size_t(s)], s + 1, 2, Qt::AlignHCenter);
    }
    auto *repeats = new QLabel(tr("Repeated alerts are folded into one with a count; every "
                                  "alert stays in the Alerts panel."));
    repeats->setWordWrap(true);
    grid->addWidget(repeats, 4, 0, 1, 3);
    grid->setRowStretch(5, 1);
    tabs->addTab(notifications, tr("Notifications"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
}

void PreferencesDialog::setCandleColours(const QString &up, const QString &down)
{
    m_upColour = up;
    m_downColour = down;
    const auto show = [](QPushButton *button, const QString &colour, const QString &label) {
        button->setText(label);
        button->setStyleSheet(colour.isEmpty()
                ? QString()
                : QStringLiteral("QPushButton { border-left: 14px solid %1; padding-left: 6px; }")
                      .arg(colour));
    };
    show(m_up, up, up.isEmpty() ? tr("Rising: theme") : tr("Rising"));
    show(m_down, down, down.isEmpty() ? tr("Falling: theme") : tr("Falling"));
}

void PreferencesDialog::accept()
{
    const QString folder = m_dataFolder->text().trimmed();
    if (!folder.isEmpty()) {
        if (const QString why = DataFolder::problem(folder); !why.isEmpty()) {
            m_folderProblem->setText(tr("This folder cannot hold Kairos's data: %1").arg(why));
            m_folderProblem->show();
            return;
        }
    }
    const QString language = m_language->currentData().toString();
    const QString theme = m_theme->currentData().toString();
    m_appearanceChanged = language != Settings::language.value() || theme != Settings::theme.value()
        || m_upColour != Settings::upColour.value() || m_downColour != Settings::downColour.value();
    Settings::upColour.setValue(m_upColour);
    Settings::downColour.setValue(m_downColour);
    Settings::language.setValue(language);
    Settings::theme.setValue(theme);
    Settings::dataFolder.setValue(folder);
    for (std::size_t s = 0; s < 3; ++s) {
        Settings::notify[s].setValue(m_notify[s]->isChecked());
        Settings::sound[s].setValue(m_sound[s]->isChecked());
    }
    QDialog::accept();
}

} // namespace kairos
