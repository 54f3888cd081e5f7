# The LibreOffice SDK as imported targets, plus the generated C++ headers of
# the office API (cppumaker -Gc over types.rdb + offapi.rdb), made once and
# stamped so later builds skip them. The platform's macros, UNO environment and
# library names come from cmake/ParCalcPlatform.cmake.
include(${CMAKE_CURRENT_LIST_DIR}/ParCalcPlatform.cmake)
set(LO_PROGRAM_DIR /usr/lib/libreoffice/program CACHE PATH "LibreOffice program directory")
set(LO_SDK_DIR /usr/lib/libreoffice/sdk CACHE PATH "LibreOffice SDK directory")
set(LO_TYPES_RDB ${LO_PROGRAM_DIR}/types.rdb)
set(LO_OFFAPI_RDB ${LO_PROGRAM_DIR}/types/offapi.rdb)
find_program(UNOIDL_WRITE unoidl-write PATHS ${LO_SDK_DIR}/bin NO_DEFAULT_PATH REQUIRED)
find_program(CPPUMAKER cppumaker PATHS ${LO_SDK_DIR}/bin NO_DEFAULT_PATH REQUIRED)
foreach(rdb ${LO_TYPES_RDB} ${LO_OFFAPI_RDB})
    if(NOT EXISTS ${rdb})
        message(FATAL_ERROR "LibreOffice type library ${rdb} not found: run scripts/setup")
    endif()
endforeach()

set(LO_OFFICE_INCLUDE ${CMAKE_BINARY_DIR}/uno-include/office)
add_custom_command(
    OUTPUT ${LO_OFFICE_INCLUDE}/office.stamp
    COMMAND ${CMAKE_COMMAND} -E make_directory ${LO_OFFICE_INCLUDE}
    COMMAND ${CPPUMAKER} -Gc -O${LO_OFFICE_INCLUDE} ${LO_TYPES_RDB} ${LO_OFFAPI_RDB}
    COMMAND ${CMAKE_COMMAND} -E touch ${LO_OFFICE_INCLUDE}/office.stamp
    COMMENT "cppumaker: office API headers"
    VERBATIM)
add_custom_target(office_headers DEPENDS ${LO_OFFICE_INCLUDE}/office.stamp)

add_library(lo_uno INTERFACE)
target_include_directories(lo_uno SYSTEM INTERFACE ${LO_SDK_DIR}/include ${LO_OFFICE_INCLUDE})
target_compile_definitions(lo_uno INTERFACE ${PARCALC_OS_DEFINES} CPPU_ENV=${PARCALC_UNO_ENV})
target_link_directories(lo_uno INTERFACE ${LO_SDK_DIR}/lib ${LO_PROGRAM_DIR})
target_link_libraries(lo_uno INTERFACE ${PARCALC_SDK_LIBRARIES})
add_dependencies(lo_uno office_headers)
add_library(lo::uno ALIAS lo_uno)
