#include "models/auditlogmodel.h"

#include "core/money.h"

#include <QLocale>

void AuditLogModel::setEntries(const QList<AuditLog::Entry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

QString AuditLogModel::actionLabel(const QString &action)
{
    static const struct
    {
        const char *code;
        const char *label;
    } labels[] = {
        {"allocate", QT_TR_NOOP("Allocate")},
        {"reclaim", QT_TR_NOOP("Reclaim")},
        {"allocate-reseller", QT_TR_NOOP("Allocate to reseller")},
        {"reclaim-reseller", QT_TR_NOOP("Reclaim from reseller")},
        {"coupon-issue", QT_TR_NOOP("Issue coupon")},
        {"coupon-reclaim", QT_TR_NOOP("Reclaim coupon")},
        {"reclaim-coupon", QT_TR_NOOP("Reclaim coupon")},
        {"quota-issue", QT_TR_NOOP("Issue quota to reseller")},
        {"quota-reclaim", QT_TR_NOOP("Reclaim reseller quota")},
        {"unbind", QT_TR_NOOP("Unbind")},
        {"agency-add", QT_TR_NOOP("Add payment agreement")},
        {"agency-void", QT_TR_NOOP("Void payment agreement")},
        {"mdf-claim", QT_TR_NOOP("Submit MDF claim")},
        {"call", QT_TR_NOOP("Raw API call (CLI)")},
        {"reveal", QT_TR_NOOP("Reveal column")},
        {"mask", QT_TR_NOOP("Mask column")},
        {"export", QT_TR_NOOP("Export")},
    };
    for (const auto &l : labels) {
        if (action == QLatin1String(l.code))
            return tr(l.label);
    }
    return action;
}

QString AuditLogModel::resultLabel(const QString &result)
{
    static const struct
    {
        const char *code;
        const char *label;
    } labels[] = {
        {"intent", QT_TR_NOOP("About to send")},
        {"done", QT_TR_NOOP("Done")},
        {"done-claim-conflict", QT_TR_NOOP("Done (record also claimed elsewhere)")},
        {"not-applied", QT_TR_NOOP("Not applied")},
        {"failed", QT_TR_NOOP("Not applied")},
        {"unknown", QT_TR_NOOP("Outcome unknown")},
        {"interrupted", QT_TR_NOOP("Interrupted")},
        {"skipped", QT_TR_NOOP("Skipped")},
        {"submitted", QT_TR_NOOP("Submitted")},
    };
    for (const auto &l : labels) {
        if (result == QLatin1String(l.code))
            return tr(l.label);
    }
    return result;
}

QVariant AuditLogModel::rawValue(int row, int column) const
{
    const AuditLog::Entry &e = m_entries.at(row);
    switch (column) {
    case Time:
        return QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat);
    case Profile:
        // The journal's keys for accounts without a saved profile, in words.
        if (e.profile.startsWith(u"sandbox:"))
            return tr("Sandbox");
        if (e.profile.startsWith(u"env:"))
            return tr("Keys from the environment (%1)").arg(e.profile.mid(4));
        return e.profile;
    case Operator:
        return e.operatorLabel;
    case Action:
        return actionLabel(e.action);
    case Target:
        return e.target;
    case Amount:
        return e.amount.isValid() ? Money(e.amount, e.currency).format(QLocale()) : QString();
    case Result:
        return resultLabel(e.result);
    case ErrorCode:
        return e.errorCode;
    case RequestId:
        return e.requestId;
    case Detail:
        return e.detail;
    default:
        return {};
    }
}

QVariant AuditLogModel::exportValue(int row, int column) const
{
    const AuditLog::Entry &e = m_entries.at(row);
    if (column == Time)
        return e.time;
    if (column == Amount)
        return e.amount.isValid() ? e.amount.toString() : QString();
    return rawValue(row, column);
}

QString AuditLogModel::columnTitle(int column) const
{
    switch (column) {
    case Time:
        return tr("Time");
    case Profile:
        return tr("Profile");
    case Operator:
        return tr("Operator");
    case Action:
        return tr("Action");
    case Target:
        return tr("Target");
    case Amount:
        return tr("Amount");
    case Result:
        return tr("Result");
    case ErrorCode:
        return tr("Error code");
    case RequestId:
        return tr("Request ID");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}
