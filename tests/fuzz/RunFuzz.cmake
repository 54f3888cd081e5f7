# Runs one fuzz target (libFuzzer or the seeded driver: same command line) with a work
# corpus outside the source tree: libFuzzer writes the inputs it finds into the first
# corpus directory, so the seeds in tests/fuzz/corpus are passed second and stay untouched.
#   cmake -DEXE=fuzz_x -DWORK=dir -DARGS="-runs=N|-seed=1" -DSEEDS="dir|dir"
#         [-DSEED_FILES="glob|glob"] [-DFRESH=ON] -P RunFuzz.cmake
# FRESH=ON (ctest) starts from an empty work corpus; otherwise it grows run after run
# (the `fuzz` target). SEED_FILES are copied into the work corpus (libFuzzer reads
# directories only). A crash leaves its input in WORK/artifacts/.
string(REPLACE "|" ";" args "${ARGS}")
string(REPLACE "|" ";" seeds "${SEEDS}")
string(REPLACE "|" ";" seedFiles "${SEED_FILES}")
if(FRESH)
    file(REMOVE_RECURSE "${WORK}")
endif()
file(MAKE_DIRECTORY "${WORK}/corpus" "${WORK}/artifacts")
foreach(pattern IN LISTS seedFiles)
    file(GLOB files "${pattern}")
    if(files)
        file(COPY ${files} DESTINATION "${WORK}/corpus")
    endif()
endforeach()
execute_process(
    COMMAND "${EXE}" ${args} "-artifact_prefix=${WORK}/artifacts/" "${WORK}/corpus" ${seeds}
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    file(GLOB found "${WORK}/artifacts/*")
    message(FATAL_ERROR "${EXE} failed (${rc}); reproducer(s): ${found}\n"
                        "replay: ${EXE} <reproducer>")
endif()
