// bench_recalc: the recalculation benchmark of tests/bench/run. Over 400 lines:
// generating, loading and timing the cases share one office and its documents; the
// sheets themselves are in bench_sheets.
//
// Generates the benchmark documents (bench_sheets.hxx), prepares one throwaway profile
// with parcalc.oxt and the no-op add-in installed, starts one soffice and, for each
// case, loads its documents (function / no-op / built-in variants), then times
// XCalculatable::calculateAll(): one warm-up, then `--repeat` rounds (default
// 21) of one recalculation per variant, back to back. Figures are medians over
// the rounds: a time is the median of its rounds, a ratio the median of the
// per-round ratios (a slow phase of the machine hits both sides of a round
// alike). Times are soffice's CPU time during calculateAll (see main); wall
// times go to stderr. Every formula cell is checked to hold a result
// afterwards. Prints `bench: NAME VALUE UNIT` lines on stdout, everything else
// on stderr.
#include "bench_sheets.hxx"
#include "client/extension_installer.hxx"
#include "client/office_session.hxx"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCellRange.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace css;
using parcalc::bench::FormulaBlock;
using parcalc::bench::SheetCase;
using parcalc::bench::Variant;
using parcalc::client::OfficeSession;

namespace
{

struct Options
{
    std::vector<std::string> oxts;
    std::string profile;
    std::string docs;
    int rows = 10000;
    int repeat = 21;
    std::set<std::string> only;     // empty: every case
    std::set<std::string> variants; // empty: every variant (function, noop, builtin)
    bool keepProfile = false;
    bool verbose = false;
};

[[noreturn]] void usage(const std::string& error)
{
    std::cerr
        << "bench_recalc: " << error << "\n"
        << "usage: bench_recalc --oxt FILE.oxt [--oxt ...] --profile DIR --docs DIR\n"
           "                    [--rows N] [--repeat N] [--only CASE,...]\n"
           "                    [--variants function,noop,builtin] [--keep-profile] [--verbose]\n"
           "CASE: PARSCORE ONTIMERATE PARGRADE PARBAND PARPROP PARDEDUCT PARNUMBER province\n"
           "      range_args\n";
    std::exit(2);
}

Options parseArgs(int argc, char** argv)
{
    Options o;
    for (int i = 1; i < argc; ++i)
    {
        const std::string arg = argv[i];
        auto value = [&]() -> std::string
        {
            if (i + 1 >= argc)
                usage(arg + " needs a value");
            return argv[++i];
        };
        if (arg == "--oxt")
            o.oxts.push_back(value());
        else if (arg == "--profile")
            o.profile = value();
        else if (arg == "--docs")
            o.docs = value();
        else if (arg == "--rows")
            o.rows = std::stoi(value());
        else if (arg == "--repeat")
            o.repeat = std::stoi(value());
        else if (arg == "--only")
        {
            std::stringstream list(value());
            for (std::string name; std::getline(list, name, ',');)
                o.only.insert(name);
        }
        else if (arg == "--variants")
        {
            std::stringstream list(value());
            for (std::string name; std::getline(list, name, ',');)
                o.variants.insert(name);
        }
        else if (arg == "--keep-profile")
            o.keepProfile = true;
        else if (arg == "--verbose")
            o.verbose = true;
        else
            usage("unknown argument " + arg);
    }
    if (o.oxts.empty() || o.profile.empty() || o.docs.empty())
        usage("--oxt, --profile and --docs are required");
    if (o.rows < 1 || o.repeat < 1)
        usage("--rows and --repeat must be positive");
    return o;
}

double msSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

std::string fixed(double value, int decimals)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

void figure(const std::string& name, double value, const std::string& unit, int decimals)
{
    std::cout << "bench: " << name << " " << fixed(value, decimals) << " " << unit << std::endl;
}

// A profile with every .oxt installed. Calc lists add-in functions once per
// process, so the session that uses them is started afterwards.
void prepareProfile(const Options& o)
{
    const auto start = std::chrono::steady_clock::now();
    parcalc::client::prepareProfile(o.profile, o.oxts.front());
    if (o.oxts.size() > 1)
    {
        OfficeSession installer({o.profile});
        for (std::size_t i = 1; i < o.oxts.size(); ++i)
            parcalc::client::addExtension(installer, o.oxts[i]);
    }
    std::cerr << "profile " << o.profile << " ready (" << fixed(msSince(start) / 1000, 1)
              << " s)\n";
}

// The soffice.bin process of our session (found by its profile on the command
// line), and the CPU time all its threads have used so far, read from
// /proc/PID/task/*/schedstat (ns; /proc/PID/stat counts 10 ms ticks).
pid_t findOfficeProcess(const std::string& profile)
{
    const std::string profileUrl = parcalc::client::fileUrl(profile);
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator("/proc", ec))
    {
        const std::string name = entry.path().filename().string();
        if (name.find_first_not_of("0123456789") != std::string::npos)
            continue;
        std::ifstream cmdline(entry.path() / "cmdline", std::ios::binary);
        const std::string args((std::istreambuf_iterator<char>(cmdline)),
                               std::istreambuf_iterator<char>());
        if (args.find("soffice.bin") != std::string::npos &&
            args.find(profileUrl) != std::string::npos)
            return pid_t(std::stol(name));
    }
    return -1;
}

// CPU ms used so far by each thread of the process.
using ThreadTimes = std::map<std::string, double>;

ThreadTimes threadCpuMs(pid_t pid)
{
    ThreadTimes times;
    std::error_code ec;
    for (const auto& task :
         std::filesystem::directory_iterator("/proc/" + std::to_string(pid) + "/task", ec))
    {
        std::ifstream stat(task.path() / "schedstat");
        double onCpuNs = 0.0;
        if (stat >> onCpuNs)
            times[task.path().filename().string()] = onCpuNs / 1e6;
    }
    return times;
}

// CPU ms the process used between two readings. Per thread, so that a thread
// ending in between (its time leaves the sum) does not make it negative.
double cpuMsBetween(const ThreadTimes& before, const ThreadTimes& after)
{
    double ms = 0.0;
    for (const auto& [tid, now] : after)
    {
        const auto then = before.find(tid);
        ms += now - (then == before.end() ? 0.0 : then->second);
    }
    return ms;
}

// One recalculation's cost: wall time as the user waits for it, and the CPU
// time soffice spent (all threads), which excludes time other processes took
// the CPU from it.
struct Sample
{
    double wallMs = 0.0;
    double cpuMs = 0.0;
};

struct OpenDocument
{
    Variant variant;
    uno::Reference<lang::XComponent> doc;
    uno::Reference<sheet::XCalculatable> calc;
    std::vector<Sample> samples; // one per round
};

// Every formula cell must hold a result (getDataArray gives void for an error
// cell, #NAME? included): a sheet of errors would time nothing. The no-op's
// cells must hold its constant, so the no-op add-in really ran.
std::string checkResults(const OpenDocument& d, const FormulaBlock& block, bool textResult)
{
    uno::Reference<sheet::XSpreadsheetDocument> spreadsheet(d.doc, uno::UNO_QUERY_THROW);
    uno::Reference<container::XIndexAccess> sheets(spreadsheet->getSheets(), uno::UNO_QUERY_THROW);
    uno::Reference<table::XCellRange> sheet(sheets->getByIndex(0), uno::UNO_QUERY_THROW);
    uno::Reference<sheet::XCellRangeData> data(
        sheet->getCellRangeByPosition(block.firstColumn, block.firstRow,
                                      block.firstColumn + block.columns - 1,
                                      block.firstRow + block.rows - 1),
        uno::UNO_QUERY_THROW);
    const auto values = data->getDataArray();
    int errors = 0, wrong = 0;
    for (const auto& row : values)
        for (sal_Int32 c = 0; c < row.getLength(); ++c)
        {
            const uno::Any& v = row[c];
            if (!v.hasValue())
                ++errors;
            else if ((d.variant == Variant::Noop || d.variant == Variant::NoopDoubles) && c == 0)
            {
                double number = 0;
                OUString text;
                if (textResult ? !((v >>= text) &&
                                   text == parcalc::uno::fromUtf8(parcalc::bench::kNoopText))
                               : !((v >>= number) && number == parcalc::bench::kNoopNumber))
                    ++wrong;
            }
        }
    if (errors == 0 && wrong == 0)
        return {};
    return std::to_string(errors) + " error cells, " + std::to_string(wrong) +
           " unexpected no-op results";
}

// Measures one case: loads its documents, one warm-up calculateAll each, then
// `repeat` rounds of one calculateAll per document, the order rotating each
// round. Returns the samples of every round per variant (index = round).
using Samples = std::map<Variant, std::vector<Sample>>;

Samples runCase(const OfficeSession& office, pid_t officePid, const Options& o, const SheetCase& c)
{
    std::vector<OpenDocument> docs;
    std::map<Variant, FormulaBlock> blocks;
    for (Variant v : c.variants)
    {
        if (!o.variants.empty() && !o.variants.count(parcalc::bench::variantName(v)))
            continue;
        const std::string path =
            o.docs + "/" + c.name + "_" + parcalc::bench::variantName(v) + ".fods";
        blocks[v] = parcalc::bench::writeSheet(c, v, o.rows, path);
        const auto start = std::chrono::steady_clock::now();
        OpenDocument d{v, office.load(path), {}, {}};
        d.calc.set(d.doc, uno::UNO_QUERY_THROW);
        std::cerr << "  " << c.name << " " << parcalc::bench::variantName(v) << ": loaded in "
                  << fixed(msSince(start), 0) << " ms\n";
        docs.push_back(std::move(d));
    }
    for (auto& d : docs) // warm-up
        d.calc->calculateAll();
    for (int round = 0; round < o.repeat; ++round)
        for (std::size_t i = 0; i < docs.size(); ++i)
        {
            OpenDocument& d = docs[(i + std::size_t(round)) % docs.size()];
            const ThreadTimes cpuBefore = threadCpuMs(officePid);
            const auto start = std::chrono::steady_clock::now();
            d.calc->calculateAll();
            const double wall = msSince(start);
            d.samples.push_back({wall, cpuMsBetween(cpuBefore, threadCpuMs(officePid))});
        }
    Samples result;
    std::string failure;
    for (auto& d : docs)
    {
        const std::string problem =
            checkResults(d, blocks[d.variant], c.textResult && d.variant != Variant::Builtin);
        std::vector<double> wall, cpu;
        for (const Sample& s : d.samples)
        {
            wall.push_back(s.wallMs);
            cpu.push_back(s.cpuMs);
        }
        std::cerr << "  " << c.name << " " << parcalc::bench::variantName(d.variant)
                  << ": median wall " << fixed(median(wall), 1) << " ms (min "
                  << fixed(*std::min_element(wall.begin(), wall.end()), 1) << ", max "
                  << fixed(*std::max_element(wall.begin(), wall.end()), 1) << "), cpu "
                  << fixed(median(cpu), 1) << " ms, " << d.samples.size() << " rounds"
                  << (problem.empty() ? "" : "; " + problem) << "\n";
        if (o.verbose)
        {
            std::cerr << "    wall ms:";
            for (double s : wall)
                std::cerr << " " << fixed(s, 1);
            std::cerr << "\n    cpu ms: ";
            for (double s : cpu)
                std::cerr << " " << fixed(s, 1);
            std::cerr << "\n";
        }
        if (!problem.empty() && d.variant != Variant::Builtin)
            failure = c.name + " " + parcalc::bench::variantName(d.variant) + ": " + problem;
        result[d.variant] = std::move(d.samples);
        parcalc::client::closeDocument(d.doc);
    }
    if (!failure.empty())
        throw parcalc::client::OfficeError(failure);
    return result;
}

// The ratio of two variants: the median over rounds of the per-round ratio.
// Both ran back to back in each round, so a slow phase of the machine (other
// jobs, a noisy VM neighbour) cancels out instead of landing on one side.
double pairedRatio(const std::vector<Sample>& num, const std::vector<Sample>& den,
                   double Sample::*field)
{
    std::vector<double> ratios;
    for (std::size_t i = 0; i < num.size() && i < den.size(); ++i)
        ratios.push_back(num[i].*field / den[i].*field);
    return median(ratios);
}

double medianOf(const std::vector<Sample>& samples, double Sample::*field)
{
    std::vector<double> values;
    for (const Sample& s : samples)
        values.push_back(s.*field);
    return median(values);
}

} // namespace

int main(int argc, char** argv)
{
    parcalc::client::stopOfficesOnSignals();
    const Options o = parseArgs(argc, argv);
    try
    {
        std::filesystem::create_directories(o.docs);
        if (!o.keepProfile || !std::filesystem::exists(o.profile))
            prepareProfile(o);
        OfficeSession office({o.profile});
        // Figures use soffice's CPU time (all threads): on an idle machine it
        // equals the wall time of an add-in sheet (Calc never threads add-in
        // calls), and on a busy one it leaves out the time other processes had
        // the CPU, which wall time would add to one side of a ratio at random.
        const pid_t officePid = findOfficeProcess(o.profile);
        double Sample::*field = &Sample::cpuMs;
        if (officePid <= 0)
        {
            std::cerr << "bench_recalc: soffice.bin not found in /proc; using wall time\n";
            field = &Sample::wallMs;
        }
        bool failed = false;
        for (const SheetCase& c : parcalc::bench::sheetCases())
        {
            if (!o.only.empty() && !o.only.count(c.name))
                continue;
            Samples ms;
            try
            {
                ms = runCase(office, officePid, o, c);
            }
            catch (const parcalc::client::OfficeError& e)
            {
                std::cerr << "bench_recalc: " << e.what() << "\n";
                failed = true;
                continue;
            }
            if (c.name == "range_args")
            {
                if (ms.count(Variant::Noop) && ms.count(Variant::NoopDoubles))
                    figure("noop_range_double_vs_any",
                           pairedRatio(ms[Variant::NoopDoubles], ms[Variant::Noop], field), "x", 2);
                continue;
            }
            const auto& fn = ms[Variant::Function];
            if (fn.empty())
                continue;
            if (c.name == "province")
                figure("province_recalc_ms", medianOf(fn, field), "ms", 1);
            if (ms.count(Variant::Noop))
                figure(c.name + "_vs_noop", pairedRatio(fn, ms[Variant::Noop], field), "x", 2);
            if (ms.count(Variant::Builtin))
                figure(c.name + "_vs_builtin", pairedRatio(fn, ms[Variant::Builtin], field), "x",
                       2);
        }
        return failed ? 1 : 0;
    }
    catch (const uno::Exception& e)
    {
        std::cerr << "bench_recalc: " << parcalc::uno::toUtf8(e.Message) << "\n";
    }
    catch (const std::exception& e)
    {
        std::cerr << "bench_recalc: " << e.what() << "\n";
    }
    return 1;
}
