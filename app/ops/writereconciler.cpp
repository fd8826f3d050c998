#include "ops/writereconciler.h"

#include "ops/verifiedwrite.h"

#include <QTimer>

namespace {
// An intent whose process still runs is left alone unless it is older than this.
constexpr qint64 StaleMs = 30 * 60 * 1000;
} // namespace

WriteReconciler::WriteReconciler(const Writer &writer, QObject *parent)
    : QObject(parent), m_writer(writer)
{}

void WriteReconciler::start()
{
    if (m_writer.journal && m_writer.journal->isUsable())
        m_intents = m_writer.journal->interrupted(m_writer.profile, StaleMs);
    m_pending = int(m_intents.size());
    if (m_pending == 0) {
        QTimer::singleShot(0, this, [this] { emit finished(0); });
        return;
    }
    for (const WriteJournal::Intent &intent : std::as_const(m_intents)) {
        VerifiedWrite *w = VerifiedWrite::resume(m_writer, intent, this);
        connect(w, &VerifiedWrite::finished, this, [this, w, intent](const WriteOutcome &o) {
            w->deleteLater();
            emit settled(intent, o);
            if (--m_pending == 0)
                emit finished(int(m_intents.size()));
        });
        w->start();
    }
}
