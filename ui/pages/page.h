#pragma once

#include "bss/bsserror.h"

#include <QWidget>

// The one contract every page implements, so that the shell (MainWindow) handles them all alike:
// navigation by key, the error panel by title, File > Export, reload after a sync. A page gets
// its data from its loader (app/ops), never from the client or another page.
class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(QWidget *parent = nullptr) : QWidget(parent) {}

    // "customers", "funds", …: navigation, --page, saved views, the window's last page.
    virtual QString key() const = 0;
    // As the navigation shows it, in the UI language (PageTitles: the one table of titles).
    virtual QString title() const;
    // Reads the page's data again (a sync, F5, the offline bar's retry).
    virtual void reload() = 0;
    // File > Export: whether the page has a table to export now, and the export itself.
    virtual bool canExport() const { return false; }
    virtual void exportCurrent() {}

signals:
    void loaded();                      // the page's data is in
    void failed(const BssError &error); // for the error panel
};
