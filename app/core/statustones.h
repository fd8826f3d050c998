#pragma once

#include <QString>

// The tone of a status (how a status chip is coloured; never the only signal: the chip always
// says the status in words): good (usable, in effect, paid, done), attention (pending, near,
// frozen, unknown), bad (expired, failed, rejected, over budget) or neutral (used, closed,
// voided). One function per StatusLabels table that has statuses, taking the same codes.
class StatusTones
{
public:
    enum Tone { None = 0, Good, Attention, Bad, Neutral };

    static Tone couponStatus(int status);
    static Tone quotaStatus(int status);
    static Tone orderStatus(int status);
    static Tone resourceStatus(int status);
    static Tone agreementStatus(const QString &status);
    static Tone unbindStatus(const QString &status);
    static Tone settlementStatus(const QString &status);
    static Tone incentiveStatus(const QString &status);
    static Tone mdfStatus(const QString &status);
    static Tone budgetState(const QString &state);
    static Tone frozenState(int isFrozen);
    static Tone invoiceState(int state);
    static Tone diffChange(const QString &change);
};
