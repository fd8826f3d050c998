#pragma once

#include "core/decimal.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// A compact JSON object writer for request bodies. Unlike QJsonDocument it writes amounts as
// exact decimal numbers ("300.00", never via double) and keeps keys in insertion order, so the
// bytes that are hashed for the signature are exactly the bytes sent.
class JsonBody
{
public:
    JsonBody &add(const char *key, const QString &value);
    JsonBody &add(const char *key, const char *value) = delete; // say QString or Latin1 explicitly
    JsonBody &add(const char *key, const Decimal &value);
    JsonBody &add(const char *key, qint64 value);
    JsonBody &add(const char *key, bool value);
    JsonBody &add(const char *key, const QStringList &values);
    JsonBody &add(const char *key, const QList<int> &values);
    JsonBody &addObjectList(const char *key, const char *field, const QStringList &values);
    // An array of objects each written by JsonBody (nested amounts stay exact).
    JsonBody &add(const char *key, const QList<JsonBody> &objects);
    // Adds the key only when `value` is not empty (BSS: "omit unused filters").
    JsonBody &addIfSet(const char *key, const QString &value);

    QByteArray bytes() const;
    static QByteArray quote(const QString &value);

private:
    void key(const char *key);
    QByteArray m_out;
};
