#pragma once

#include <QCoreApplication>
#include <QString>

namespace kairos {

// Where the session database (and with it every recording) lives: the
// folder chosen in Preferences, or the user's data folder.
class DataFolder
{
    Q_DECLARE_TR_FUNCTIONS(DataFolder)

public:
    // The folder in force: the chosen one, else the standard one.
    static QString folder();
    static QString standardFolder();
    // Why Kairos cannot keep its files in `folder` (made if missing), or
    // empty when it can.
    static QString problem(const QString &folder);
    // kairos.db in the folder in force; when that folder cannot be used,
    // in the standard one, with the reason in `warning`.
    static QString databasePath(QString *warning);
};

} // namespace kairos
