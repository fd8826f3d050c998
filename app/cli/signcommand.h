#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// `partnerdesk-cli sign`: request objects in refsign's format on stdin (one object or an array),
// the signing results on stdout.
class SignCommand
{
    Q_DECLARE_TR_FUNCTIONS(SignCommand)
public:
    // Returns the exit code: 0, or 2 with *error set for bad input.
    static int run(const QByteArray &input, QByteArray *output, QString *error);
    // Signs one request object; on bad input returns an empty object and sets *error.
    static QJsonObject signOne(const QJsonObject &request, QString *error);
};
