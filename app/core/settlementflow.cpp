#include "core/settlementflow.h"

QStringList SettlementFlow::mainPath()
{
    return {QStringLiteral("PENDING_COUNTERSIGN"),
            QStringLiteral("COUNTERSIGNING"),
            QStringLiteral("AWAITING_INVOICE"),
            QStringLiteral("INVOICE_REVIEW"),
            QStringLiteral("PAY_REVIEW"),
            QStringLiteral("PAYING"),
            QStringLiteral("PAID")};
}

QStringList SettlementFlow::allStatuses()
{
    return mainPath() << QStringLiteral("PAY_REQUEST_FAILED")
                      << QStringLiteral("PAY_REQUEST_REJECTED");
}

bool SettlementFlow::isKnown(const QString &status)
{
    return allStatuses().contains(status);
}

QStringList SettlementFlow::phases()
{
    return {QStringLiteral("countersign"), QStringLiteral("invoice_review"),
            QStringLiteral("payment_review"), QStringLiteral("payment")};
}

QString SettlementFlow::phaseOf(const QString &status)
{
    if (status == u"PENDING_COUNTERSIGN" || status == u"COUNTERSIGNING" ||
        status == u"PAY_REQUEST_FAILED")
        return QStringLiteral("countersign");
    if (status == u"AWAITING_INVOICE" || status == u"INVOICE_REVIEW")
        return QStringLiteral("invoice_review");
    if (status == u"PAY_REVIEW" || status == u"PAY_REQUEST_REJECTED")
        return QStringLiteral("payment_review");
    return QStringLiteral("payment");
}

QStringList SettlementFlow::pathTo(const QString &status)
{
    const QStringList main = mainPath();
    if (status == u"PAY_REQUEST_FAILED")
        return {main.at(0), main.at(1), status};
    if (status == u"PAY_REQUEST_REJECTED")
        return main.mid(0, 5) << status;
    const int at = int(main.indexOf(status));
    return at < 0 ? QStringList() : main.mid(0, at + 1);
}

QString SettlementFlow::next(const QString &status)
{
    if (status == u"PAY_REQUEST_FAILED")
        return QStringLiteral("COUNTERSIGNING");
    if (status == u"PAY_REQUEST_REJECTED")
        return QStringLiteral("AWAITING_INVOICE");
    const QStringList main = mainPath();
    const int at = int(main.indexOf(status));
    return at < 0 || at + 1 >= main.size() ? QString() : main.at(at + 1);
}

bool SettlementFlow::hasPayRequest(const QString &status)
{
    const int at = int(mainPath().indexOf(status));
    return at >= 4 || status == u"PAY_REQUEST_REJECTED";
}
