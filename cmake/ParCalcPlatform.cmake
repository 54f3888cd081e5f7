# What the target platform means to LibreOffice, derived from the toolchain (issue 11):
#
#   PARCALC_PLATFORM        the platform token, spelled $_OS_$_ARCH as LibreOffice's
#                           desktop/source/deployment/misc/dp_platform.cxx compares it
#                           (case-insensitively) in manifest.xml: Linux_X86_64,
#                           Linux_AARCH64, Windows_X86_64, Windows_AARCH64,
#                           MacOSX_X86_64, MacOSX_AARCH64; also the .oxt folder
#   PARCALC_PLATFORM_LOWER  the same in lower case, as description.xml's <platform> wants
#   PARCALC_UNO_ENV         the UNO environment (CPPU_ENV, and the .components'
#                           environment=): gcc3 for GCC/Clang, mscx / msca for MSVC x64 / ARM64
#   PARCALC_OS_DEFINES      the SDK's OS macros (sdk/settings/settings.mk CC_DEFINES)
#   PARCALC_SDK_LIBRARIES   cppuhelper, cppu, sal, salhelper as the SDK names them
#                           (import libraries i*.lib on Windows)
#   PARCALC_LIBRARY_LINK_OPTIONS  linker options for an extension library: every
#                           symbol resolved at link time, static archives not re-exported
# The library prefix and suffix are the toolchain's own (CMAKE_SHARED_LIBRARY_PREFIX/SUFFIX:
# libparcalc.so, parcalc.dll, libparcalc.dylib).
include_guard(GLOBAL)

# The CPU as LibreOffice's $_ARCH spells it. MSVC reports the target in its
# architecture id (CMAKE_SYSTEM_PROCESSOR is the host there); a one-architecture
# macOS build names it in CMAKE_OSX_ARCHITECTURES.
set(_parcalc_cpu ${CMAKE_SYSTEM_PROCESSOR})
if(MSVC AND CMAKE_CXX_COMPILER_ARCHITECTURE_ID)
    set(_parcalc_cpu ${CMAKE_CXX_COMPILER_ARCHITECTURE_ID})
elseif(APPLE AND CMAKE_OSX_ARCHITECTURES)
    list(LENGTH CMAKE_OSX_ARCHITECTURES _parcalc_arch_count)
    if(NOT _parcalc_arch_count EQUAL 1)
        message(FATAL_ERROR "ParCalc: build one architecture at a time "
            "(CMAKE_OSX_ARCHITECTURES=${CMAKE_OSX_ARCHITECTURES}); the .oxt assembler "
            "takes one library per platform")
    endif()
    set(_parcalc_cpu ${CMAKE_OSX_ARCHITECTURES})
endif()
string(TOLOWER "${_parcalc_cpu}" _parcalc_cpu)
if(_parcalc_cpu MATCHES "^(x86_64|amd64|x64)$")
    set(_parcalc_arch X86_64)
elseif(_parcalc_cpu MATCHES "^(aarch64|arm64)$")
    set(_parcalc_arch AARCH64)
else()
    message(FATAL_ERROR "ParCalc: no LibreOffice platform for the CPU '${_parcalc_cpu}' "
        "(supported: x86_64, aarch64)")
endif()

if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    set(_parcalc_os Linux)
    set(PARCALC_OS_DEFINES LINUX UNX)
elseif(CMAKE_SYSTEM_NAME STREQUAL "Darwin")
    set(_parcalc_os MacOSX)
    set(PARCALC_OS_DEFINES MACOSX UNX)
elseif(CMAKE_SYSTEM_NAME STREQUAL "Windows")
    set(_parcalc_os Windows)
    set(PARCALC_OS_DEFINES WIN32 WNT)
else()
    message(FATAL_ERROR "ParCalc: no LibreOffice platform for '${CMAKE_SYSTEM_NAME}' "
        "(supported: Linux, Darwin, Windows)")
endif()
set(PARCALC_PLATFORM ${_parcalc_os}_${_parcalc_arch})
string(TOLOWER ${PARCALC_PLATFORM} PARCALC_PLATFORM_LOWER)

if(_parcalc_os STREQUAL "Windows")
    if(NOT MSVC)
        message(FATAL_ERROR "ParCalc: LibreOffice on Windows is built with MSVC; "
            "its UNO bridge (mscx) needs an MSVC-compatible compiler")
    endif()
    if(_parcalc_arch STREQUAL "X86_64")
        set(PARCALC_UNO_ENV mscx)
    else()
        set(PARCALC_UNO_ENV msca)
    endif()
    set(PARCALC_SDK_LIBRARIES icppuhelper icppu isal isalhelper)
    set(PARCALC_LIBRARY_LINK_OPTIONS) # link.exe fails on unresolved symbols anyway
else()
    set(PARCALC_UNO_ENV gcc3)
    set(PARCALC_SDK_LIBRARIES uno_cppuhelpergcc3 uno_cppu uno_sal uno_salhelpergcc3)
    if(APPLE)
        set(PARCALC_LIBRARY_LINK_OPTIONS -Wl,-undefined,error)
    else()
        # Resolve everything at link time: a missing symbol must fail the build, not
        # the extension's registration inside LibreOffice; and keep the static
        # archives' symbols (utf8proc...) out of the exported ones.
        set(PARCALC_LIBRARY_LINK_OPTIONS -Wl,--no-undefined -Wl,--exclude-libs,ALL)
    endif()
endif()
message(STATUS "ParCalc: LibreOffice platform ${PARCALC_PLATFORM}, UNO environment "
    "${PARCALC_UNO_ENV}")
