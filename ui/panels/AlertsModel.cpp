#include "AlertsModel.h"

#include <QColor>
#include <QDateTime>
#include <QTimeZone>

namespace kairos {

AlertsModel::AlertsModel(QObject *parent)
    : RecentRowsModel(parent)
{ }

QString AlertsModel::severityName(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Info:
        return tr("INFO");
    case AlertSeverity::Warning:
        return tr("WARNING");
    case AlertSeverity::Critical:
        return tr("CRITICAL");
    }
    return {};
}

int AlertsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert &a = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(a.time, QTimeZone::utc())
                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case SeverityColumn:
            return severityName(a.severity);
        case SourceColumn:
            return a.source;
        case TextColumn:
            return a.text;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn || a.severity == AlertSeverity::Critical) {
            switch (a.severity) {
            case AlertSeverity::Info:
                return QColor(0x78, 0x90, 0x9c);
            case AlertSeverity::Warning:
                return QColor(0xff, 0xb7, 0x4d);
            case AlertSeverity::Critical:
                return QColor(0xef, 0x53, 0x50);
            }
        }
        break;
    case SeverityRole:
        return int(a.severity);
    default:
        break;
    }
    return {};
}

QVariant AlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time (UTC)");
    case SeverityColumn:
        return tr("Severity");
    case SourceColumn:
        return tr("Source");
    case TextColumn:
        return tr("Alert");
    }
    return {};
}

} // namespace kairos
