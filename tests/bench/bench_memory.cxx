// bench_memory: the memory figures of issue 6.
//
//   extension_rss_mb                  the resident memory ParCalc adds to soffice.bin: the
//                                     same session with and without parcalc.oxt installed
//                                     (two throwaway profiles), after the same work (the
//                                     seed-001 sample and the province sheet of ParCalc
//                                     formulas loaded, the latter recalculated; with the
//                                     extension also 10 validations of the sample).
//                                     Median over --rounds fresh starts of each, alternating.
//   rss_growth_1000_validations_mb    one soffice, 1 000 validations of the sample through
//                                     org.parcalc.AppendixValidator over the bridge: median
//                                     RSS of calls 901-1000 minus median RSS of calls
//                                     101-200 (sampled every 10 calls). The first 100 calls
//                                     fill caches and malloc's arenas; a median of late
//                                     samples ignores the ups and downs of freed memory.
//
// RSS is VmRSS of /proc/PID/status (PSS of smaps_rollup on stderr), PID = the soffice.bin
// running on the session's profile. Figures on stdout as `bench: NAME VALUE UNIT`.
#include "bench_sheets.hxx"
#include "client/extension_installer.hxx"
#include "office_memory.hxx"
#include "sidebar_test_support.hxx"

#include <com/sun/star/sheet/XCalculatable.hpp>
#include <org/parcalc/AppendixValidator.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;
namespace st = parcalc::sidebar_test;
using parcalc::client::OfficeSession;
using parcalc::safety::median;
using parcalc::safety::Memory;
using parcalc::safety::memoryOf;
using parcalc::safety::officePid;
using namespace css;

namespace
{

// Seed 001's errors: the zero denominators of 1.3.4 and 3.4 (README, "2 lỗi").
constexpr sal_Int32 kSampleErrors = 2;

// One validation of the sample; a wrong count means the work measured is not the work meant.
void validateSample(org::parcalc::XAppendixValidator& validator,
                    const uno::Reference<frame::XModel>& model)
{
    if (validator.validate(model).Errors != kSampleErrors)
        throw std::runtime_error("the sample did not give its " + std::to_string(kSampleErrors) +
                                 " errors");
}

// After the work: let soffice settle, then the median of 5 samples.
Memory settledMemory(pid_t pid)
{
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    std::vector<double> rss, pss;
    for (int i = 0; i < 5; ++i)
    {
        const Memory m = memoryOf(pid);
        rss.push_back(m.rssMb);
        pss.push_back(m.pssMb);
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    return {median(rss), median(pss)};
}

OfficeSession* startOffice(const std::string& profile)
{
    parcalc::client::OfficeOptions options;
    options.profileDir = profile;
    options.startTimeout = std::chrono::seconds(120);
    return new OfficeSession(options);
}

struct Inputs
{
    std::string sample, province;
};

// The same work in both sessions; validations only where the extension is.
Memory oneSession(const std::string& profile, const Inputs& in, bool withExtension)
{
    std::unique_ptr<OfficeSession> office(startOffice(profile));
    auto sample = st::loadDocument(*office, in.sample, true, true);
    auto province = st::loadDocument(*office, in.province, true);
    uno::Reference<sheet::XCalculatable>(province, uno::UNO_QUERY_THROW)->calculateAll();
    if (withExtension)
    {
        auto validator = org::parcalc::AppendixValidator::create(office->context());
        uno::Reference<frame::XModel> model(sample, uno::UNO_QUERY_THROW);
        for (int i = 0; i < 10; ++i)
            validateSample(*validator, model);
    }
    const Memory m = settledMemory(officePid(profile));
    parcalc::client::closeDocument(sample);
    parcalc::client::closeDocument(province);
    return m;
}

double growthOver(const std::string& profile, const Inputs& in, int validations)
{
    std::unique_ptr<OfficeSession> office(startOffice(profile));
    const pid_t pid = officePid(profile);
    auto sample = st::loadDocument(*office, in.sample, true, true);
    uno::Reference<frame::XModel> model(sample, uno::UNO_QUERY_THROW);
    auto validator = org::parcalc::AppendixValidator::create(office->context());
    std::vector<double> early, late;
    for (int call = 1; call <= validations; ++call)
    {
        validateSample(*validator, model);
        if (call % 10 != 0)
            continue;
        const double rss = memoryOf(pid).rssMb;
        if (call > 100 && call <= 200)
            early.push_back(rss);
        if (call > validations - 100)
            late.push_back(rss);
        if (call % 100 == 0)
            std::cerr << "bench_memory: after " << call << " validations: RSS " << rss << " MB\n";
    }
    parcalc::client::closeDocument(sample);
    return median(late) - median(early);
}

} // namespace

int main(int argc, char** argv)
{
    parcalc::client::stopOfficesOnSignals();
    std::string source = PARCALC_SOURCE_DIR, binary = PARCALC_BINARY_DIR;
    std::string work = binary + "/tests/bench/memory";
    std::string oxt = binary + "/parcalc.oxt";
    int rounds = 3, validations = 1000;
    for (int i = 1; i < argc; ++i)
    {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--rounds" && hasValue)
            rounds = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--validations" && hasValue)
            validations = std::max(300, std::atoi(argv[++i]));
        else if (arg == "--work" && hasValue)
            work = argv[++i];
        else if (arg == "--oxt" && hasValue)
            oxt = argv[++i];
        else
        {
            std::cerr << "usage: bench_memory [--rounds N] [--validations N (>= 300)] "
                         "[--work DIR] [--oxt FILE]\n";
            return 2;
        }
    }
    try
    {
        st::useParCalcTypes(binary + "/parcalc.rdb");
        fs::create_directories(work);
        const std::string plain = work + "/profile-plain", parcalc = work + "/profile-parcalc";
        Inputs in;
        in.province = work + "/province.fods";
        for (const auto& c : parcalc::bench::sheetCases())
            if (c.name == "province")
                parcalc::bench::writeSheet(c, parcalc::bench::Variant::Function, 0, in.province);

        // Both profiles new, both started once before measuring (first-start work).
        fs::remove_all(plain);
        parcalc::client::prepareProfile(parcalc, oxt);
        {
            std::unique_ptr<OfficeSession> warm(startOffice(plain));
            in.sample = st::seedSamplePath(*warm, source, work);
        }
        std::vector<double> added, addedPss;
        for (int round = 1; round <= rounds; ++round)
        {
            const Memory without = oneSession(plain, in, false);
            const Memory with = oneSession(parcalc, in, true);
            std::cerr << "bench_memory: round " << round << ": RSS " << without.rssMb
                      << " MB without ParCalc, " << with.rssMb << " MB with (PSS " << without.pssMb
                      << " / " << with.pssMb << " MB)\n";
            added.push_back(with.rssMb - without.rssMb);
            addedPss.push_back(with.pssMb - without.pssMb);
        }
        std::cerr << "bench_memory: PSS added (median) " << median(addedPss) << " MB\n";
        std::printf("bench: extension_rss_mb %.1f MB\n", median(added));
        std::fflush(stdout);

        const double growth = growthOver(parcalc, in, validations);
        std::printf("bench: rss_growth_%d_validations_mb %.1f MB\n", validations, growth);
        return 0;
    }
    catch (const std::exception& e)
    {
        std::cerr << "bench_memory: " << e.what() << "\n";
    }
    catch (const uno::Exception& e)
    {
        std::cerr << "bench_memory: " << parcalc::client::toUtf8(e.Message) << "\n";
    }
    return 1;
}
