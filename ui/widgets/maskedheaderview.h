#pragma once

#include <QHeaderView>

#include <functional>

class MaskedTableModel;
class Session;

// A horizontal header that draws an eye button in every sensitive column (the model says which
// through MaskedTableModel::MaskKindRole). Clicking the eye reveals or hides that column in the
// model; clicking elsewhere still sorts. The one eye-toggle header every table uses.
class MaskedHeaderView : public QHeaderView
{
    Q_OBJECT
public:
    // Called on every reveal or re-mask the user makes, in any table (set once by the window:
    // it writes the audit log).
    using RevealAuditor =
        std::function<void(const QString &table, const QString &column, bool revealed)>;
    static void setRevealAuditor(RevealAuditor auditor);
    // Every reveal in every table goes to the session's audit log (until it is gone or another
    // session takes over).
    static void auditRevealsIn(Session *session);
    explicit MaskedHeaderView(QWidget *parent = nullptr);

    // The rectangle of the eye button in a section, in header coordinates (empty if none).
    QRect eyeRect(int logicalIndex) const;
    // The source model behind any proxies, or null.
    MaskedTableModel *maskedModel() const;
    // Toggles a column as the eye button does.
    void toggle(int logicalIndex);
    // The width the section's title, sort arrow and eye button need (what fitting a column to
    // its contents gives the header).
    int neededWidth(int logicalIndex) const
    {
        return sectionSizeFromContents(logicalIndex).width();
    }

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    bool isMaskable(int logicalIndex) const;
    bool isRevealed(int logicalIndex) const;
    int sourceColumn(int logicalIndex) const;
    QRect eyeRectIn(const QRect &section) const;
    static void paintEye(QPainter *painter, const QRect &rect, bool open, const QColor &color);
};
