#pragma once

#include <QHash>
#include <QStringList>

class QWidget;

// What tst_layout measures on a shown page, independently of the widgets' own (cached) size
// hints: each visible label, button and combo box is at least as wide as its text needs (a
// combo: its longest item), each table header section is at least as wide as its title (with
// sort arrow and eye button), and no money or date cell in view is elided. Each problem is one
// line naming the widget and the widths. Also collects a page's chrome texts for the live
// language-switch check.
class LayoutProbe
{
public:
    static QStringList clipped(QWidget *root);
    // Every visible user-visible string of the page's controls, by widget and part ("label",
    // "item 3", "header 2", "tab 1", "placeholder"): nothing from table cells (data), nor from a
    // widget marked as showing data (the dynamic property "pcData").
    static QHash<QString, QString> texts(QWidget *root);
};
