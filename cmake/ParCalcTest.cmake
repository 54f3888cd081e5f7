# add_core_test(NAME SOURCES... LIBS...) : one GoogleTest binary, registered with ctest
# under the label "unit". Tests sit next to the code they test (x_test.cxx).
function(add_core_test name)
    cmake_parse_arguments(T "" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE ${T_LIBS} GTest::gtest GTest::gtest_main)
    target_compile_definitions(${name} PRIVATE
        PARCALC_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES LABELS unit)
endfunction()

# add_gtest_suite_tests(BINARY PREFIX prefix LABEL label TIMEOUT seconds SUITES Suite...
#                       [PROPERTIES prop value...]) : one ctest test per GoogleTest suite of
# BINARY (--gtest_filter=Suite.*), named PREFIX + the suite in snake case (SeedLayouts with
# PREFIX validate_ -> validate_seed_layouts). The test binaries name each suite's
# throwaway profile the same way: build/test-profiles/<prefix><Suite>.
function(add_gtest_suite_tests binary)
    cmake_parse_arguments(T "" "PREFIX;LABEL;TIMEOUT" "SUITES;PROPERTIES" ${ARGN})
    foreach(suite IN LISTS T_SUITES)
        string(REGEX REPLACE "([a-z])([A-Z])" "\\1_\\2" name "${suite}")
        string(TOLOWER "${T_PREFIX}${name}" name)
        add_test(NAME ${name} COMMAND ${binary} --gtest_filter=${suite}.*)
        set_tests_properties(${name} PROPERTIES LABELS ${T_LABEL} TIMEOUT ${T_TIMEOUT}
                             ${T_PROPERTIES})
    endforeach()
endfunction()
