# PARCALC_FUZZ=ON (issue 6): build tests/fuzz with clang's libFuzzer. Everything compiled
# after this include gets libFuzzer's coverage instrumentation and ASan + UBSan, so the
# fuzzer is guided by coverage of addin/core and any memory error or undefined behaviour
# is a crash. Configure it in a build directory of its own (build-fuzz), core only:
#   CXX=clang++-14 cmake -S . -B build-fuzz -DPARCALC_UNO=OFF -DPARCALC_FUZZ=ON
# With PARCALC_FUZZ=OFF (gcc, the normal build) the same targets link a seeded random
# driver instead (tests/fuzz/fuzz_driver.cxx).
if(PARCALC_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "PARCALC_FUZZ=ON needs clang with libFuzzer (CXX=clang++-14, "
                            "Debian packages clang-14 libclang-rt-14-dev); ${CMAKE_CXX_COMPILER_ID} "
                            "builds the fuzz targets with the seeded driver when PARCALC_FUZZ=OFF")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                        -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()
