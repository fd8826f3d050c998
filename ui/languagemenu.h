#pragma once

#include <QMenu>

class Session;
class Translator;

// View > Language: 中文（简体） or English, switched live (every widget retranslates on
// LanguageChange, the window's locale follows, the API's X-Language too) and remembered for the
// next start.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    LanguageMenu(Session *session, QWidget *window);

    void setTranslator(Translator *translator);
    void switchLanguage(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    Session *m_session;
    QWidget *m_window;
    Translator *m_translator = nullptr;
    QAction *m_zh;
    QAction *m_en;
};
