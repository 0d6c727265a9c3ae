#pragma once

// A read-only text view that is exactly as tall as its text, for stacking inside the
// page's own scroll area. It never loads resources: course text is inserted as plain
// text runs (never parsed as HTML), and loadResource() refuses everything, so nothing
// is fetched from disk or network whatever a document might reference.

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
};

} // namespace leerpad
