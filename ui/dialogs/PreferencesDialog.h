#pragma once

#include <QDialog>

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace kairos {

// Preferences: General (language, data folder), Appearance (dark or light,
// the chart following), Notifications (a notification and a sound per
// severity). OK writes the settings; the caller applies what changed.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // What OK changed that needs the window rebuilt (language, theme).
    bool appearanceChanged() const { return m_appearanceChanged; }

    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }
    QLineEdit *dataFolderField() const { return m_dataFolder; }
    QCheckBox *notifyBox(int severity) const { return m_notify[std::size_t(severity)]; }
    QCheckBox *soundBox(int severity) const { return m_sound[std::size_t(severity)]; }
    // "#rrggbb", or empty for the theme's.
    void setCandleColours(const QString &up, const QString &down);

    void accept() override;

private:
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QLineEdit *m_dataFolder = nullptr;
    QLabel *m_folderProblem = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QString m_upColour;
    QString m_downColour;
    std::array<QCheckBox *, 3> m_notify {};
    std::array<QCheckBox *, 3> m_sound {};
    bool m_appearanceChanged = false;
};

} // namespace kairos
