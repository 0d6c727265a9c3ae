#pragma once

// The bar under the page: "Vorige", where the learner is ("Pagina 7 van 34"), how much
// of the module is done, and "Volgende".

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace leerpad {

class NavigationBar : public QWidget
{
    Q_OBJECT
public:
    explicit NavigationBar(QWidget *parent = nullptr);

    void setPage(int index, int count); // index from 0; count 0 for no course
    void setProgress(int completed, int total);
    void setCanGoPrevious(bool can);
    void setCanGoNext(bool can);

    QPushButton *previousButton() const { return m_previous; }
    QPushButton *nextButton() const { return m_next; }
    QString pageText() const;
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *progressText() const { return m_progressText; }

signals:
    void previousRequested();
    void nextRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateIcons();

    QPushButton *m_previous;
    QPushButton *m_next;
    QLabel *m_page;
    QProgressBar *m_progress;
    QLabel *m_progressText;
};

} // namespace leerpad
