#pragma once

#include <QFile>
#include <QString>

namespace kairos {

// A command's input: a file, or standard input for "-". Readers take it in
// chunks, never whole: it may be endless (/dev/zero, a pipe).
class InputFile
{
public:
    // False with errorString() when it cannot be read.
    bool open(const QString &path);
    QIODevice *device() { return &m_file; }
    bool isStandardInput() const { return m_path == QStringLiteral("-"); }
    // How messages name it: the path, or <stdin>.
    QString sourceName() const;
    QString errorString() const { return m_file.errorString(); }

private:
    QString m_path;
    QFile m_file;
};

} // namespace kairos
