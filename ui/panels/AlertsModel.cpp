#include "AlertsModel.h"
#include "model/EventTime.h"

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QTimeZone>

#include <algorithm>

namespace kairos {

AlertsModel::AlertsModel(QObject *parent)
    : RecentRowsModel(parent)
{ }

QColor AlertsModel::severityColour(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Info:
        return QColor(0x78, 0x90, 0x9c);
    case AlertSeverity::Warning:
        return QColor(0xff, 0xb7, 0x4d);
    case AlertSeverity::Critical:
        break;
    }
    return QColor(0xef, 0x53, 0x50);
}

QString AlertsModel::sourceName(const QString &source)
{
    // The key stays in storage, exports and events; the table says it in
    // the trader's language.
    static const std::pair<const char *, const char *> names[] = {
        { "broker", QT_TR_NOOP("broker") },
        { "feed", QT_TR_NOOP("feed") },
        { "risk", QT_TR_NOOP("risk") },
        { "rule", QT_TR_NOOP("rule") },
        { "settings", QT_TR_NOOP("settings") },
        { "storage", QT_TR_NOOP("storage") },
        { "strategy", QT_TR_NOOP("strategy") },
    };
    for (const auto &[key, name] : names) {
        if (source == QLatin1StringView(key))
            return tr(name);
    }
    return source;
}

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

void AlertsModel::add(const AlertList &alerts)
{
    if (alerts.isEmpty())
        return;
    prepend(alerts);
    const auto loud = std::count_if(
        alerts.cbegin(), alerts.cend(), [](const Alert &alert) { return !alert.quiet; });
    m_unacknowledged = int(std::min<qsizetype>(m_unacknowledged + loud, m_rows.size()));
    emit unacknowledgedChanged(m_unacknowledged);
}

AlertList AlertsModel::alerts() const
{
    AlertList out;
    out.reserve(m_rows.size());
    for (qsizetype row = m_rows.size() - 1; row >= 0; --row) {
        out.append(m_rows[row]);
        out.last().quiet = row >= m_unacknowledged;
    }
    return out;
}

void AlertsModel::acknowledgeAll()
{
    if (m_unacknowledged == 0)
        return;
    const int last = m_unacknowledged - 1;
    m_unacknowledged = 0;
    emit dataChanged(index(0, 0), index(last, ColumnCount - 1), { Qt::FontRole });
    emit unacknowledgedChanged(0);
}

void AlertsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_unacknowledged = 0;
    endResetModel();
    emit unacknowledgedChanged(0);
}

QString AlertsModel::toText(const QList<int> &rows) const
{
    QStringList lines;
    for (const int row : rows) {
        if (row < 0 || row >= m_rows.size())
            continue;
        const Alert &a = m_rows[row];
        lines << EventTime::toIso(a.time) + u'\t' + alertSeverityKey(a.severity) + u'\t' + a.source
                + u'\t' + a.text;
    }
    return lines.join(u'\n');
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
            return sourceName(a.source);
        case TextColumn:
            return a.text;
        }
        break;
    case Qt::FontRole:
        if (index.row() < m_unacknowledged) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn || a.severity == AlertSeverity::Critical)
            return severityColour(a.severity);
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
