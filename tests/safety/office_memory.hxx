// office_memory: the resident memory of the soffice.bin behind an OfficeSession, for the
// leak test in tests/safety and bench_memory (tests/bench/run extension_rss).
#pragma once

#include <string>
#include <sys/types.h>
#include <vector>

namespace parcalc::safety
{

// The soffice.bin running on `profileDir` (started with -env:UserInstallation=<its URL>);
// throws std::runtime_error when there is none.
pid_t officePid(const std::string& profileDir);

struct Memory
{
    double rssMb = 0; // VmRSS of /proc/PID/status
    double pssMb = 0; // Pss of /proc/PID/smaps_rollup (shared pages split between processes)
};

Memory memoryOf(pid_t pid);

double median(std::vector<double> values);

} // namespace parcalc::safety
