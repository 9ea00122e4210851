#include "DrawingStore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace kairos {

DrawingStore::DrawingStore(const QString &path)
    : m_path(path)
{ }

bool DrawingStore::ensureOpen()
{
    if (m_db.connection().isOpen())
        return true;
    if (m_db.openCurrent(m_path))
        return true;
    m_error = m_db.error();
    return false;
}

DrawingList DrawingStore::load(const QString &symbol)
{
    m_error.clear();
    DrawingList drawings;
    if (!ensureOpen())
        return drawings;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT id, drawing FROM drawings WHERE symbol = ? ORDER BY id"));
    query.addBindValue(symbol);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return drawings;
    }
    QStringList problems;
    while (query.next()) {
        QString why;
        const QJsonObject json = QJsonDocument::fromJson(query.value(1).toByteArray()).object();
        auto drawing = Drawing::fromJson(json, &why);
        if (!drawing) {
            problems
                << tr("drawing %1 of %2: %3").arg(query.value(0).toLongLong()).arg(symbol, why);
            continue;
        }
        drawing->id = query.value(0).toLongLong();
        drawing->symbol = symbol;
        drawings.append(*drawing);
    }
    m_error = problems.join(QStringLiteral("; "));
    return drawings;
}

bool DrawingStore::save(Drawing &drawing)
{
    m_error.clear();
    if (!ensureOpen())
        return false;
    const QByteArray json = QJsonDocument(drawing.toJson()).toJson(QJsonDocument::Compact);
    QSqlQuery query(m_db.connection());
    if (drawing.id == 0) {
        query.prepare(QStringLiteral("INSERT INTO drawings (symbol, drawing) VALUES (?, ?)"));
        query.addBindValue(drawing.symbol);
        query.addBindValue(QString::fromUtf8(json));
    } else {
        query.prepare(QStringLiteral("UPDATE drawings SET symbol = ?, drawing = ? WHERE id = ?"));
        query.addBindValue(drawing.symbol);
        query.addBindValue(QString::fromUtf8(json));
        query.addBindValue(qint64(drawing.id));
    }
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    if (drawing.id == 0)
        drawing.id = query.lastInsertId().toLongLong();
    return true;
}

bool DrawingStore::remove(std::int64_t id)
{
    m_error.clear();
    if (!ensureOpen())
        return false;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM drawings WHERE id = ?"));
    query.addBindValue(qint64(id));
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace kairos
