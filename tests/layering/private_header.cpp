// Must not compile: a private header of leerpad_core, included from code that only
// links the library (as src/ui does). See cmake/LeerpadHeaders.cmake.
#include "core/loader/jsondoc.h"

int main()
{
    return 0;
}
