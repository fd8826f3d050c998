#pragma once

#include "core/secretbytes.h"

#include <QObject>
#include <QString>

#include <functional>

// The AK/SK of each profile in the OS keychain (QtKeychain: Secret Service, macOS Keychain,
// Windows Credential Manager), one entry per profile, service "PartnerDesk". Every call is
// asynchronous and reports through its callback; there is no plaintext fallback. When the keychain
// cannot be used, availability() says so with the reason, for the UI banner and the CLI.
class Keychain : public QObject
{
    Q_OBJECT
public:
    enum class Status { Ok, NotFound, Unavailable, AccessDenied, TimedOut };
    enum class Availability { Unknown, Available, Unavailable };

    struct Credentials
    {
        QByteArray ak;
        SecretBytes sk;
    };
    using Done = std::function<void(Status status, const QString &message)>;
    using ReadDone = std::function<void(Status status, const QString &message, Credentials creds)>;

    explicit Keychain(QObject *parent = nullptr);

    void setServiceName(const QString &service) { m_service = service; }
    QString serviceName() const { return m_service; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    void writeCredentials(const QString &profile, const QByteArray &ak, const SecretBytes &sk,
                          Done done);
    void readCredentials(const QString &profile, ReadDone done);
    void deleteCredentials(const QString &profile, Done done);

    Availability availability() const { return m_availability; }
    QString unavailableReason() const { return m_reason; }
    // The sentence the UI banner and the CLI show when the keychain is unavailable.
    QString unavailableMessage() const;
    // Updates availability() and its reason from the status of a keychain answer (every call
    // here does this itself).
    void noteResult(Status status, const QString &message);

signals:
    void availabilityChanged(Keychain::Availability availability, const QString &reason);

private:
    QString m_service = QStringLiteral("PartnerDesk");
    int m_timeoutMs = 10000;
    Availability m_availability = Availability::Unknown;
    QString m_reason;
};
