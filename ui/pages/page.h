#pragma once

#include "bss/bsserror.h"

#include <QJsonObject>
#include <QVariant>
#include <QWidget>

// The one contract every page implements, so that the shell (MainWindow) handles them all alike:
// navigation by key (PageRegistry: the table of pages), the error panel by title, File > Export,
// saved views, reload after a sync, and one page opening another filtered to some items. A page
// gets its data from the Workspace (its models and loader), never from the client, another page
// or the window.
class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(QWidget *parent = nullptr) : QWidget(parent) {}

    // "customers", "funds", …: navigation, --page, saved views, the window's last page.
    virtual QString key() const = 0;
    // As the navigation shows them, in the UI language (PageRegistry: one table of pages).
    QString title() const;
    QIcon icon() const;
    // Reads the page's data again (a sync, F5, the offline bar's retry).
    virtual void reload() = 0;
    // File > Export: whether the page has a table to export now, and the export itself.
    virtual bool canExport() const { return false; }
    virtual void exportCurrent() {}
    // Saved views: the page's filters (ViewState: its inputs named "filter.*" and "search").
    virtual QJsonObject viewState() const;
    virtual void applyViewState(const QJsonObject &state);
    virtual bool hasViewState() const;
    // Shows the items another page or an alert points at: `what` names a filter the page knows
    // ("search", "lowBalance", "expiring", "awaitingAction", "tradeType"), `value` its argument.
    // False when the page has no such filter.
    virtual bool focus(const QString &what, const QVariant &value);

signals:
    void loaded();                      // the page's data is in
    void failed(const BssError &error); // for the error panel
    // The shell opens page `key` and focuses it on (what, value).
    void openRequested(const QString &key, const QString &what = {}, const QVariant &value = {});
    void syncRequested(); // every page's data again (the overview's refresh)
};
