#include "ui/window/aboutdialog.h"

#include "core/model/course.h"
#include "ui/style/theme.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace leerpad {

AboutDialog::AboutDialog(const Course *course, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Over Leerpad"));
    setFont(theme::readingFont(font()));

    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    icon->setVisible(!QApplication::windowIcon().isNull());

    auto *name = new QLabel(tr("Leerpad %1").arg(QApplication::applicationVersion()), this);
    name->setFont(theme::scaled(font(), 1.5, QFont::DemiBold));
    name->setTextFormat(Qt::PlainText);

    QStringList lines;
    lines << tr("Een speler voor e-learningcursussen die zonder internet werkt.");
    lines << tr("Licentie: MIT. Je mag Leerpad vrij gebruiken, aanpassen en verspreiden.");
    lines << tr("Gemaakt met Qt %1.").arg(QString::fromLatin1(qVersion()));
    if (course) {
        QString c = tr("Geopende cursus: %1, versie %2").arg(course->title, course->version);
        if (!course->authors.isEmpty())
            c += QLatin1Char('\n') + tr("Auteurs: %1").arg(course->authors.join(QStringLiteral(", ")));
        if (!course->license.isEmpty())
            c += QLatin1Char('\n') + tr("Licentie van de cursus: %1").arg(course->license);
        lines << c;
    }
    auto *body = new QLabel(lines.join(QStringLiteral("\n\n")), this);
    body->setTextFormat(Qt::PlainText);
    body->setWordWrap(true);
    body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    body->setMinimumWidth(body->fontMetrics().averageCharWidth() * 55);
    m_text = name->text() + QLatin1Char('\n') + body->text();
    body->setAccessibleName(m_text);

    auto *text = new QVBoxLayout;
    text->addWidget(name);
    text->addWidget(body);
    text->addStretch(1);

    auto *top = new QHBoxLayout;
    top->setSpacing(18);
    top->addWidget(icon);
    top->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 14);
    layout->addLayout(top);
    layout->addWidget(buttons);
}

} // namespace leerpad
