#include "statuspanel.h"

#include "bss/bssclient.h"
#include "ops/customerloader.h"
#include "ops/overview.h"
#include "ops/session.h"
#include "ops/workspace.h"

#include <QLabel>
#include <QStatusBar>

StatusPanel::StatusPanel(Workspace *workspace, QStatusBar *bar)
    : QObject(bar)
    , m_session(workspace->session())
    , m_profile(new QLabel(bar))
    , m_site(new QLabel(bar))
    , m_sync(new QLabel(bar))
    , m_inFlight(new QLabel(bar))
{
    bar->addWidget(m_profile);
    bar->addWidget(m_site);
    bar->addPermanentWidget(m_sync);
    bar->addPermanentWidget(m_inFlight);
    connect(m_session->client(), &BssClient::inFlightChanged, this, &StatusPanel::update);
    connect(m_session->client(), &BssClient::offlineChanged, this, &StatusPanel::update);
    connect(m_session, &Session::ready, this, &StatusPanel::update);
    connect(workspace->overview(), &Overview::synced, this, &StatusPanel::markSynced);
    connect(workspace->customers().loader, &CustomerLoader::finished, this,
            [this](const BssError &error) {
                if (!error.isError())
                    markSynced();
            });
}

void StatusPanel::markSynced()
{
    if (!m_session->client()->isOffline())
        m_synced = QDateTime::currentDateTime();
    update();
}

void StatusPanel::update()
{
    m_profile->setText(tr("Profile: %1").arg(m_session->profileName()));
    m_site->setText(m_session->siteLabel());
    const QLocale locale = m_sync->locale();
    m_sync->setText(m_session->client()->isOffline() ? tr("Offline")
                    : m_synced.isValid()
                        ? tr("Last sync %1").arg(locale.toString(m_synced, QLocale::ShortFormat))
                        : tr("Not synced yet"));
    m_inFlight->setText(tr("%n request(s) in flight", nullptr, m_session->client()->inFlight()));
}
