#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QTranslator>

// Loads the app's own translation and Qt's (qtbase_*) for a UI language, and switches them live.
// Languages are "zh_CN" and "en"; anything else falls back to the system's choice.
class Translator : public QObject
{
    Q_OBJECT
public:
    explicit Translator(QObject *parent = nullptr);

    // "zh_CN" when the system locale is Chinese, else "en".
    static QString systemLanguage();
    // "zh_CN", "en", or an empty string when `name` is not a supported language.
    static QString normalise(const QString &name);
    // The X-Language value BSS expects: "zh_CN" or "en_US".
    static QByteArray apiLanguage(const QString &language);
    // The locale dates, numbers and money are shown in for a UI language (zh_CN: China; en:
    // United States): the one mapping, used by setLanguage and the window.
    static QLocale locale(const QString &language);

    // Installs (or replaces) the translators; returns false if `language` is unsupported.
    bool setLanguage(const QString &language);
    QString language() const { return m_language; }

signals:
    void languageChanged(const QString &language);

private:
    QTranslator m_app;
    QTranslator m_qt;
    QString m_language;
};
