// Both .ts files are complete: every string lupdate finds in the sources is present and finished
// in zh_CN and en, nothing is obsolete, and %-placeholders survive translation.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

struct TsMessage
{
    QString context;
    QString source;
    QStringList translations;
    QString type; // "", "unfinished", "obsolete", "vanished"
};

static QList<TsMessage> readTs(const QString &path)
{
    QList<TsMessage> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader x(&f);
    QString context;
    TsMessage m;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement()) {
            if (x.name() == u"name")
                context = x.readElementText();
            else if (x.name() == u"message")
                m = TsMessage{context, {}, {}, {}};
            else if (x.name() == u"source")
                m.source = x.readElementText();
            else if (x.name() == u"translation") {
                m.type = x.attributes().value(QLatin1String("type")).toString();
                const QString t = x.readElementText(QXmlStreamReader::IncludeChildElements);
                m.translations.append(t);
            }
        } else if (x.isEndElement() && x.name() == u"message") {
            out.append(m);
        }
    }
    return out;
}

static QSet<QString> placeholders(const QString &s)
{
    QSet<QString> set;
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    auto it = re.globalMatch(s);
    while (it.hasNext())
        set.insert(it.next().captured(0));
    return set;
}

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void complete_data();
    void complete();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << "zh_CN";
    QTest::newRow("en") << "en";
}

void TestTranslations::complete()
{
    QFETCH(QString, language);
    const QString src = QStringLiteral(PC_SOURCE_DIR);
    const QString committed = src + QStringLiteral("/translations/partnerdesk_") + language + ".ts";

    // What lupdate finds in the sources now.
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString fresh = tmp.filePath(QStringLiteral("fresh.ts"));
    QStringList args{QStringLiteral("-locations"), QStringLiteral("none"),
                     QStringLiteral("-no-obsolete")};
    for (const char *dir : {"app", "ui"}) {
        if (QDir(src + u'/' + QLatin1String(dir)).exists())
            args << src + u'/' + QLatin1String(dir);
    }
    args << QStringLiteral("-ts") << fresh;
    QProcess lupdate;
    lupdate.start(QStringLiteral(PC_LUPDATE), args);
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);

    QSet<QString> inSources;
    for (const TsMessage &m : readTs(fresh))
        inSources.insert(m.context + u'\x1f' + m.source);
    QVERIFY2(inSources.size() > 50, "lupdate found suspiciously few strings");

    QSet<QString> translated;
    for (const TsMessage &m : readTs(committed)) {
        const QString key = m.context + u'\x1f' + m.source;
        QVERIFY2(m.type.isEmpty(),
                 qPrintable(QStringLiteral("%1 entry in %2: %3").arg(m.type, language, m.source)));
        QVERIFY2(inSources.contains(key),
                 qPrintable(QStringLiteral("obsolete in %1: %2").arg(language, m.source)));
        for (const QString &t : m.translations) {
            QVERIFY2(!t.trimmed().isEmpty(),
                     qPrintable(QStringLiteral("empty translation: ") + m.source));
            QCOMPARE(placeholders(t), placeholders(m.source));
        }
        translated.insert(key);
    }
    for (const QString &key : inSources)
        QVERIFY2(
            translated.contains(key),
            qPrintable(QStringLiteral("not in partnerdesk_%1.ts (run the pc_core_lupdate target "
                                      "and translate): %2")
                           .arg(language, key.section(u'\x1f', 1))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
