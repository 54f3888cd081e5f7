// fuzz_driver (tests only): a main() for the fuzz targets when libFuzzer is not used
// (gcc builds, PARCALC_FUZZ=OFF). It takes the same command line as libFuzzer, so
// tests/fuzz/CMakeLists.txt runs both alike:
//
//   fuzz_x [-runs=N] [-seed=S] [-max_len=L] [-max_total_time=SEC] [-timeout=SEC]
//          [-dict=FILE] [-artifact_prefix=DIR/] CORPUS_DIR_OR_FILE...
//
// Over 400 lines: a stand-in for libFuzzer (options, corpus, mutations, crash capture) that
// must not lean on ParCalc's own code.
//
// Directories are read as seed corpora: every file in them runs once, as is; then
// pseudo-random inputs (mutations of the seeds and of earlier mutants, dictionary
// tokens, splices, random bytes) run until -runs or -max_total_time is reached. The
// generator is std::mt19937_64 with a fixed seed (-seed, default 1; 0 picks one and
// prints it), so a run is reproducible. When only
// files are given they are replayed once each (a crash reproducer, a regression).
// A crash (abort, signal, sanitizer report, a per-input timeout) saves the input to
// <artifact_prefix>crash-<hash> (timeout-<hash>) and prints it, like libFuzzer.
// Unlike libFuzzer there is no coverage feedback: use a PARCALC_FUZZ=ON clang build
// for long runs (tests/fuzz/README.md).
#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) __attribute__((weak));
// Present when built with -fsanitize=address/undefined: called before the process dies
// on a sanitizer report.
extern "C" void __sanitizer_set_death_callback(void (*callback)(void)) __attribute__((weak));

namespace
{

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// The input being run, for the crash handlers (read-only there).
const std::uint8_t* g_data = nullptr;
std::size_t g_size = 0;
std::string g_artifactPrefix;
std::atomic<long long> g_runStartMs{0}; // 0: not inside an input
std::atomic<bool> g_saved{false};

std::uint64_t fnv1a(const std::uint8_t* data, std::size_t size)
{
    std::uint64_t h = 1469598103934665603ull;
    for (std::size_t i = 0; i < size; ++i)
        h = (h ^ data[i]) * 1099511628211ull;
    return h;
}

// Async-signal-safe enough for a dying process: open/write/close, no allocation.
void saveInput(const char* kind)
{
    if (g_saved.exchange(true) || !g_data)
        return;
    char path[4096];
    std::snprintf(path, sizeof path, "%s%s-%016llx", g_artifactPrefix.c_str(), kind,
                  static_cast<unsigned long long>(fnv1a(g_data, g_size)));
    std::FILE* f = std::fopen(path, "wb");
    if (f)
    {
        std::fwrite(g_data, 1, g_size, f);
        std::fclose(f);
    }
    std::fprintf(stderr, "==fuzz_driver== %s: input of %zu bytes saved to %s\n", kind, g_size,
                 f ? path : "(could not write)");
    if (g_size <= 512)
    {
        std::fprintf(stderr, "==fuzz_driver== input as C string: \"");
        for (std::size_t i = 0; i < g_size; ++i)
        {
            const unsigned c = g_data[i];
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\')
                std::fputc(int(c), stderr);
            else
                std::fprintf(stderr, "\\x%02x", c);
        }
        std::fprintf(stderr, "\"\n");
    }
    std::fflush(stderr);
}

void onSanitizerDeath()
{
    saveInput("crash");
}

void onSignal(int sig)
{
    saveInput("crash");
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

long long nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               Clock::now().time_since_epoch())
        .count();
}

// libFuzzer dictionary: one token per line, `name="value"` or `"value"`, escapes \\ \" \xNN.
std::vector<std::string> readDictionary(const std::string& path)
{
    std::vector<std::string> tokens;
    std::ifstream in(path);
    if (!in)
    {
        std::fprintf(stderr, "fuzz_driver: cannot read dictionary %s\n", path.c_str());
        std::exit(2);
    }
    std::string line;
    while (std::getline(in, line))
    {
        const auto lead = line.find_first_not_of(" \t");
        const auto first = line.find('"');
        const auto last = line.rfind('"');
        if (lead == std::string::npos || line[lead] == '#' || first == std::string::npos ||
            first == last)
            continue;
        std::string token;
        for (std::size_t i = first + 1; i < last; ++i)
        {
            if (line[i] != '\\' || i + 1 >= last)
            {
                token += line[i];
                continue;
            }
            ++i;
            if (line[i] == 'x' && i + 2 < last)
            {
                token += char(std::stoi(line.substr(i + 1, 2), nullptr, 16));
                i += 2;
            }
            else
                token += line[i];
        }
        tokens.push_back(token);
    }
    return tokens;
}

std::string readFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

class Mutator
{
public:
    Mutator(std::uint64_t seed, std::size_t maxLen, std::vector<std::string> dict,
            const std::vector<std::string>& corpus)
        : m_rng(seed), m_maxLen(maxLen), m_dict(std::move(dict)), m_corpus(corpus)
    {
    }

    std::string next()
    {
        const unsigned pick = below(100);
        if (pick < 5 || (m_corpus.empty() && m_pool.empty() && pick < 30))
            return randomBytes(below(65));
        std::string s;
        if (pick < 40 && !m_pool.empty())
            s = m_pool[below(m_pool.size())];
        else if (!m_corpus.empty())
            s = m_corpus[below(m_corpus.size())];
        const std::size_t steps = 1 + below(below(2) ? 3 : 8);
        for (std::size_t i = 0; i < steps; ++i)
            mutate(s);
        if (s.size() > m_maxLen)
            s.resize(m_maxLen);
        // Keep some mutants to mutate further (stacked mutations reach further).
        if (m_pool.size() < 256)
            m_pool.push_back(s);
        else
            m_pool[below(m_pool.size())] = s;
        return s;
    }

private:
    std::size_t below(std::size_t n) { return n == 0 ? 0 : std::size_t(m_rng() % n); }
    char randomByte() { return char(m_rng() & 0xFF); }
    std::string randomBytes(std::size_t n)
    {
        std::string s(n, '\0');
        for (char& c : s)
            c = randomByte();
        return s;
    }

    void mutate(std::string& s)
    {
        static const char interesting[] = {'\0', '\xff', '\x7f', '\x80', '\xc3', '\xe2', '\xc2',
                                           '\xa0', '"',  '\\',   '.',    ',',    '%',    '-',
                                           ' ',    '\t', '\n',   '{',    '}',    '[',    ']',
                                           ':',    '0',  '1',    '9',    'e',    'E',    '+'};
        static const char* numbers[] = {"0",    "-1",        "1e308",    "1e999",    "-0",
                                        "255",  "65536",     "2147483648", "4294967297",
                                        "1.5",  "1e-400",    "99999999999999999999", "NaN",
                                        "0.000", "123456789012345678901234567890"};
        const std::size_t at = below(s.size() + 1);
        switch (below(14))
        {
        case 13: // repeat a chunk many times ("1.000" -> "1.000.000.000...", long lists)
            if (!s.empty())
            {
                const std::size_t from = below(s.size());
                const std::string chunk = s.substr(from, 1 + below(8));
                std::string run;
                for (std::size_t n = 2 + below(below(2) ? 8 : 64); n > 0; --n)
                    run += chunk;
                s.insert(from, run);
            }
            break;
        case 0: // erase a range
            if (!s.empty())
                s.erase(below(s.size()), 1 + below(below(2) ? 4 : 64));
            break;
        case 1: // insert random bytes
            s.insert(at, randomBytes(1 + below(8)));
            break;
        case 2: // insert a run of one byte
            s.insert(at, 1 + below(below(4) ? 16 : 512), interesting[below(sizeof interesting)]);
            break;
        case 3: // flip a bit
            if (!s.empty())
                s[below(s.size())] ^= char(1u << below(8));
            break;
        case 4: // set a random byte
            if (!s.empty())
                s[below(s.size())] = randomByte();
            break;
        case 5: // set an interesting byte
            if (!s.empty())
                s[below(s.size())] = interesting[below(sizeof interesting)];
            break;
        case 6: // insert a dictionary token
        case 7: // overwrite with a dictionary token
            if (!m_dict.empty())
            {
                const std::string& t = m_dict[below(m_dict.size())];
                if (below(2) && at + t.size() <= s.size())
                    s.replace(at, t.size(), t);
                else
                    s.insert(at, t);
            }
            break;
        case 8: // duplicate a chunk inside the input
            if (!s.empty())
            {
                const std::size_t from = below(s.size());
                const std::string chunk = s.substr(from, 1 + below(64));
                s.insert(below(s.size() + 1), chunk);
            }
            break;
        case 9: // splice with another seed
            if (!m_corpus.empty())
            {
                const std::string& other = m_corpus[below(m_corpus.size())];
                s = s.substr(0, at) + other.substr(below(other.size() + 1));
            }
            break;
        case 10: // insert an interesting number
            s.insert(at, numbers[below(sizeof numbers / sizeof *numbers)]);
            break;
        case 11: // truncate
            s.resize(at);
            break;
        default: // swap two bytes
            if (s.size() > 1)
                std::swap(s[below(s.size())], s[below(s.size())]);
            break;
        }
    }

    std::mt19937_64 m_rng; // fully specified by the standard: same sequence everywhere
    std::size_t m_maxLen;
    std::vector<std::string> m_dict;
    const std::vector<std::string>& m_corpus;
    std::vector<std::string> m_pool;
};

void runOne(const std::string& input)
{
    // A copy in an exactly-sized heap block, so ASan catches reads past the end.
    std::vector<std::uint8_t> copy(input.begin(), input.end());
    g_data = copy.data();
    g_size = copy.size();
    g_runStartMs.store(nowMs());
    LLVMFuzzerTestOneInput(copy.empty() ? nullptr : copy.data(), copy.size());
    g_runStartMs.store(0);
    g_data = nullptr;
    g_size = 0;
}

bool startsWith(const std::string& s, const char* prefix)
{
    return s.rfind(prefix, 0) == 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    long long runs = -1;
    std::uint64_t seed = 1;
    std::size_t maxLen = 4096;
    double maxTotalTime = 0;
    long long timeoutSec = 60;
    std::vector<std::string> dict;
    std::vector<std::string> dirs, files;
    for (int i = 1; i < argc; ++i)
    {
        const std::string arg = argv[i];
        const auto value = [&]() { return arg.substr(arg.find('=') + 1); };
        if (startsWith(arg, "-runs="))
            runs = std::stoll(value());
        else if (startsWith(arg, "-seed="))
            seed = std::stoull(value());
        else if (startsWith(arg, "-max_len="))
            maxLen = std::stoul(value());
        else if (startsWith(arg, "-max_total_time="))
            maxTotalTime = std::stod(value());
        else if (startsWith(arg, "-timeout="))
            timeoutSec = std::stoll(value());
        else if (startsWith(arg, "-dict="))
            dict = readDictionary(value());
        else if (startsWith(arg, "-artifact_prefix="))
            g_artifactPrefix = value();
        else if (startsWith(arg, "-"))
            std::fprintf(stderr, "fuzz_driver: ignoring libFuzzer flag %s\n", arg.c_str());
        else if (fs::is_directory(arg))
            dirs.push_back(arg);
        else if (fs::exists(arg))
            files.push_back(arg);
        else
        {
            std::fprintf(stderr, "fuzz_driver: no such file or directory: %s\n", arg.c_str());
            return 2;
        }
    }
    if (runs < 0 && maxTotalTime <= 0)
        runs = 100000;
    if (seed == 0) // like libFuzzer: a seed of its own, printed below to repeat the run
        seed = std::random_device{}() ^ std::uint64_t(Clock::now().time_since_epoch().count());

    // Under a sanitizer, it reports memory errors and signals (stack traces included) and
    // calls onSanitizerDeath; aborts (a FUZZ_CHECK, an uncaught exception) are ours. Without
    // one, the handlers run on a stack of their own so a stack overflow is caught too.
    static char altStack[1 << 16];
    stack_t ss{};
    ss.ss_sp = altStack;
    ss.ss_size = sizeof altStack;
    sigaltstack(&ss, nullptr);
    struct sigaction action{};
    action.sa_handler = onSignal;
    action.sa_flags = SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    if (__sanitizer_set_death_callback)
        __sanitizer_set_death_callback(onSanitizerDeath);
    for (int sig : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL})
        if (sig == SIGABRT || !__sanitizer_set_death_callback)
            sigaction(sig, &action, nullptr);
    std::thread([timeoutSec]() {
        while (true)
        {
            std::this_thread::sleep_for(std::chrono::milliseconds(250));
            const long long start = g_runStartMs.load();
            if (start != 0 && nowMs() - start > timeoutSec * 1000)
            {
                std::fprintf(stderr, "==fuzz_driver== timeout: one input ran over %lld s\n",
                             timeoutSec);
                saveInput("timeout");
                std::_Exit(70);
            }
        }
    }).detach();

    // Replay mode: only files given.
    if (!files.empty() && dirs.empty())
    {
        for (const std::string& f : files)
        {
            std::fprintf(stderr, "fuzz_driver: running %s\n", f.c_str());
            runOne(readFile(f));
        }
        std::fprintf(stderr, "fuzz_driver: %zu input(s) replayed, no crash\n", files.size());
        return 0;
    }

    std::vector<std::string> corpus;
    std::vector<fs::path> paths;
    for (const std::string& d : dirs)
        for (const auto& entry : fs::recursive_directory_iterator(d))
            if (entry.is_regular_file())
                paths.push_back(entry.path());
    for (const std::string& f : files)
        paths.emplace_back(f);
    std::sort(paths.begin(), paths.end());
    for (const fs::path& p : paths)
        corpus.push_back(readFile(p));

    const auto start = Clock::now();
    const auto elapsed = [&]() {
        return std::chrono::duration<double>(Clock::now() - start).count();
    };
    long long done = 0;
    for (const std::string& input : corpus)
    {
        runOne(input);
        ++done;
    }
    std::fprintf(stderr, "fuzz_driver: %zu seed input(s) ran, seed=%llu\n", corpus.size(),
                 static_cast<unsigned long long>(seed));
    Mutator mutator(seed, maxLen, std::move(dict), corpus);
    while ((runs < 0 || done < runs) && (maxTotalTime <= 0 || elapsed() < maxTotalTime))
    {
        runOne(mutator.next());
        ++done;
        if ((done & (done - 1)) == 0 && done >= 65536)
            std::fprintf(stderr, "fuzz_driver: #%lld %.0f inputs/s\n", done, done / elapsed());
    }
    const double secs = elapsed();
    std::fprintf(stderr, "fuzz_driver: done %lld inputs in %.1f s (%.0f inputs/s), no crash\n",
                 done, secs, secs > 0 ? done / secs : 0.0);
    return 0;
}
