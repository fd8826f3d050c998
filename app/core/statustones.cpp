#include "core/statustones.h"

#include <QHash>

using T = StatusTones::Tone;

namespace {

T pick(const QHash<QString, T> &table, const QString &code)
{
    return table.value(code, T::None);
}

} // namespace

T StatusTones::couponStatus(int s)
{
    // 1 not activated, 2 usable, 3 used, 4 expired, 5 reclaimed
    return s == 2 ? Good : s == 4 ? Bad : s == 1 ? Attention : (s == 3 || s == 5) ? Neutral : None;
}

T StatusTones::quotaStatus(int s)
{
    // 0 normal, 3 invalid, 4 being adjusted, 5 frozen, 6 reclaimed
    return s == 0 ? Good : s == 3 ? Bad : (s == 4 || s == 5) ? Attention : s == 6 ? Neutral : None;
}

T StatusTones::orderStatus(int s)
{
    // 1 pending review, 3 processing, 4 cancelled, 5 completed, 6 pending payment, 9 to confirm
    return s == 5                                   ? Good
           : s == 4                                 ? Neutral
           : (s == 1 || s == 3 || s == 6 || s == 9) ? Attention
                                                    : None;
}

T StatusTones::resourceStatus(int s)
{
    // 2 in use, 3 closed, 4 frozen, 5 expired
    return s == 2 ? Good : s == 3 ? Neutral : s == 4 ? Attention : s == 5 ? Bad : None;
}

T StatusTones::agreementStatus(const QString &s)
{
    static const QHash<QString, T> t = {{QStringLiteral("EFFECTIVE"), Good},
                                        {QStringLiteral("VOIDED"), Neutral},
                                        {QStringLiteral("EXPIRED"), Bad}};
    return pick(t, s);
}

T StatusTones::unbindStatus(const QString &s)
{
    static const QHash<QString, T> t = {{QStringLiteral("SUBMITTED"), Attention},
                                        {QStringLiteral("APPROVED"), Good},
                                        {QStringLiteral("REJECTED"), Bad}};
    return pick(t, s);
}

T StatusTones::settlementStatus(const QString &s)
{
    static const QHash<QString, T> t = {{QStringLiteral("PENDING_COUNTERSIGN"), Attention},
                                        {QStringLiteral("COUNTERSIGNING"), Attention},
                                        {QStringLiteral("PAY_REQUEST_FAILED"), Bad},
                                        {QStringLiteral("AWAITING_INVOICE"), Attention},
                                        {QStringLiteral("INVOICE_REVIEW"), Attention},
                                        {QStringLiteral("PAY_REVIEW"), Attention},
                                        {QStringLiteral("PAY_REQUEST_REJECTED"), Bad},
                                        {QStringLiteral("PAYING"), Attention},
                                        {QStringLiteral("PAID"), Good}};
    return pick(t, s);
}

T StatusTones::incentiveStatus(const QString &s)
{
    static const QHash<QString, T> t = {{QStringLiteral("NOT_REQUESTED"), Attention},
                                        {QStringLiteral("PROCESSING"), Attention},
                                        {QStringLiteral("AWAITING_INVOICE"), Attention},
                                        {QStringLiteral("INVOICE_REVIEW"), Attention},
                                        {QStringLiteral("COMPLETED"), Good},
                                        {QStringLiteral("FAILED"), Bad}};
    return pick(t, s);
}

T StatusTones::mdfStatus(const QString &s)
{
    static const QHash<QString, T> t = {{QStringLiteral("APPLICATION_REVIEW"), Attention},
                                        {QStringLiteral("CLAIM_PENDING"), Attention},
                                        {QStringLiteral("CLAIM_REVIEW"), Attention},
                                        {QStringLiteral("CLAIM_APPROVED"), Good},
                                        {QStringLiteral("CLAIM_REJECTED"), Bad},
                                        {QStringLiteral("EXPIRED"), Bad}};
    return pick(t, s);
}

T StatusTones::budgetState(const QString &s)
{
    static const QHash<QString, T> t = {{QStringLiteral("over"), Bad},
                                        {QStringLiteral("near"), Attention},
                                        {QStringLiteral("within"), Good},
                                        {QStringLiteral("none"), Neutral}};
    return pick(t, s);
}

T StatusTones::frozenState(int isFrozen)
{
    return isFrozen == 1 ? Bad : isFrozen == 0 ? Good : None;
}

T StatusTones::invoiceState(int s)
{
    // 8 completed; 9 returned, 15 return failed; the others are on their way
    if (s == 8)
        return Good;
    if (s == 15)
        return Bad;
    if (s == 9)
        return Neutral;
    return (s == 0 || s == 1 || (s >= 4 && s <= 7) || s == 11 || s == 13 || s == 14) ? Attention
                                                                                     : None;
}

T StatusTones::diffChange(const QString &s)
{
    static const QHash<QString, T> t = {{QStringLiteral("new"), Good},
                                        {QStringLiteral("gone"), Bad},
                                        {QStringLiteral("changed"), Attention},
                                        {QStringLiteral("unchanged"), Neutral}};
    return pick(t, s);
}
