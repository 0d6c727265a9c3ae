#pragma once

// A strip above the page for messages about the learner's progress: a dismissible
// notice ("Verder waar je gebleven was") and a persistent warning while progress
// cannot be saved. Plain text only: messages may quote course or file names.

#include <QWidget>

class QLabel;
class QToolButton;

namespace leerpad {

class NoticeBar : public QWidget
{
    Q_OBJECT
public:
    explicit NoticeBar(QWidget *parent = nullptr);

    void showNotice(const QString &text);
    // Stays until cleared with an empty text; takes precedence over notices.
    void setWarning(const QString &text);
    QString text() const;
    bool isWarning() const { return !m_warning.isEmpty(); }

private:
    void refresh();

    QLabel *m_icon;
    QLabel *m_label;
    QToolButton *m_close;
    QString m_notice;
    QString m_warning;
};

} // namespace leerpad
