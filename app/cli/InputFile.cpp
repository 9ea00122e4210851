#include "InputFile.h"

#include <cstdio>

namespace kairos {

bool InputFile::open(const QString &path)
{
    m_path = path;
    if (isStandardInput()) {
        if (!m_file.open(stdin, QIODevice::ReadOnly))
            return false;
    } else {
        m_file.setFileName(path);
        if (!m_file.open(QIODevice::ReadOnly))
            return false;
    }
    if (uchar *mapped = m_file.isSequential() ? nullptr : m_file.map(0, m_file.size()))
        m_data = QByteArrayView(reinterpret_cast<const char *>(mapped), m_file.size());
    else
        m_data = m_buffer = m_file.readAll();
    return true;
}

QString InputFile::sourceName() const
{
    return isStandardInput() ? QStringLiteral("<stdin>") : m_path;
}

} // namespace kairos
