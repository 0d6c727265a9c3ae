// Widget tests need a QApplication before any widget exists.
#include <QApplication>
#include <QLocale>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    // Test discovery runs this binary without the ctest ENVIRONMENT property.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings (zoom, volume, window geometry) and unpacked course packages go to
    // throw-away folders, never into the tester's own configuration and cache.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QTemporaryDir cache;
    qputenv("XDG_CACHE_HOME", cache.path().toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LeerpadTests"));
    QApplication::setApplicationName(QStringLiteral("ui_tests"));
    // As the player does for a Dutch course (see installTranslations()).
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
