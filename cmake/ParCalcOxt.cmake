# Building LibreOffice extensions (.oxt): shared by registry/ (parcalc.oxt, the
# shipped one) and tests/bench/noop/ (the benchmark-only no-op add-in).
#
# parcalc_add_uno_types(<name> IDL <file.idl>... RDB <out.rdb> TYPES <org.x.*>)
#   unoidl-write -> <out.rdb>, cppumaker -> C++ headers of the TYPES pattern,
#   both stamped (rebuilt only when an IDL changes). Defines the custom target
#   <name>_gen and the INTERFACE library <name> (headers + lo::uno).
#
# parcalc_add_oxt(<target> [ALL] OUTPUT <file.oxt> STAGE <dir>
#                 LIBRARY <shared library target> RDB <types .rdb> [RDB_TARGET <target>]
#                 MANIFEST <manifest.xml.in> DESCRIPTION <description.xml.in>
#                 COMPONENTS <name.components.in>
#                 [DATA "<path in .oxt>=<source file>"...])
#   Stages the extension under STAGE and zips it to OUTPUT: META-INF/manifest.xml,
#   description.xml and <name>.components come from the templates (configure_file
#   @ONLY, so @PROJECT_VERSION@, @PARCALC_PLATFORM@ ... are filled in; the
#   .components may also use generator expressions such as
#   $<TARGET_FILE_NAME:lib>), the library goes to ${PARCALC_PLATFORM}/ stripped
#   (parcalc_shipped_library), the .rdb to types/, DATA files to their paths.
include_guard(DIRECTORY)
include(${CMAKE_CURRENT_LIST_DIR}/ParCalcPlatform.cmake) # PARCALC_PLATFORM, PARCALC_UNO_ENV

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
    cmake_parse_arguments(X "ALL"
        "OUTPUT;STAGE;LIBRARY;RDB;RDB_TARGET;MANIFEST;DESCRIPTION;COMPONENTS" "DATA" ${ARGN})
    foreach(required OUTPUT STAGE LIBRARY RDB MANIFEST DESCRIPTION COMPONENTS)
        if(NOT X_${required})
            message(FATAL_ERROR "parcalc_add_oxt(${target}): ${required} missing")
        endif()
    endforeach()
    set(stage ${X_STAGE})
    parcalc_shipped_library(${X_LIBRARY} ${CMAKE_CURRENT_BINARY_DIR}/${target}-library shipped)
    get_filename_component(rdb_name ${X_RDB} NAME)
    get_filename_component(components_name ${X_COMPONENTS} NAME)
    string(REGEX REPLACE "\\.in$" "" components_name ${components_name})

    configure_file(${X_MANIFEST} ${stage}/META-INF/manifest.xml @ONLY)
    configure_file(${X_DESCRIPTION} ${stage}/description.xml @ONLY)
    configure_file(${X_COMPONENTS} ${CMAKE_CURRENT_BINARY_DIR}/${components_name}.gen @ONLY)
    file(GENERATE OUTPUT ${stage}/${components_name}
         INPUT ${CMAKE_CURRENT_BINARY_DIR}/${components_name}.gen)

    # Top-level entries of the zip: the fixed ones plus the first component of
    # each DATA path (so stale files in the stage never end up in the .oxt).
    set(entries META-INF description.xml ${components_name} types ${PARCALC_PLATFORM})
    set(make_dirs ${stage}/types ${stage}/${PARCALC_PLATFORM})
    set(copy_commands)
    set(copy_depends)
    foreach(entry ${X_DATA})
        string(REPLACE "=" ";" pair ${entry})
        list(GET pair 0 dest)
        list(GET pair 1 src)
        get_filename_component(dest_dir ${stage}/${dest} DIRECTORY)
        list(APPEND make_dirs ${dest_dir})
        string(REGEX REPLACE "/.*" "" top ${dest})
        list(APPEND entries ${top})
        list(APPEND copy_commands COMMAND ${CMAKE_COMMAND} -E copy ${src} ${stage}/${dest})
        list(APPEND copy_depends ${src})
    endforeach()
    list(REMOVE_DUPLICATES entries)
    list(REMOVE_DUPLICATES make_dirs)

    add_custom_command(
        OUTPUT ${X_OUTPUT}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${make_dirs}
        COMMAND ${CMAKE_COMMAND} -E copy ${X_RDB} ${stage}/types/${rdb_name}
        COMMAND ${CMAKE_COMMAND} -E copy ${shipped} ${stage}/${PARCALC_PLATFORM}/
        ${copy_commands}
        COMMAND ${CMAKE_COMMAND} -E rm -f ${X_OUTPUT}
        COMMAND ${CMAKE_COMMAND} -E chdir ${stage} ${CMAKE_COMMAND} -E tar cf ${X_OUTPUT}
                --format=zip -- ${entries}
        DEPENDS ${shipped} ${X_RDB_TARGET} ${X_RDB} ${copy_depends} ${stage}/${components_name}
                ${stage}/META-INF/manifest.xml ${stage}/description.xml
        COMMENT "Packing ${X_OUTPUT}"
        VERBATIM)
    if(X_ALL)
        add_custom_target(${target} ALL DEPENDS ${X_OUTPUT})
    else()
        add_custom_target(${target} DEPENDS ${X_OUTPUT})
    endif()
endfunction()
