#pragma once

#include "model/Alert.h"

#include "RecentRowsModel.h"

namespace kairos {

// The alert channel, newest first and bounded; SeverityRole lets a proxy filter it.
class AlertsModel : public RecentRowsModel<Alert, 5000>
{
    Q_OBJECT

public:
    static constexpr int SeverityRole = Qt::UserRole + 1;
    enum Column { TimeColumn, SeverityColumn, SourceColumn, TextColumn, ColumnCount };

    explicit AlertsModel(QObject *parent = nullptr);

    static QString severityName(AlertSeverity severity);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace kairos
