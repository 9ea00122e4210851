#include "InputFile.h"

#include <cstdio>

namespace kairos {

bool InputFile::open(const QString &path)
{
    m_path = path;
    if (isStandardInput())
        return m_file.open(stdin, QIODevice::ReadOnly);
    m_file.setFileName(path);
    return m_file.open(QIODevice::ReadOnly);
}

QString InputFile::sourceName() const
{
    return isStandardInput() ? QStringLiteral("<stdin>") : m_path;
}

} // namespace kairos
