#include "ops/session.h"

#include "bss/responsecache.h"
#include "ops/resellerdirectory.h"
#include "ops/writeeffects.h"
#include "ops/writereconciler.h"

#include <QPointer>

#include <array>
#include <memory>

Session::Session(QObject *parent) : QObject(parent)
{
    connect(this, &Session::ready, this, &Session::settleInterruptedWrites);
}

void Session::settleInterruptedWrites()
{
    auto *reconciler = new WriteReconciler(writer(), this);
    auto tally = std::make_shared<std::array<int, 3>>();
    connect(reconciler, &WriteReconciler::settled, this,
            [tally](const WriteJournal::Intent &, const WriteOutcome &o) {
                ++(*tally)[o.kind == WriteOutcome::Kind::Done         ? 0
                           : o.kind == WriteOutcome::Kind::NotApplied ? 1
                                                                      : 2];
            });
    connect(reconciler, &WriteReconciler::finished, this, [this, reconciler, tally](int count) {
        reconciler->deleteLater();
        if (count > 0)
            emit interruptedWritesSettled(count, (*tally)[0], (*tally)[1], (*tally)[2]);
    });
    reconciler->start();
}

Session::~Session()
{
    m_client.setResponseCache(nullptr);
}

void Session::openCache(const QString &name)
{
    m_client.setResponseCache(nullptr);
    QString file = ResponseCache::defaultFile(name);
    if (!m_cacheDir.isEmpty())
        file = m_cacheDir + u'/' + file.section(u'/', -1);
    m_cache = std::make_unique<ResponseCache>(file);
    m_client.setResponseCache(m_cache.get());
}

QString Session::profileName() const
{
    return m_sandbox ? tr("Sandbox") : m_profile.name;
}

void Session::useSandbox(const QUrl &url, const QByteArray &accessKey, SecretBytes secretKey,
                         const QByteArray &domainId, bool international)
{
    m_sandbox = true;
    m_international = international;
    m_profile = Profile();
    m_profile.name = tr("Sandbox");
    m_profile.site = QStringLiteral("custom");
    m_profile.customUrl = url;
    m_profile.domainId = QString::fromLatin1(domainId);
    m_client.setEndpoint(
        Endpoint::custom(url, international ? Endpoint::Api::International : Endpoint::Api::China));
    m_client.setCredentials(accessKey, std::move(secretKey));
    m_client.setDomainId(domainId);
    openCache(international ? QStringLiteral("sandbox-intl") : QStringLiteral("sandbox-cn"));
    m_ready = true;
    emit ready();
}

void Session::useProfile(const Profile &profile, const QByteArray &accessKey, SecretBytes secretKey)
{
    m_sandbox = false;
    m_profile = profile;
    m_international = profile.site == u"intl";
    m_client.setEndpoint(profile.endpoint());
    m_client.setCredentials(accessKey, std::move(secretKey));
    m_client.setDomainId(profile.domainId.toLatin1());
    m_client.setRequestRate(profile.requestsPerSecond);
    openCache(QStringLiteral("profile-") + profile.name);
    m_ready = true;
    emit ready();
}

AuditLog *Session::audit()
{
    if (!m_audit)
        m_audit = std::make_unique<AuditLog>();
    return m_audit.get();
}

WriteJournal *Session::journal()
{
    if (!m_journal)
        m_journal = std::make_unique<WriteJournal>(audit());
    return m_journal.get();
}

QString Session::profileKey() const
{
    return m_sandbox ? QStringLiteral("sandbox:") + m_profile.domainId : m_profile.name;
}

QString Session::siteKey() const
{
    if (m_sandbox)
        return m_international ? QStringLiteral("sandbox-intl") : QStringLiteral("sandbox-china");
    return m_profile.site;
}

Writer Session::writer()
{
    Writer w;
    w.client = &m_client;
    w.journal = journal();
    w.profile = profileKey();
    w.site = siteKey();
    w.operatorLabel = m_profile.operatorLabel;
    w.currency = currency(); // timing: the default (PARTNERDESK_LATE_PROBE_MS in the tests)
    w.changed = [self = QPointer<Session>(this)](const QString &operation, const QString &target) {
        if (self)
            emit self->serverDataChanged(WriteEffects::of(operation), target);
    };
    return w;
}

void Session::record(AuditLog::Entry entry)
{
    entry.profile = profileKey();
    entry.site = siteKey();
    entry.operatorLabel = m_profile.operatorLabel;
    if (entry.currency.isEmpty() && entry.amount.isValid())
        entry.currency = currency();
    audit()->record(entry);
}

void Session::recordReveal(const QString &table, const QString &column, bool revealed)
{
    AuditLog::Entry e;
    e.action = revealed ? QStringLiteral("reveal") : QStringLiteral("mask");
    e.target = column;
    e.detail = table;
    record(e);
}

QString Session::siteLabel() const
{
    if (m_sandbox)
        return m_international ? tr("Sandbox (International)") : tr("Sandbox (China)");
    return m_profile.endpoint().displayName();
}

QString Session::currency() const
{
    return m_international ? QStringLiteral("USD") : QStringLiteral("CNY");
}

ResellerDirectory *Session::resellers()
{
    if (!m_resellers)
        m_resellers = new ResellerDirectory(&m_client, this);
    return m_resellers;
}
