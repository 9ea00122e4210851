#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace kairos {

// One SQLite file per profile, in WAL mode, with a schema version and
// forward migrations. A file written by a newer Kairos is refused with a
// clear message and left untouched. One Database is one connection: use it
// on one thread only.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // The schema this build writes; migrations take any older file there.
    static constexpr int SchemaVersion = 12;

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and migrates. False with error() on failure.
    bool open(const QString &path);
    // Opens without writing anything: for readers next to the writer.
    bool openReadOnly(const QString &path);
    // Opens for writing a file another connection (the session's writer)
    // has already taken to this build's schema, without migrating it: two
    // connections never migrate at once.
    bool openCurrent(const QString &path);
    void close();

    const QString &error() const { return m_error; }
    int schemaVersion() const;
    QSqlDatabase &connection() { return m_db; }

private:
    bool openConnection(const QString &path, bool readOnly);
    bool migrate();
    bool exec(const QString &sql);

    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace kairos
