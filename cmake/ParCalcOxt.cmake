# Building LibreOffice extensions (.oxt): shared by registry/ (parcalc.oxt, the
# shipped one) and tests/bench/noop/ (the benchmark-only no-op add-in).
#
# parcalc_add_uno_types(<name> IDL <file.idl>... RDB <out.rdb> TYPES <org.x.*>)
#   unoidl-write -> <out.rdb>, cppumaker -> C++ headers of the TYPES pattern,
#   both stamped (rebuilt only when an IDL changes). Defines the custom target
#   <name>_gen and the INTERFACE library <name> (headers + lo::uno).
#
# parcalc_add_oxt(<target> [ALL] OUTPUT <file.oxt>
#                 LIBRARY <shared library target> RDB <types .rdb> [RDB_TARGET <target>]
#                 DESCRIPTION <description.xml.in> COMPONENTS <name.components.in>
#                 [DATA "<path in .oxt>=<source file>"...])
#   Zips OUTPUT with scripts/assemble-oxt for this build's platform (PARCALC_PLATFORM):
#   the library stripped (parcalc_shipped_library) in ${PARCALC_PLATFORM}/ with its
#   .components (@PARCALC_UNO_ENV@, @PARCALC_LIBRARY@ filled in), the .rdb in types/,
#   DATA files at their paths, description.xml (@PROJECT_VERSION@, @PARCALC_PLATFORMS@)
#   and a META-INF/manifest.xml written by the assembler. Its arguments are kept in
#   ${CMAKE_CURRENT_BINARY_DIR}/<target>.args for a multi-platform assembly.
include_guard(DIRECTORY)
include(${CMAKE_CURRENT_LIST_DIR}/ParCalcPlatform.cmake) # PARCALC_PLATFORM, PARCALC_UNO_ENV

# The assembler is a Python 3 script (standard library only); Debian's python3 first.
if(EXISTS /usr/bin/python3 AND NOT Python3_EXECUTABLE)
    set(Python3_EXECUTABLE /usr/bin/python3)
endif()
find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(PARCALC_PYTHON3 ${Python3_EXECUTABLE})
set(PARCALC_ASSEMBLE_OXT ${PROJECT_SOURCE_DIR}/scripts/assemble-oxt)

function(parcalc_add_uno_types name)
    cmake_parse_arguments(T "" "RDB;TYPES" "IDL" ${ARGN})
    set(include_dir ${CMAKE_BINARY_DIR}/uno-include/${name})
    add_custom_command(
        OUTPUT ${T_RDB}
        COMMAND ${UNOIDL_WRITE} ${LO_TYPES_RDB} ${LO_OFFAPI_RDB} ${T_IDL} ${T_RDB}
        DEPENDS ${T_IDL}
        COMMENT "unoidl-write: ${T_RDB}"
        VERBATIM)
    add_custom_command(
        OUTPUT ${include_dir}/types.stamp
        COMMAND ${CMAKE_COMMAND} -E make_directory ${include_dir}
        COMMAND ${CPPUMAKER} -Gc -O${include_dir} -T${T_TYPES}
                -X${LO_TYPES_RDB} -X${LO_OFFAPI_RDB} ${T_RDB}
        COMMAND ${CMAKE_COMMAND} -E touch ${include_dir}/types.stamp
        DEPENDS ${T_RDB}
        COMMENT "cppumaker: ${T_TYPES} headers"
        VERBATIM)
    add_custom_target(${name}_gen DEPENDS ${T_RDB} ${include_dir}/types.stamp)
    add_library(${name} INTERFACE)
    target_include_directories(${name} SYSTEM INTERFACE ${include_dir})
    target_link_libraries(${name} INTERFACE lo::uno)
    add_dependencies(${name} ${name}_gen)
endfunction()

# parcalc_shipped_library(<library target> <dir> <out var>)
#   The copy of the library the .oxt ships, in <dir>: on ELF toolchains with
#   objcopy and strip, stripped (38 MB -> 1.5 MB), its debug info kept beside it in
#   <name>.debug and found again through a GNU debuglink (gdb looks next to the
#   library), so a crash of the shipped copy can still be read. Toolchains without
#   them (MSVC keeps a .pdb anyway; Mach-O has no debuglink) ship the library as built.
#   Sets <out var> to the shipped file.
function(parcalc_shipped_library library dir out_var)
    # The file name without generator expressions (OUTPUT cannot take them here).
    get_target_property(name ${library} OUTPUT_NAME)
    get_target_property(prefix ${library} PREFIX)
    if(name MATCHES "NOTFOUND$")
        set(name ${library})
    endif()
    if(prefix MATCHES "NOTFOUND$")
        set(prefix ${CMAKE_SHARED_LIBRARY_PREFIX})
    endif()
    set(file_name ${prefix}${name}${CMAKE_SHARED_LIBRARY_SUFFIX})
    set(shipped ${dir}/${file_name})
    set(debug ${shipped}.debug)
    if(CMAKE_EXECUTABLE_FORMAT STREQUAL "ELF" AND CMAKE_OBJCOPY AND CMAKE_STRIP)
        set(commands
            COMMAND ${CMAKE_OBJCOPY} --only-keep-debug $<TARGET_FILE:${library}> ${debug}
            COMMAND ${CMAKE_STRIP} --strip-debug --strip-unneeded
                    -o ${shipped} $<TARGET_FILE:${library}>
            # The link names the file only (no directory): gdb looks for it next to
            # the library, and checks its CRC.
            COMMAND ${CMAKE_COMMAND} -E chdir ${dir}
                    ${CMAKE_OBJCOPY} --add-gnu-debuglink=${file_name}.debug ${shipped})
        set(byproducts ${debug})
    else()
        set(commands COMMAND ${CMAKE_COMMAND} -E copy $<TARGET_FILE:${library}> ${shipped})
        set(byproducts)
    endif()
    add_custom_command(
        OUTPUT ${shipped}
        BYPRODUCTS ${byproducts}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${dir}
        ${commands}
        DEPENDS ${library}
        COMMENT "Shipped copy of ${library} (stripped where the toolchain can)"
        VERBATIM)
    set(${out_var} ${shipped} PARENT_SCOPE)
endfunction()

function(parcalc_add_oxt target)
    cmake_parse_arguments(X "ALL" "OUTPUT;LIBRARY;RDB;RDB_TARGET;DESCRIPTION;COMPONENTS" "DATA" ${ARGN})
    foreach(required OUTPUT LIBRARY RDB DESCRIPTION COMPONENTS)
        if(NOT X_${required})
            message(FATAL_ERROR "parcalc_add_oxt(${target}): ${required} missing")
        endif()
    endforeach()
    parcalc_shipped_library(${X_LIBRARY} ${CMAKE_CURRENT_BINARY_DIR}/${target}-library shipped)
    get_filename_component(rdb_name ${X_RDB} NAME)
    get_filename_component(description ${X_DESCRIPTION} ABSOLUTE)
    get_filename_component(components ${X_COMPONENTS} ABSOLUTE)

    # scripts/assemble-oxt's arguments, one a line: kept in a file so that
    # tests/compat and the release workflow assemble the same .oxt with more platforms.
    set(args --output ${X_OUTPUT} --version ${PROJECT_VERSION}
        --description ${description} --components ${components}
        --library ${PARCALC_PLATFORM} ${PARCALC_UNO_ENV} ${shipped}
        --file types/${rdb_name}=${X_RDB})
    set(sources ${shipped} ${X_RDB} ${description} ${components})
    foreach(entry ${X_DATA})
        list(APPEND args --file ${entry})
        string(REGEX REPLACE "^[^=]*=" "" src ${entry})
        list(APPEND sources ${src})
    endforeach()
    list(JOIN args "\n" args_text)
    set(args_file ${CMAKE_CURRENT_BINARY_DIR}/${target}.args)
    # Written only when it changes, so a re-configure does not repack the .oxt.
    file(CONFIGURE OUTPUT ${args_file} CONTENT "${args_text}\n" @ONLY)

    add_custom_command(
        OUTPUT ${X_OUTPUT}
        COMMAND ${PARCALC_PYTHON3} ${PARCALC_ASSEMBLE_OXT} @${args_file}
        DEPENDS ${PARCALC_ASSEMBLE_OXT} ${args_file} ${sources} ${X_RDB_TARGET}
        COMMENT "Packing ${X_OUTPUT}"
        VERBATIM)
    if(X_ALL)
        add_custom_target(${target} ALL DEPENDS ${X_OUTPUT})
    else()
        add_custom_target(${target} DEPENDS ${X_OUTPUT})
    endif()
endfunction()
