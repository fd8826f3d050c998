// The arrows between the libraries, checked on the source: every `#include "x/…"` of app/ and
// ui/ against the table of allowed arrows (docs/architecture.md), and ui/ never sending a request
// itself (no jobs, no pager, no client->call). The table is checked against made-up crossings
// first, so the test can fail.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

struct Layer
{
    const char *dir;     // relative to the source root
    const char *allowed; // include roots it may use, besides its own
};

// app/: core → nothing; bss → core; secrets → bss, core; models (item models and proxies) →
// bss, secrets, core; ops (loaders, the write engine, the session) → models, secrets, bss, core;
// sandbox → bss, core; cli → everything in app/ (sandbox only in its sandbox command). ui/:
// everything in app/ but the sandbox (only the composition root starts it).
const Layer kLayers[] = {
    {"app/core", ""},
    {"app/bss", "core"},
    {"app/secrets", "bss core"},
    {"app/models", "bss secrets core"},
    {"app/ops", "models secrets bss core"},
    {"app/sandbox", "bss core"},
    {"app/cli", "models ops bss secrets core"},
    {"ui", "models ops bss secrets core dialogs pages widgets"},
};

// Files allowed to include sandbox/ although their layer may not: the composition roots.
const char *const kSandboxStarters[] = {"ui/main.cpp", "ui/sandboxstarter.h",
                                        "ui/sandboxstarter.cpp", "app/cli/sandboxcommand.cpp"};

// Headers ui/ must never include: requests are sent by the loaders and the write engine.
const char *const kNotFromUi[] = {"bss/bssjob.h", "bss/pager.h", "bss/abstractjob.h"};

QString ownRoot(const QString &dir)
{
    return dir.section(u'/', -1);
}

} // namespace

class TestLayers : public QObject
{
    Q_OBJECT
public:
    // The problems of one file, given its path (relative to the source root) and its text.
    static QStringList check(const QString &file, const QString &text);

private slots:
    void theCheckFindsCrossings();
    void theSourceKeepsTheArrows();
};

QStringList TestLayers::check(const QString &file, const QString &text)
{
    const Layer *layer = nullptr;
    for (const Layer &l : kLayers) {
        const QString dir = QLatin1String(l.dir);
        if (file.startsWith(dir + u'/'))
            layer = &l;
    }
    if (!layer)
        return {QStringLiteral("%1: in no layer").arg(file)};
    QStringList allowed = QString::fromLatin1(layer->allowed).split(u' ', Qt::SkipEmptyParts);
    allowed.append(ownRoot(QLatin1String(layer->dir)));
    bool starter = false;
    for (const char *s : kSandboxStarters)
        starter = starter || file == QLatin1String(s);
    if (starter)
        allowed.append(QStringLiteral("sandbox"));
    const bool ui = file.startsWith(u"ui/");

    QStringList problems;
    static const QRegularExpression include(QStringLiteral(R"re(^\s*#\s*include\s+"([^"]+)")re"),
                                            QRegularExpression::MultilineOption);
    for (auto m = include.globalMatch(text); m.hasNext();) {
        const QString header = m.next().captured(1);
        if (!header.contains(u'/'))
            continue; // a file next to it
        const QString root = header.section(u'/', 0, 0);
        if (!allowed.contains(root))
            problems.append(QStringLiteral("%1 includes %2: %3 → %4 is not an allowed arrow")
                                .arg(file, header, ownRoot(QLatin1String(layer->dir)), root));
        for (const char *h : kNotFromUi) {
            if (ui && header == QLatin1String(h))
                problems.append(QStringLiteral("%1 includes %2: ui/ asks a loader, it never "
                                               "sends requests itself")
                                    .arg(file, header));
        }
    }
    static const QRegularExpression call(QStringLiteral(R"(->\s*call\s*\()"));
    if (ui && call.match(text).hasMatch())
        problems.append(QStringLiteral("%1 calls the client directly").arg(file));
    return problems;
}

void TestLayers::theCheckFindsCrossings()
{
    QCOMPARE(check(QStringLiteral("app/core/money.cpp"),
                   QStringLiteral("#include \"core/decimal.h\"\n")),
             QStringList());
    QCOMPARE(check(QStringLiteral("app/core/money.cpp"),
                   QStringLiteral("#include \"bss/bssclient.h\"\n"))
                 .size(),
             1); // core → anything
    QCOMPARE(check(QStringLiteral("app/bss/signer.cpp"),
                   QStringLiteral("#include \"models/session.h\"\n"))
                 .size(),
             1); // bss → models
    QCOMPARE(check(QStringLiteral("app/models/session.cpp"),
                   QStringLiteral("  #  include \"sandbox/sandboxhost.h\"\n"))
                 .size(),
             1); // anything but the composition root → sandbox
    QCOMPARE(check(QStringLiteral("ui/main.cpp"),
                   QStringLiteral("#include \"sandbox/sandboxhost.h\"\n")),
             QStringList());
    QCOMPARE(check(QStringLiteral("ui/pages/fundspage.cpp"),
                   QStringLiteral("#include \"bss/pager.h\"\n#include \"bss/bssjob.h\"\n"))
                 .size(),
             2); // ui/ → jobs and pager
    QCOMPARE(check(QStringLiteral("ui/pages/fundspage.cpp"),
                   QStringLiteral("auto *job = m_session->client() -> call(r);"))
                 .size(),
             1);
    QCOMPARE(
        check(QStringLiteral("app/ops/loader.cpp"), QStringLiteral("#include \"widgets/x.h\"\n"))
            .size(),
        1);
    QCOMPARE(check(QStringLiteral("app/models/couponmodel.h"),
                   QStringLiteral("#include \"ops/verifiedwrite.h\"\n"))
                 .size(),
             1); // models hold item models only: the use cases sit above them
    QCOMPARE(check(QStringLiteral("app/cli/cli.cpp"),
                   QStringLiteral("#include \"sandbox/sandboxhost.h\"\n"))
                 .size(),
             1);
}

void TestLayers::theSourceKeepsTheArrows()
{
    const QString root = QStringLiteral(PC_SOURCE_DIR);
    QStringList problems;
    int files = 0;
    for (const char *top : {"app", "ui"}) {
        QDirIterator it(root + u'/' + QLatin1String(top),
                        {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            problems += check(path.mid(root.size() + 1), QString::fromUtf8(f.readAll()));
            ++files;
        }
    }
    QVERIFY(files > 100);
    for (const QString &p : std::as_const(problems))
        qWarning("%s", qPrintable(p)); // every one, however many (QVERIFY2 cuts its message)
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 crossing(s), listed above").arg(problems.size())));
}

QTEST_GUILESS_MAIN(TestLayers)
#include "tst_layers.moc"
