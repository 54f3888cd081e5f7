// bench_desk_batch (tests/bench/run, step calc_batch): runBatchCheck over a folder in a
// private headless soffice, over the bridge (inside Calc the same calls are in-process,
// so faster). Prints
//   bench: calc_batch_files_per_s N files/s   the files of the folder / the whole run,
//                                            result document included
//   bench: calc_batch_first_row_ms N ms       from the call to the result document showing
//                                            the first file's row
// Usage: bench_desk_batch PROFILE DIR
#include "client/office_session.hxx"
#include "desk/batch/batch_run.hxx"
#include "core/submission/file_collection.hxx"

#include <chrono>
#include <cstdio>
#include <iostream>

using Clock = std::chrono::steady_clock;

int main(int argc, char** argv)
{
    if (argc != 3)
    {
        std::cerr << "usage: bench_desk_batch PROFILE DIR\n";
        return 2;
    }
    try
    {
        parcalc::client::OfficeSession office({argv[1]});
        const std::vector<std::string> files = parcalc::collectSpreadsheetFiles({argv[2]});
        const std::vector<OUString> folder{
            parcalc::client::fromUtf8(parcalc::client::fileUrl(argv[2]))};
        // Warm-up: the first document of an office pays its filters' loading.
        parcalc::desk::BatchRunOptions warm;
        warm.stopBefore = [](std::size_t i) { return i == 2; };
        parcalc::client::closeDocument(
            {parcalc::desk::runBatchCheckWith(office.context(), nullptr, folder, warm),
             css::uno::UNO_QUERY});

        Clock::time_point firstRow{}, lastRead{};
        parcalc::desk::BatchRunOptions timed;
        const std::size_t last = files.size() - 1;
        timed.stopBefore = [&firstRow, &lastRead, last](std::size_t i)
        {
            if (i == 1)
                firstRow = Clock::now();
            if (i == last)
                lastRead = Clock::now();
            return false;
        };
        const auto start = Clock::now();
        const auto model =
            parcalc::desk::runBatchCheckWith(office.context(), nullptr, folder, timed);
        const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
        parcalc::client::closeDocument({model, css::uno::UNO_QUERY});
        std::printf("bench: calc_batch_files_per_s %.1f files/s\n", double(files.size()) / seconds);
        std::printf("bench: calc_batch_first_row_ms %.0f ms\n",
                    std::chrono::duration<double, std::milli>(firstRow - start).count());
        std::cerr << "bench_desk_batch: " << files.size() << " files in " << seconds
                  << " s; the first " << last << " read in "
                  << std::chrono::duration<double>(lastRead - start).count() << " s\n";
        return 0;
    }
    catch (const std::exception& e)
    {
        std::cerr << "bench_desk_batch: " << e.what() << "\n";
    }
    catch (const css::uno::Exception& e)
    {
        std::cerr << "bench_desk_batch: " << parcalc::client::toUtf8(e.Message) << "\n";
    }
    return 1;
}
