#pragma once

#include <QMenu>

#include <functional>

class Page;
class Session;

// View > Saved views: the current page's named filters — apply one, save the current filters
// under a name, delete one, and export/import all of them as a file. Stored per profile
// (SavedViews); the filters are the page's view state (Page::viewState).
class SavedViewsMenu : public QMenu
{
    Q_OBJECT
public:
    SavedViewsMenu(Session *session, std::function<Page *()> currentPage, QWidget *parent);

    bool save(const QString &name);
    bool apply(const QString &name);
    bool remove(const QString &name);
    bool exportTo(const QString &path);
    int importFrom(const QString &path); // how many, or -1 (nothing changed)

signals:
    void message(const QString &text, int timeout); // for the status bar

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    QString profile() const;
    QString pageKey() const;

    Session *m_session;
    std::function<Page *()> m_currentPage;
};
