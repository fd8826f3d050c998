#include "widgets/offlinebar.h"

#include "bss/bssclient.h"
#include "widgets/icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

OfflineBar::OfflineBar(BssClient *client, QWidget *parent)
    : QFrame(parent)
    , m_client(client)
    , m_label(new QLabel(this))
    , m_retry(new QPushButton(Icons::get(QStringLiteral("refresh")), QString(), this))
{
    setObjectName(QStringLiteral("offlineBar"));
    m_label->setObjectName(QStringLiteral("offlineText"));
    m_retry->setObjectName(QStringLiteral("offlineRetry"));
    setFrameShape(QFrame::StyledPanel);
    // Explicit foreground and background: readable on light, dark and high-contrast palettes.
    setStyleSheet(QStringLiteral("#offlineBar { background: #fde7e9; border: 1px solid #c50f1f; }"
                                 " #offlineText { color: #5c0a12; }"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retry);
    m_autoRetry.setInterval(kAutoRetryMs);
    connect(&m_autoRetry, &QTimer::timeout, this, &OfflineBar::retryRequested);
    connect(m_retry, &QPushButton::clicked, this, &OfflineBar::retryRequested);
    connect(client, &BssClient::offlineChanged, this, &OfflineBar::refresh);
    connect(client, &BssClient::cachedAnswerServed, this, &OfflineBar::refresh);
    refresh();
}

QString OfflineBar::text() const
{
    return isHidden() ? QString() : m_label->text();
}

void OfflineBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        refresh();
    QFrame::changeEvent(event);
}

void OfflineBar::refresh()
{
    const bool offline = m_client->isOffline();
    setVisible(offline);
    if (!offline) {
        m_autoRetry.stop();
        return;
    }
    if (!m_autoRetry.isActive())
        m_autoRetry.start();
    const QDateTime oldest = m_client->oldestCachedAnswer();
    const QString saved =
        oldest.isValid()
            ? tr("Showing data saved on %1; personal data was saved masked, so revealing a "
                 "column shows masked values.")
                  .arg(locale().toString(oldest.toLocalTime(), QLocale::ShortFormat))
            : tr("No saved data has been shown yet.");
    m_label->setText(tr("Offline: the server can't be reached (%1). %2 Changes are disabled until "
                        "it answers again; PartnerDesk tries every 30 seconds.")
                         .arg(m_client->offlineError().userMessage(), saved));
    m_retry->setText(tr("Try again"));
    m_retry->setAccessibleName(tr("Try to reach the server again"));
}
