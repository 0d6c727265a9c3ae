#include "courseloader.h"
#include "mainwindow.h"

#include <gtest/gtest.h>

using namespace leerpad;

TEST(MainWindow, ShowsCourseTitle)
{
    LoadOptions options;
    options.missingMediaIsError = false;
    const LoadResult r = loadCourse(QStringLiteral(LEERPAD_SOURCE_DIR "/content/module-1.4"), options);
    ASSERT_TRUE(r.ok());
    MainWindow w;
    w.showLoadResult(r);
    w.show();
    EXPECT_TRUE(w.windowTitle().contains(QStringLiteral("Module 1.4")));
}
