# A library's public headers are the ones other code may include. They are published
# under ${LEERPAD_INCLUDE_DIR} as one-line headers that forward to the real file (as
# Qt's module headers do), at the same path they have below src/: "core/model/course.h".
# Users of a library get only that folder on their include path, so a private header
# (left out of the list) does not compile outside its library. Sources inside a
# library include their own private headers with the same "core/<room>/<file>.h" path
# through the library's private include of src/.
set(LEERPAD_INCLUDE_DIR ${PROJECT_BINARY_DIR}/include)

function(leerpad_public_headers target)
  foreach(header IN LISTS ARGN)
    get_filename_component(absolute ${header} ABSOLUTE)
    file(RELATIVE_PATH relative ${PROJECT_SOURCE_DIR}/src ${absolute})
    file(GENERATE OUTPUT ${LEERPAD_INCLUDE_DIR}/${relative}
         CONTENT "#pragma once\n#include \"${absolute}\"\n")
  endforeach()
  target_sources(${target} PRIVATE ${ARGN})
endfunction()
