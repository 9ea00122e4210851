#include "DataFolder.h"

#include "Settings.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace kairos {

QString DataFolder::standardFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString DataFolder::folder()
{
    const QString chosen = Settings::dataFolder.value().trimmed();
    return chosen.isEmpty() ? standardFolder() : chosen;
}

QString DataFolder::problem(const QString &folder)
{
    if (folder.trimmed().isEmpty())
        return tr("no folder given");
    if (!QDir().mkpath(folder))
        return tr("%1 cannot be made").arg(QDir::toNativeSeparators(folder));
    // Writable means a file can be made there, whatever the permissions say.
    QTemporaryFile probe(QDir(folder).filePath(QStringLiteral("kairos-probe-XXXXXX")));
    if (!probe.open())
        return tr("%1 is not writable: %2")
            .arg(QDir::toNativeSeparators(folder), probe.errorString());
    return {};
}

QString DataFolder::databasePath(QString *warning)
{
    QString chosen = folder();
    if (const QString why = problem(chosen); !why.isEmpty() && chosen != standardFolder()) {
        chosen = standardFolder();
        if (warning)
            *warning = tr("the data folder cannot be used (%1): this session is kept in %2")
                           .arg(why, QDir::toNativeSeparators(chosen));
        QDir().mkpath(chosen);
    }
    return QDir(chosen).filePath(QStringLiteral("kairos.db"));
}

} // namespace kairos
