#pragma once

#include <QObject>

class QWidget;

// Accessible names for the controls of a page or dialog, so that a screen reader says what each
// one is. A name set by the code (setAccessibleName) is kept. Otherwise it is taken, in this
// order, from the label whose buddy the control is, the label just before it in its layout, its
// placeholder text or its tooltip. Derived names are marked and written again after every
// language change (and when the widget is shown), so they follow the language.
class AccessibleNames : public QObject
{
    Q_OBJECT
public:
    // Keeps the names of `root`'s controls up to date from now on.
    static void watch(QWidget *root);
    static void derive(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit AccessibleNames(QWidget *root);
    QWidget *m_root;
};
