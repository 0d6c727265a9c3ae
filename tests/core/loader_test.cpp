#include "courseloader.h"

#include <gtest/gtest.h>

using namespace leerpad;

TEST(Loader, BundledCourseLoads)
{
    const LoadResult r = loadCourse(QStringLiteral(LEERPAD_SOURCE_DIR "/content/module-1.4"));
    for (const auto &d : r.diagnostics)
        ADD_FAILURE() << d.toString().toStdString();
    ASSERT_TRUE(r.ok());
}
