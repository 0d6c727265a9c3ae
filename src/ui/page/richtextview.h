#pragma once

// A read-only text view that is exactly as tall as its text, for stacking inside the
// page's own scroll area. It never loads resources: course text is inserted as plain
// text runs (never parsed as HTML), and loadResource() refuses everything, so nothing
// is fetched from disk or network whatever a document might reference.

#include <QHash>
#include <QTextBrowser>

namespace leerpad {

class RichTextView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit RichTextView(QWidget *parent = nullptr);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    QVariant loadResource(int type, const QUrl &name) override;

protected:
    void wheelEvent(QWheelEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Layouts ask for the height at the same few widths many times while a page is
    // built; each answer costs two layouts of the whole text (measure, put back). The
    // answers are kept until the text or its font changes.
    mutable QHash<int, int> m_heightForWidth;
    // Set while heightForWidth() lays the text out at a trial width: the size changes
    // it causes are not real, so they must not ask the page to lay out again.
    mutable bool m_measuring = false;
};

} // namespace leerpad
