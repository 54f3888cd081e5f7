// bench_sidebar: click-to-result of the sidebar's check on the seed-001 sample
// appendix. Starts a private headless soffice with the .oxt installed, loads the
// sample, and times XAppendixValidator::validate (what "Kiểm tra lại" calls:
// read every sheet with range calls, validate, list fixes) over the UNO bridge,
// which is slower than the panel's in-process call, so the figure is an upper
// bound of the check itself (drawing the list adds ~1-2 ms; sidebar_ui reports
// the panel's own timing). Prints
//   bench: sidebar_check_ms VALUE ms     (median of --runs, after warm-up)
// on stdout; details on stderr. Budget (issue 5): <= 100 ms.
#include "client/extension_installer.hxx"
#include "sidebar_test_support.hxx"

#include <org/parcalc/AppendixValidator.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

namespace st = parcalc::sidebar_test;

int main(int argc, char** argv)
{
    parcalc::client::stopOfficesOnSignals();
    std::string source = PARCALC_SOURCE_DIR, binary = PARCALC_BINARY_DIR;
    std::string profile = binary + "/tests/bench/sidebar-profile";
    std::string oxt = binary + "/parcalc.oxt";
    std::string sample;
    int runs = 30;
    for (int i = 1; i < argc; ++i)
    {
        const std::string arg = argv[i];
        auto value = [&]() -> std::string
        {
            if (i + 1 >= argc)
            {
                std::cerr << "bench_sidebar: " << arg << " needs a value\n";
                std::exit(2);
            }
            return argv[++i];
        };
        if (arg == "--runs")
            runs = std::max(1, std::atoi(value().c_str()));
        else if (arg == "--profile")
            profile = value();
        else if (arg == "--oxt")
            oxt = value();
        else if (arg == "--sample")
            sample = value();
        else if (arg == "--source")
            source = value();
        else
        {
            std::cerr << "usage: bench_sidebar [--runs N] [--profile DIR] [--oxt FILE] "
                         "[--sample FILE] [--source REPO]\n";
            return 2;
        }
    }
    try
    {
        st::useParCalcTypes(binary + "/parcalc.rdb");
        parcalc::client::prepareProfile(profile, oxt);
        parcalc::client::OfficeOptions options;
        options.profileDir = profile;
        parcalc::client::OfficeSession office(options);
        if (sample.empty())
            sample = st::seedSamplePath(office, source, binary + "/tests/bench/sidebar");
        auto component = st::loadDocument(office, sample, true, true);
        css::uno::Reference<css::frame::XModel> model(component, css::uno::UNO_QUERY_THROW);
        auto validator = org::parcalc::AppendixValidator::create(office.context());

        for (int i = 0; i < 3; ++i) // warm-up: rule set parsed and cached, code paged in
            validator->validate(model);
        std::vector<double> ms;
        sal_Int32 findings = 0;
        for (int i = 0; i < runs; ++i)
        {
            const auto start = std::chrono::steady_clock::now();
            const auto report = validator->validate(model);
            ms.push_back(
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                    .count());
            findings = report.Findings.getLength();
            if (!report.TableFound)
            {
                std::cerr << "bench_sidebar: no appendix table found in " << sample << "\n";
                return 1;
            }
        }
        parcalc::client::closeDocument(component);
        std::sort(ms.begin(), ms.end());
        const double median = ms[ms.size() / 2];
        std::fprintf(stderr,
                     "bench_sidebar: %s, %d findings; validate over the bridge, %d runs: "
                     "min %.2f, median %.2f, max %.2f ms\n",
                     sample.c_str(), int(findings), runs, ms.front(), median, ms.back());
        std::printf("bench: sidebar_check_ms %.1f ms\n", median);
        return 0;
    }
    catch (const css::uno::Exception& e)
    {
        std::cerr << "bench_sidebar: " << parcalc::client::toUtf8(e.Message) << "\n";
    }
    catch (const std::exception& e)
    {
        std::cerr << "bench_sidebar: " << e.what() << "\n";
    }
    return 1;
}
