#pragma once

#include "model/Alert.h"

#include <QAbstractTableModel>

namespace kairos {

// The alert channel, newest first and bounded; SeverityRole lets a proxy filter it.
class AlertsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int MaxRows = 5000;
    static constexpr int SeverityRole = Qt::UserRole + 1;
    enum Column { TimeColumn, SeverityColumn, SourceColumn, TextColumn, ColumnCount };

    explicit AlertsModel(QObject *parent = nullptr);

    void prepend(const AlertList &alerts);
    const Alert &alertAt(int row) const { return m_rows.at(row); }
    static QString severityName(AlertSeverity severity);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Alert> m_rows;
};

} // namespace kairos
