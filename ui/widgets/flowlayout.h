#pragma once

#include <QLayout>
#include <QList>

#include <initializer_list>

// A toolbar layout that wraps: its widgets go left to right and continue on a new row when the
// width runs out, so a filter bar that is longer in English (or at 1024 px) takes two rows
// instead of widening the page. Leftover width on a row goes to its expanding text fields (a
// search field); every widget gets at least its size hint, so none is clipped.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    // Widgets that stay on one row (a label and its field).
    void addTogether(std::initializer_list<QWidget *> widgets);
    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return Qt::Horizontal; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int arrange(const QRect &rect, bool apply) const; // the height used
    int gap(Qt::Orientation orientation) const;

    QList<QLayoutItem *> m_items;
    QList<QLayoutItem *> m_glued; // each stays on the row of the item after it
};
