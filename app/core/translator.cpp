#include "core/translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

Translator::Translator(QObject *parent) : QObject(parent) {}

QString Translator::systemLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                            : QStringLiteral("en");
}

QString Translator::normalise(const QString &name)
{
    const QString n = name.trimmed().toLower().replace(u'-', u'_');
    if (n == u"zh_cn" || n == u"zh" || n == u"zh_hans" || n == u"zh_hans_cn")
        return QStringLiteral("zh_CN");
    if (n == u"en" || n == u"en_us" || n == u"en_gb")
        return QStringLiteral("en");
    return QString();
}

QLocale Translator::locale(const QString &language)
{
    return normalise(language) == u"zh_CN" ? QLocale(QLocale::Chinese, QLocale::China)
                                           : QLocale(QLocale::English, QLocale::UnitedStates);
}

QByteArray Translator::apiLanguage(const QString &language)
{
    return normalise(language) == u"zh_CN" ? QByteArrayLiteral("zh_CN")
                                           : QByteArrayLiteral("en_US");
}

bool Translator::setLanguage(const QString &language)
{
    const QString lang = normalise(language);
    if (lang.isEmpty())
        return false;
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    // Installed .qm files (share/partnerdesk/translations next to bin/, or translations/ beside
    // the program on Windows) win over the embedded ones, so a translation can be updated
    // without a rebuild.
    const QString base = QCoreApplication::applicationDirPath();
    const QString file = QStringLiteral("partnerdesk_") + lang;
    if (m_app.load(file, base + QStringLiteral("/../share/partnerdesk/translations")) ||
        m_app.load(file, base + QStringLiteral("/translations")) ||
        m_app.load(QStringLiteral(":/i18n/") + file))
        QCoreApplication::installTranslator(&m_app);
    const QString qtName =
        lang == u"zh_CN" ? QStringLiteral("qtbase_zh_CN") : QStringLiteral("qtbase_en");
    if (m_qt.load(qtName, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    QLocale::setDefault(locale(lang));
    const bool changed = m_language != lang;
    m_language = lang;
    if (changed)
        emit languageChanged(lang);
    return true;
}
