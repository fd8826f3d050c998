#pragma once

#include <QJsonObject>

class QWidget;

// A page's filters as JSON, for saved views: every child input whose object name starts with
// "filter." (or is "search") — line edits (text), combo boxes (item data, else index), check
// boxes (checked), date edits (ISO date), tab bars (index). Pages opt in by naming their filter
// widgets; applying sets the same widgets back (their own signals re-filter or reload).
class ViewState
{
public:
    static QJsonObject capture(const QWidget *page);
    static void apply(QWidget *page, const QJsonObject &state);
    static bool hasFilters(const QWidget *page);
};
