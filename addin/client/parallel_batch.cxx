// Several private offices at once: starting them together, handing out the items in
// order, reporting them in order.
#include "client/parallel_batch.hxx"

#include <exception>
#include <filesystem>
#include <mutex>
#include <system_error>
#include <thread>

namespace parcalc::client
{
namespace
{

// Runs task(k) for k in [0, n), each on its own thread (k = 0 on the caller's), and
// waits for all; a task that gets no thread runs on the caller's after the others.
void onThreads(std::size_t n, const std::function<void(std::size_t)>& task)
{
    std::vector<std::thread> threads;
    std::vector<std::size_t> noThread;
    for (std::size_t k = 1; k < n; ++k)
    {
        try
        {
            threads.emplace_back(task, k);
        }
        catch (const std::system_error&)
        {
            noThread.push_back(k);
        }
    }
    task(0);
    for (std::size_t k : noThread)
        task(k);
    for (std::thread& t : threads)
        t.join();
}

} // namespace

std::string jobProfile(const std::string& baseProfile, std::size_t job)
{
    if (job == 0)
        return baseProfile;
    return (std::filesystem::path(baseProfile) / ("parcalc-job-" + std::to_string(job + 1)))
        .string();
}

OfficePool::OfficePool(const OfficeOptions& options, std::size_t jobs)
{
    if (jobs < 1 || jobs > kMaxJobs)
        throw OfficeError("between 1 and " + std::to_string(kMaxJobs) + " offices, not " +
                          std::to_string(jobs));
    m_offices.resize(jobs);
    std::vector<std::string> errors(jobs);
    onThreads(jobs,
              [&](std::size_t k)
              {
                  OfficeOptions own = options;
                  own.profileDir = jobProfile(options.profileDir, k);
                  try
                  {
                      m_offices[k] = std::make_unique<OfficeSession>(own);
                  }
                  catch (const std::exception& e)
                  {
                      errors[k] = e.what();
                  }
                  catch (...)
                  {
                      errors[k] = "unknown error";
                  }
              });
    for (const std::string& error : errors)
        if (!error.empty())
            throw OfficeError(error); // the offices that did start stop with m_offices
}

OfficePool::~OfficePool() = default;

std::vector<OfficeSession*> OfficePool::offices() const
{
    std::vector<OfficeSession*> all;
    for (const auto& office : m_offices)
        all.push_back(office.get());
    return all;
}

void runOnOffices(const std::vector<OfficeSession*>& offices, std::size_t count,
                  const std::function<void(OfficeSession&, std::size_t)>& work,
                  const std::function<void(std::size_t)>& done)
{
    std::mutex mutex; // guards everything below
    std::size_t next = 0;
    std::size_t reported = 0;
    std::vector<bool> finished(count, false);
    std::size_t working = offices.size(); // offices that can still read files
    std::exception_ptr failure;

    const auto worker = [&](std::size_t k)
    {
        OfficeSession& office = *offices[k];
        bool counted = true;
        for (;;)
        {
            std::size_t i = 0;
            {
                std::lock_guard<std::mutex> lock(mutex);
                if (failure || next == count)
                    return;
                if (counted && !office.usable())
                {
                    counted = false;
                    if (--working > 0)
                        return; // another office reads the rest
                }
                i = next++;
            }
            try
            {
                work(office, i);
                std::lock_guard<std::mutex> lock(mutex);
                finished[i] = true;
                for (; reported < count && finished[reported]; ++reported)
                    if (done)
                        done(reported);
            }
            catch (...)
            {
                std::lock_guard<std::mutex> lock(mutex);
                if (!failure)
                    failure = std::current_exception();
                return;
            }
        }
    };
    if (offices.empty() && count > 0)
        throw OfficeError("no office to run the batch on");
    onThreads(offices.size(), worker);
    if (failure)
        std::rethrow_exception(failure);
}

} // namespace parcalc::client
