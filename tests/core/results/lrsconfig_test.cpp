// Where results go: the settings a school deploys, the environment and --lrs, in that
// order; plain http only to this machine (kcalc-style table).

#include "core/results/lrsconfig.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace leerpad::xapi;

namespace {

struct Config
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("Leerpad.conf")), QSettings::IniFormat};
};

} // namespace

TEST(LrsConfig, OffUnlessAnEndpointIsSet)
{
    Config c;
    const LrsConfigResult r = resolveLrsConfig(c.settings, QProcessEnvironment(), {});
    EXPECT_FALSE(r.config.isEnabled());
    EXPECT_TRUE(r.error.isEmpty());
}

TEST(LrsConfig, SettingsThenEnvironmentThenCommandLine)
{
    Config c;
    c.settings.setValue(QStringLiteral("lrs/endpoint"), QStringLiteral("https://lrs.school.example/xAPI"));
    c.settings.setValue(QStringLiteral("lrs/key"), QStringLiteral("k"));
    c.settings.setValue(QStringLiteral("lrs/secret"), QStringLiteral("s"));
    c.settings.setValue(QStringLiteral("lrs/homePage"), QStringLiteral("https://school.example"));
    LrsConfigResult r = resolveLrsConfig(c.settings, QProcessEnvironment(), {});
    ASSERT_TRUE(r.config.isEnabled()) << r.error.toStdString();
    EXPECT_EQ(r.config.statementsUrl().toString(), QStringLiteral("https://lrs.school.example/xAPI/statements"));
    EXPECT_EQ(r.config.key, QStringLiteral("k"));
    EXPECT_EQ(r.config.homePage, QStringLiteral("https://school.example"));

    QProcessEnvironment env;
    env.insert(QStringLiteral("LEERPAD_LRS_ENDPOINT"), QStringLiteral("https://other.example/lrs/"));
    env.insert(QStringLiteral("LEERPAD_LRS_SECRET"), QStringLiteral("s2"));
    r = resolveLrsConfig(c.settings, env, {});
    EXPECT_EQ(r.config.statementsUrl().toString(), QStringLiteral("https://other.example/lrs/statements"));
    EXPECT_EQ(r.config.key, QStringLiteral("k"));
    EXPECT_EQ(r.config.secret, QStringLiteral("s2"));

    r = resolveLrsConfig(c.settings, env, QStringLiteral("http://127.0.0.1:8080/xAPI/"));
    EXPECT_EQ(r.config.statementsUrl().toString(), QStringLiteral("http://127.0.0.1:8080/xAPI/statements"));
}

TEST(LrsConfig, AnEndpointIsRefusedWithWhereAndWhy)
{
    struct Case
    {
        const char *endpoint;
        bool accepted;
        const char *says; // part of the error
    };
    const Case cases[] = {
        {"https://lrs.example/xAPI/", true, ""},
        {"http://localhost:8080/xAPI/", true, ""},
        {"http://127.0.0.1/xAPI/", true, ""},
        {"http://[::1]:9000/xAPI/", true, ""},
        {"http://lrs.example/xAPI/", false, "unencrypted"},
        {"http://192.168.1.10/xAPI/", false, "unencrypted"},
        {"ftp://lrs.example/", false, "only https://"},
        {"lrs.example/xAPI", false, "not an address"},
        {"https:///nohost", false, "not an address"},
    };
    for (const Case &t : cases) {
        Config c;
        const LrsConfigResult r = resolveLrsConfig(c.settings, QProcessEnvironment(), QString::fromLatin1(t.endpoint));
        EXPECT_EQ(r.config.isEnabled(), t.accepted) << t.endpoint;
        if (!t.accepted) {
            EXPECT_TRUE(r.error.startsWith(QStringLiteral("--lrs: "))) << r.error.toStdString();
            EXPECT_TRUE(r.error.contains(QLatin1String(t.says))) << r.error.toStdString();
            EXPECT_FALSE(r.error.contains(QStringLiteral("secret"))) << "never the secret";
        }
    }
}
