#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QString>

namespace kairos {

// A command's input: a file, memory-mapped when it can be, or standard input
// for "-".
class InputFile
{
public:
    // False with errorString() when it cannot be read.
    bool open(const QString &path);
    QByteArrayView data() const { return m_data; }
    bool isStandardInput() const { return m_path == QStringLiteral("-"); }
    // How messages name it: the path, or <stdin>.
    QString sourceName() const;
    QString errorString() const { return m_file.errorString(); }

private:
    QString m_path;
    QFile m_file;
    QByteArray m_buffer;
    QByteArrayView m_data;
};

} // namespace kairos
