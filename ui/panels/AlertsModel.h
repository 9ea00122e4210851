#pragma once

#include "execution/TradingEvents.h"
#include "model/Alert.h"

#include "RecentRowsModel.h"

#include <QColor>

namespace kairos {

// The alert channel, newest first and bounded; SeverityRole lets a proxy
// filter it. Alerts not yet acknowledged are the newest rows and show in
// bold until acknowledged.
class AlertsModel : public RecentRowsModel<Alert, int(TradingEvents::ViewAlerts)>
{
    Q_OBJECT

public:
    static constexpr int SeverityRole = Qt::UserRole + 1;
    enum Column { TimeColumn, SeverityColumn, SourceColumn, TextColumn, ColumnCount };

    explicit AlertsModel(QObject *parent = nullptr);

    static QString severityName(AlertSeverity severity);
    // A source key ("risk") in the chosen language.
    static QString sourceName(const QString &source);
    // How a severity is coloured wherever an alert is shown.
    static QColor severityColour(AlertSeverity severity);

    // New alerts, oldest first: they go on top, unacknowledged.
    void add(const AlertList &alerts);
    int unacknowledged() const { return m_unacknowledged; }
    // Every row, oldest first, quiet unless still unacknowledged: what add()
    // takes to show them again as they were (a rebuilt window).
    AlertList alerts() const;
    void acknowledgeAll();
    void clear();
    // Rows as tab-separated lines (time, severity, source, text), for the clipboard.
    QString toText(const QList<int> &rows) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void unacknowledgedChanged(int count);

private:
    int m_unacknowledged = 0;
};

} // namespace kairos
