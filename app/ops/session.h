#pragma once

#include "bss/bssclient.h"
#include "core/auditlog.h"
#include "core/writejournal.h"
#include "ops/writer.h"
#include "secrets/profile.h"

#include <QObject>

#include <memory>

class ResellerDirectory;
class ResponseCache;

// The connection the app works through: one profile's signed BssClient, or the embedded sandbox
// (started by the composition root, SandboxStarter, with keys generated for the run and held in
// memory only).
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    // The embedded sandbox, listening at `url` (loopback) with this run's keys.
    void useSandbox(const QUrl &url, const QByteArray &accessKey, SecretBytes secretKey,
                    const QByteArray &domainId, bool international);
    // A saved profile with its keys (read from the keychain by the caller).
    void useProfile(const Profile &profile, const QByteArray &accessKey, SecretBytes secretKey);

    BssClient *client() { return &m_client; }
    // The offline cache of the current profile (null before the first profile is ready). Its
    // file is <dir>/<profile>.sqlite; dir defaults to <AppDataLocation>/cache (tests use a
    // temporary directory).
    ResponseCache *cache() { return m_cache.get(); }
    void setCacheDirectory(const QString &dir) { m_cacheDir = dir; }
    bool isReady() const { return m_ready; }
    bool isSandbox() const { return m_sandbox; }
    // As shown (the sandbox's in the UI language of now), and the key that saved views,
    // remembered alerts and table states are kept under ("sandbox" for every sandbox run).
    QString profileName() const;
    QString settingsKey() const { return m_sandbox ? QStringLiteral("sandbox") : m_profile.name; }
    // "China site", "International site", "Sandbox (China)", … in the UI language.
    QString siteLabel() const;
    QString currency() const;
    bool international() const { return m_international; }
    // The local audit log (opened on first use) and a helper that fills in who.
    AuditLog *audit();
    // The distributor's resellers, shared by every page (read by the Resellers page's reload).
    ResellerDirectory *resellers();
    void record(AuditLog::Entry entry);
    // A column of `table` revealed (or masked again) by the user.
    void recordReveal(const QString &table, const QString &column, bool revealed);
    // The write journal (intents and claims, in the audit database) and the writer every
    // write of this session goes through (VerifiedWrite).
    WriteJournal *journal();
    Writer writer();
    // The profile as the journal knows it, in any language: the profile's name, or
    // "sandbox:<domain id>" for the embedded sandbox (each run's data is its own).
    QString profileKey() const;
    QString siteKey() const; // "china", "intl", "sandbox-china", "sandbox-intl", "custom"

signals:
    void ready();
    // After ready(): the writes an earlier run left without an outcome, settled against the
    // server (WriteReconciler): how many, and how they ended.
    void interruptedWritesSettled(int count, int done, int notApplied, int unknown);
    // A write of this session was done (or may have been): what it may have changed
    // (WriteEffects flags) and its target (customer, reseller, coupon, … id). Pages showing that
    // data reload it by themselves.
    void serverDataChanged(int effects, const QString &target);

private:
    void openCache(const QString &name);
    void settleInterruptedWrites();

    BssClient m_client;
    std::unique_ptr<ResponseCache> m_cache;
    QString m_cacheDir;
    Profile m_profile;
    bool m_sandbox = false;
    bool m_international = false;
    bool m_ready = false;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<WriteJournal> m_journal;
    ResellerDirectory *m_resellers = nullptr;
};
