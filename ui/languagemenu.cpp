#include "languagemenu.h"

#include "bss/bssclient.h"
#include "core/settingskeys.h"
#include "core/translator.h"
#include "ops/session.h"

#include <QActionGroup>
#include <QDateEdit>
#include <QEvent>
#include <QSettings>

LanguageMenu::LanguageMenu(Session *session, QWidget *window)
    : QMenu(window)
    , m_session(session)
    , m_window(window)
    , m_zh(addAction(QStringLiteral("中文（简体）")))
    , m_en(addAction(QStringLiteral("English")))
{
    auto *group = new QActionGroup(this);
    for (QAction *a : {m_zh, m_en}) {
        a->setCheckable(true);
        group->addAction(a);
    }
    // Names the command palette finds them by.
    m_zh->setObjectName(QStringLiteral("languageZh"));
    m_en->setObjectName(QStringLiteral("languageEn"));
    connect(m_zh, &QAction::triggered, this, [this] { switchLanguage(QStringLiteral("zh_CN")); });
    connect(m_en, &QAction::triggered, this, [this] { switchLanguage(QStringLiteral("en")); });
    setTitle(tr("&Language"));
}

void LanguageMenu::setTranslator(Translator *translator)
{
    m_translator = translator;
    const bool zh = translator->language() == u"zh_CN";
    m_zh->setChecked(zh);
    m_en->setChecked(!zh);
    m_session->client()->setLanguage(translator->language()); // X-Language follows the UI
}

void LanguageMenu::switchLanguage(const QString &language)
{
    if (!m_translator || !m_translator->setLanguage(language))
        return;
    // Widgets without a locale of their own follow; LanguageChange retranslates them.
    const QLocale locale = Translator::locale(language);
    m_window->setLocale(locale);
    // A date field keeps the format it was made with: give each the new language's, as a field
    // made now would have ("2026/12/4" in Chinese, "12/4/26" in English).
    for (QDateEdit *date : m_window->findChildren<QDateEdit *>())
        date->setDisplayFormat(locale.dateFormat(QLocale::ShortFormat));
    QSettings().setValue(SettingsKeys::language(), language);
    setTranslator(m_translator);
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setTitle(tr("&Language"));
    QMenu::changeEvent(event);
}
