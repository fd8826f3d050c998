#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;

// The command palette (Ctrl+K): one line that finds any page, menu action or customer by name
// or ID and goes there with Enter. Pages and actions are given as a list; customers come from
// a search function (a customer list may hold 100,000 rows), which matches raw values but
// returns labels as the tables show them, so a masked name stays masked here too.
class CommandPalette : public QDialog
{
    Q_OBJECT
public:
    struct Entry
    {
        QString kind;   // "page", "action", "customer"
        QString key;    // page key, action name, customer ID
        QString label;  // what the list shows
        QString detail; // the kind or a shortcut, shown beside the label
        QString match;  // extra text the filter searches (not shown)
    };
    using Search = std::function<QList<Entry>(const QString &text, int max)>;

    explicit CommandPalette(QWidget *parent = nullptr);

    void setEntries(const QList<Entry> &entries);
    void setSearch(Search search) { m_search = std::move(search); }
    void popup(); // empty query, shown and focused

    QLineEdit *input() const { return m_input; }
    QListWidget *list() const { return m_list; }

signals:
    void chosen(const QString &kind, const QString &key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void refilter();
    void activate();
    void retranslate();

    QLineEdit *m_input;
    QListWidget *m_list;
    QLabel *m_hint;
    QList<Entry> m_entries;
    QList<Entry> m_shown;
    Search m_search;
};
