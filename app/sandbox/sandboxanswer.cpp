#include "sandbox/sandboxanswer.h"

SandboxAnswer SandboxAnswer::error(int status, const QString &code, const QString &message)
{
    return {status, QJsonObject{{QStringLiteral("error_code"), code},
                                {QStringLiteral("error_msg"), message}}};
}

SandboxAnswer SandboxAnswer::paramError(const QString &what)
{
    return error(400, QStringLiteral("CBC.0100"), QStringLiteral("Parameter error: %1.").arg(what));
}

SandboxAnswer SandboxAnswer::notYourCustomer()
{
    return error(400, QStringLiteral("CBC.99000035"),
                 QStringLiteral("The customer is not your sub-customer."));
}

SandboxAnswer SandboxAnswer::noSuchReseller()
{
    return error(400, QStringLiteral("CBC.99000037"),
                 QStringLiteral("You have no permission to operate this reseller."));
}

SandboxAnswer SandboxAnswer::insufficientBalance()
{
    return error(400, QStringLiteral("CBC.99005003"), QStringLiteral("Insufficient balance."));
}

SandboxAnswer SandboxAnswer::referralCustomer()
{
    return error(
        400, QStringLiteral("CBC.5021"),
        QStringLiteral("This operation is not allowed for a referral-sale (顾问销售) customer."));
}

SandboxAnswer SandboxAnswer::internalError()
{
    return error(500, QStringLiteral("CBC.0999"), QStringLiteral("Other error."));
}

QJsonObject SandboxAnswer::asDetail(const QString &id) const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("error_code"), body.value(QLatin1String("error_code"))},
                       {QStringLiteral("error_msg"), body.value(QLatin1String("error_msg"))}};
}

SandboxAnswer SandboxAnswer::unknownApi()
{
    return error(404, QStringLiteral("APIG.0101"),
                 QStringLiteral("The API does not exist or has not been published in the"
                                " environment."));
}
