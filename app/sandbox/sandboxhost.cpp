#include "sandbox/sandboxhost.h"

#include "bss/crypto.h"
#include "sandbox/faultinjector.h"
#include "sandbox/sandboxworker.h"

#include <QRandomGenerator>

QByteArray SandboxHost::randomKey(int length, const char *alphabet)
{
    const int n = int(qstrlen(alphabet));
    QByteArray key;
    for (int i = 0; i < length; ++i)
        key.append(alphabet[QRandomGenerator::system()->bounded(n)]);
    return key;
}

SandboxHost::SandboxHost(QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
}

SandboxHost::~SandboxHost()
{
    // The worker (server and store) is deleted on its thread as the thread finishes (the
    // finished connection below), so the port is closed, and the thread's OpenSSL state freed,
    // when this returns.
    m_thread.quit();
    m_thread.wait();
}

void SandboxHost::start(Options o)
{
    QString problem;
    if (!FaultInjector::parse(o.faults, &problem)) {
        emit failed(tr("Bad --faults: %1").arg(problem));
        return;
    }
    m_ak =
        o.accessKey.isEmpty() ? randomKey(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") : o.accessKey;
    m_generated = o.secretKey.isEmpty();
    QByteArray generated =
        m_generated
            ? randomKey(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
            : QByteArray();
    m_sk = m_generated ? SecretBytes::takeFrom(generated) : std::move(o.secretKey);
    m_domainId = o.domainId.isEmpty() ? randomKey(32, "0123456789abcdef") : o.domainId;

    m_worker = new SandboxWorker;
    m_worker->moveToThread(&m_thread);
    // Runs on the finishing thread itself. The server's TLS set-up gave the thread OpenSSL random
    // generators; they are released here rather than in the thread's exit, which races with
    // whoever waited for it (LeakSanitizer saw them as leaked when the process ended first).
    connect(
        &m_thread, &QThread::finished, &m_thread,
        [w = m_worker] {
            delete w;
            crypto::releaseThreadState();
        },
        Qt::DirectConnection);
    connect(m_worker, &SandboxWorker::ready, this, [this](quint16 port) {
        m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        emit started(m_url);
    });
    connect(m_worker, &SandboxWorker::failed, this, &SandboxHost::failed);
    m_thread.start();
    auto sk = std::make_shared<SecretBytes>(m_sk.clone());
    QMetaObject::invokeMethod(m_worker, [w = m_worker, file = o.dataFile, seed = o.seed,
                                         port = o.port, faults = o.faults, rate = o.ratePerSecond,
                                         burst = o.burst, sk, ak = m_ak, d = m_domainId,
                                         log = o.requestLog]() {
        w->run(file, seed, port, ak, std::move(*sk), d, faults, rate, burst, log);
    });
}
