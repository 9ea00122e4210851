#pragma once

#include <QByteArray>
#include <QList>

namespace kairos {

// A reply of the Redis protocol, as hiredis's reader decodes it.
struct RedisReply
{
    enum class Type { String, Array, Integer, Nil, Status, Error };

    Type type = Type::Nil;
    QByteArray text; // String, Status and Error
    long long integer = 0;
    QList<RedisReply> elements; // Array

    bool isError() const { return type == Type::Error; }
};

} // namespace kairos
