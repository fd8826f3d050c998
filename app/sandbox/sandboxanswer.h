#pragma once

#include <QJsonObject>
#include <QString>

// One sandbox service answer: an HTTP status and a JSON body, or a BSS error body
// {"error_code", "error_msg"} with the documented codes of bss-api.md.
struct SandboxAnswer
{
    int status = 200;
    QJsonObject body;

    static SandboxAnswer ok(const QJsonObject &body) { return {200, body}; }
    static SandboxAnswer noContent() { return {204, QJsonObject()}; }
    static SandboxAnswer error(int status, const QString &code, const QString &message);
    // 400 CBC.0100 "Parameter error: <what>."
    static SandboxAnswer paramError(const QString &what);
    static SandboxAnswer notYourCustomer();     // 400 CBC.99000035
    static SandboxAnswer noSuchReseller();      // 400 CBC.99000037
    static SandboxAnswer insufficientBalance(); // 400 CBC.99005003
    static SandboxAnswer referralCustomer();    // 400 CBC.5021
    static SandboxAnswer internalError();       // 500 CBC.0999
    static SandboxAnswer unknownApi();          // 404 APIG.0101, as the gateway answers
    // The same error as an error_details entry of a 200 batch answer.
    QJsonObject asDetail(const QString &id) const;
};
