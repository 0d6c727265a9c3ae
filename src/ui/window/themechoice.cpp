#include "ui/window/themechoice.h"

#include <QCoreApplication>
#include <QSettings>

namespace leerpad::themechoice {

namespace {
const QString kKey = QStringLiteral("view/theme");
} // namespace

appearance::ThemeId saved()
{
    return appearance::themeFromKey(QSettings().value(kKey).toString())
        .value_or(appearance::ThemeId::System);
}

void save(appearance::ThemeId id)
{
    QSettings().setValue(kKey, appearance::themeKey(id));
}

QString label(appearance::ThemeId id)
{
    switch (id) {
    case appearance::ThemeId::Light:
        return QCoreApplication::translate("leerpad::ThemeChoice", "&Licht");
    case appearance::ThemeId::Dark:
        return QCoreApplication::translate("leerpad::ThemeChoice", "&Donker");
    case appearance::ThemeId::HighContrast:
        return QCoreApplication::translate("leerpad::ThemeChoice", "&Hoog contrast");
    case appearance::ThemeId::System:
        break;
    }
    return QCoreApplication::translate("leerpad::ThemeChoice", "&Systeem");
}

} // namespace leerpad::themechoice
