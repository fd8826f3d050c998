#include "secrets/keychain.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace {

Keychain::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return Keychain::Status::Ok;
    case QKeychain::EntryNotFound:
        return Keychain::Status::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Keychain::Status::AccessDenied;
    default:
        return Keychain::Status::Unavailable;
    }
}

void wipe(QByteArray &bytes)
{
    SecretBytes::wipe(bytes);
}

// Runs a QtKeychain job with a time limit: a keyring waiting for an unlock prompt that nobody can
// answer must not leave the caller waiting forever. `onFinished` runs at most once.
void runGuarded(Keychain *owner, QKeychain::Job *job, int timeoutMs,
                std::function<void(QKeychain::Job *)> onFinished, std::function<void()> onTimeout)
{
    auto settled = std::make_shared<bool>(false);
    QObject::connect(job, &QKeychain::Job::finished, owner,
                     [settled, onFinished](QKeychain::Job *j) {
                         if (*settled)
                             return;
                         *settled = true;
                         onFinished(j);
                     });
    QTimer::singleShot(timeoutMs, owner, [settled, onTimeout] {
        if (*settled)
            return;
        *settled = true;
        onTimeout();
    });
    job->setInsecureFallback(false);
    job->start();
}

} // namespace

Keychain::Keychain(QObject *parent) : QObject(parent) {}

QString Keychain::unavailableMessage() const
{
    return tr("The system keychain is not available: %1. PartnerDesk keeps access keys only in "
              "the system keychain, never in a file. Start or unlock your keyring (GNOME Keyring, "
              "KWallet, macOS Keychain or Windows Credential Manager) and try again.")
        .arg(m_reason.isEmpty() ? tr("no answer yet") : m_reason);
}

void Keychain::noteResult(Status status, const QString &message)
{
    Availability a = m_availability;
    QString reason = m_reason;
    switch (status) {
    case Status::Ok:
    case Status::NotFound:
        a = Availability::Available;
        reason.clear();
        break;
    case Status::AccessDenied:
        a = Availability::Unavailable;
        reason = tr("access was denied (%1)").arg(message);
        break;
    case Status::Unavailable:
        a = Availability::Unavailable;
        reason = message;
        break;
    case Status::TimedOut:
        a = Availability::Unavailable;
        reason = tr("it did not answer within %n second(s); it may be waiting for an unlock "
                    "prompt",
                    nullptr, m_timeoutMs / 1000);
        break;
    }
    if (a != m_availability || reason != m_reason) {
        m_availability = a;
        m_reason = reason;
        emit availabilityChanged(a, reason);
    }
}

void Keychain::writeCredentials(const QString &profile, const QByteArray &ak, const SecretBytes &sk,
                                Done done)
{
    if (ak.isEmpty() || sk.isEmpty() || ak.contains('\n')) {
        done(Status::Unavailable, tr("The access key ID and secret must not be empty."));
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(profile);
    QByteArray payload;
    payload.reserve(ak.size() + 1 + qsizetype(sk.size()));
    payload.append(ak).append('\n').append(sk.view());
    job->setBinaryData(payload);
    wipe(payload);
    runGuarded(
        this, job, m_timeoutMs,
        [this, done](QKeychain::Job *j) {
            const Status s = statusOf(j->error());
            noteResult(s, j->errorString());
            done(s, s == Status::Ok ? QString() : j->errorString());
        },
        [this, done] {
            noteResult(Status::TimedOut, QString());
            done(Status::TimedOut, m_reason);
        });
}

void Keychain::readCredentials(const QString &profile, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(profile);
    runGuarded(
        this, job, m_timeoutMs,
        [this, done, profile](QKeychain::Job *j) {
            const Status s = statusOf(j->error());
            noteResult(s, j->errorString());
            if (s == Status::NotFound) {
                // A locked keyring whose unlock prompt cannot be shown answers the same way as a
                // missing entry (libsecret), so the message names both.
                done(s,
                     tr("The system keychain has no access key for the profile “%1”, or it is "
                        "locked. Unlock your keyring (GNOME Keyring, KWallet, macOS Keychain or "
                        "Windows Credential Manager) and try again, or enter the AK/SK again.")
                         .arg(profile),
                     Credentials());
                return;
            }
            Credentials creds;
            if (s == Status::Ok) {
                QByteArray data = static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData();
                const qsizetype nl = data.indexOf('\n');
                if (nl > 0 && nl + 1 < data.size()) {
                    creds.ak = data.left(nl);
                    creds.sk = SecretBytes(QByteArrayView(data).sliced(nl + 1));
                }
                wipe(data);
                if (creds.sk.isEmpty()) {
                    done(Status::NotFound,
                         tr("The keychain entry of this profile is damaged; "
                            "enter the AK/SK again."),
                         Credentials());
                    return;
                }
            }
            done(s, s == Status::Ok ? QString() : j->errorString(), std::move(creds));
        },
        [this, done] {
            noteResult(Status::TimedOut, QString());
            done(Status::TimedOut, m_reason, Credentials());
        });
}

void Keychain::deleteCredentials(const QString &profile, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(profile);
    runGuarded(
        this, job, m_timeoutMs,
        [this, done](QKeychain::Job *j) {
            Status s = statusOf(j->error());
            noteResult(s, j->errorString());
            if (s == Status::NotFound)
                s = Status::Ok; // nothing to delete is fine
            done(s, s == Status::Ok ? QString() : j->errorString());
        },
        [this, done] {
            noteResult(Status::TimedOut, QString());
            done(Status::TimedOut, m_reason);
        });
}
