#include "dialogs/profiledialog.h"

#include "bss/bssclient.h"
#include "ops/accountchecks.h"
#include "secrets/keychain.h"
#include "secrets/profilestore.h"
#include "widgets/accessiblenames.h"
#include "widgets/choicebox.h"
#include "widgets/secretfield.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

SecretBytes secretOf(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    return SecretBytes::takeFrom(bytes); // the temporary copy is wiped
}

} // namespace

ProfileDialog::ProfileDialog(Keychain *keychain, QWidget *parent)
    : QDialog(parent)
    , m_keychain(keychain)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_site(new ChoiceBox(this))
    , m_url(new QLineEdit(this))
    , m_domain(new QLineEdit(this))
    , m_operator(new QLineEdit(this))
    , m_rate(new QSpinBox(this))
    , m_ak(new QLineEdit(this))
    , m_sk(new SecretField(this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_test(new QPushButton(tr("Test connection"), this))
{
    setWindowTitle(tr("Profiles"));
    resize(720, 420);
    m_site->addItem(tr("China site"), QStringLiteral("china"));
    m_site->addItem(tr("International site"), QStringLiteral("intl"));
    m_site->addItem(tr("Custom URL"), QStringLiteral("custom"));
    m_url->setPlaceholderText(QStringLiteral("https://…"));
    m_domain->setPlaceholderText(tr("Found by “Test connection” when empty"));
    m_ak->setPlaceholderText(tr("Leave empty to keep the stored key"));
    m_sk->setPlaceholderText(tr("Leave empty to keep the stored key"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *add = new QPushButton(tr("New"), this);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    m_list->setAccessibleName(tr("Saved profiles"));
    left->addWidget(add);
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Site"), m_site);
    form->addRow(tr("URL"), m_url);
    form->addRow(tr("Account ID"), m_domain);
    form->addRow(tr("Operator"), m_operator);
    // The gateway's per-AK limit: batches keep under it instead of collecting 429s.
    m_rate->setRange(0, 1000);
    m_rate->setValue(50);
    m_rate->setSuffix(tr(" requests/s"));
    m_rate->setSpecialValueText(tr("No pacing"));
    form->addRow(tr("Request rate"), m_rate);
    form->addRow(tr("Access key (AK)"), m_ak);
    form->addRow(tr("Secret key (SK)"), m_sk);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_status);
    right->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_save);
    right->addLayout(buttons);
    auto *body = new QHBoxLayout;
    body->addLayout(left, 1);
    body->addLayout(right, 2);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &ProfileDialog::clearForm);
    connect(m_save, &QPushButton::clicked, this, &ProfileDialog::save);
    connect(m_delete, &QPushButton::clicked, this, &ProfileDialog::remove);
    connect(m_test, &QPushButton::clicked, this, &ProfileDialog::test);
    connect(m_site, &QComboBox::currentIndexChanged, this,
            [this] { m_url->setEnabled(m_site->currentData().toString() == u"custom"); });
    connect(m_list, &QListWidget::currentTextChanged, this, &ProfileDialog::select);
    reloadList();
    clearForm();
    if (m_keychain->availability() == Keychain::Availability::Unavailable)
        setStatus(m_keychain->unavailableMessage());
    AccessibleNames::watch(this);
}

QString ProfileDialog::statusText() const
{
    return m_status->text();
}

void ProfileDialog::setStatus(const QString &text)
{
    m_status->setText(text);
}

void ProfileDialog::reloadList()
{
    QSettings settings;
    ProfileStore store(&settings);
    m_list->clear();
    for (const Profile &p : store.profiles())
        m_list->addItem(p.name);
}

void ProfileDialog::clearForm()
{
    m_list->clearSelection();
    m_name->clear();
    m_name->setEnabled(true);
    m_site->setCurrentIndex(0);
    m_url->clear();
    m_url->setEnabled(false);
    m_domain->clear();
    m_operator->clear();
    m_rate->setValue(50);
    m_ak->clear();
    m_sk->clear();
    m_delete->setEnabled(false);
    m_name->setFocus();
}

void ProfileDialog::select(const QString &name)
{
    QSettings settings;
    const auto p = ProfileStore(&settings).profile(name);
    if (!p)
        return;
    m_name->setText(p->name);
    m_name->setEnabled(false); // the keychain entry is under this name
    m_site->setCurrentIndex(m_site->findData(p->site));
    m_url->setText(p->customUrl.toString());
    m_domain->setText(p->domainId);
    m_operator->setText(p->operatorLabel);
    m_rate->setValue(p->requestsPerSecond);
    m_ak->clear();
    m_sk->clear();
    m_delete->setEnabled(true);
    setStatus(QString());
}

Profile ProfileDialog::formProfile() const
{
    Profile p;
    p.name = m_name->text().trimmed();
    p.site = m_site->currentData().toString();
    p.customUrl = QUrl(m_url->text().trimmed());
    p.domainId = m_domain->text().trimmed();
    p.operatorLabel = m_operator->text().trimmed();
    p.requestsPerSecond = m_rate->value();
    return p;
}

void ProfileDialog::save()
{
    const Profile p = formProfile();
    QString problem = ProfileStore::checkProfile(p);
    const bool newKeys = !m_ak->text().isEmpty() || !m_sk->text().isEmpty();
    const bool isNew = m_name->isEnabled();
    if (problem.isEmpty() && (newKeys || isNew) &&
        (m_ak->text().trimmed().isEmpty() || m_sk->text().isEmpty()))
        problem = tr("Enter both the access key (AK) and the secret key (SK).");
    if (!problem.isEmpty()) {
        setStatus(problem);
        return; // nothing is written
    }
    auto finish = [this, p] {
        QSettings settings;
        const QString error = ProfileStore(&settings).save(p);
        setStatus(error.isEmpty() ? tr("Saved “%1”.").arg(p.name) : error);
        reloadList();
        emit profilesChanged();
    };
    if (!newKeys) {
        finish();
        return;
    }
    m_save->setEnabled(false);
    setStatus(tr("Saving the keys in the system keychain…"));
    const QByteArray ak = m_ak->text().trimmed().toLatin1();
    const SecretBytes sk = m_sk->takeSecret();
    m_keychain->writeCredentials(p.name, ak, sk,
                                 [this, finish](Keychain::Status status, const QString &message) {
                                     m_save->setEnabled(true);
                                     if (status != Keychain::Status::Ok) {
                                         // No plaintext fallback: the profile is not saved.
                                         setStatus(message);
                                         return;
                                     }
                                     m_ak->clear();
                                     finish();
                                 });
}

void ProfileDialog::remove()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return;
    m_keychain->deleteCredentials(
        name, [this, name](Keychain::Status status, const QString &message) {
            if (status != Keychain::Status::Ok && status != Keychain::Status::NotFound) {
                setStatus(message);
                return;
            }
            QSettings settings;
            ProfileStore(&settings).remove(name);
            reloadList();
            clearForm();
            setStatus(tr("Deleted “%1” and its keys.").arg(name));
            emit profilesChanged();
        });
}

void ProfileDialog::test()
{
    const Profile p = formProfile();
    auto run = [this, p](const QByteArray &ak, SecretBytes sk) {
        auto *client = new BssClient(this);
        client->setEndpoint(p.endpoint());
        client->setCredentials(ak, std::move(sk));
        client->setTimeoutMs(15000);
        setStatus(tr("Testing…"));
        AccountChecks::domainId(
            client, this, [this, client](const QString &id, const BssError &error) {
                if (error.isError()) {
                    setStatus(tr("The test failed: %1").arg(error.userMessage()));
                } else {
                    m_domain->setText(id);
                    setStatus(tr("The keys work. Account ID %1.").arg(id));
                }
                client->deleteLater();
            });
    };
    if (!m_ak->text().isEmpty() && !m_sk->text().isEmpty()) {
        run(m_ak->text().trimmed().toLatin1(), secretOf(m_sk->text()));
        return;
    }
    m_keychain->readCredentials(p.name, [this, run](Keychain::Status status, const QString &message,
                                                    Keychain::Credentials creds) {
        if (status != Keychain::Status::Ok) {
            setStatus(message);
            return;
        }
        run(creds.ak, std::move(creds.sk));
    });
}
