// Running one piece of work per file over several private offices at once
// (`parcalc validate --jobs N`): N headless soffices, each in its own throwaway
// profile, the files handed out in input order as offices become free, and the
// results kept in input order, so a report does not depend on N.
#pragma once

#include "client/office_session.hxx"

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace parcalc::client
{

// At most this many offices run at once (stopOfficesOnSignals tracks that many).
constexpr std::size_t kMaxJobs = 8;

// The profile of office `job` (0-based) of a pool on `baseProfile`: the base itself
// for the first, so one office runs exactly as before; a folder inside the base for
// the others, so they go wherever the base goes (and are removed with a temporary one).
std::string jobProfile(const std::string& baseProfile, std::size_t job);

// N offices started together, office k in jobProfile(options.profileDir, k).
class OfficePool
{
public:
    // Starts `jobs` (1..kMaxJobs) offices at once; throws OfficeError if one cannot start.
    OfficePool(const OfficeOptions& options, std::size_t jobs);
    ~OfficePool(); // stops every office

    std::size_t size() const { return m_offices.size(); }
    OfficeSession& first() { return *m_offices.front(); }
    std::vector<OfficeSession*> offices() const;

private:
    std::vector<std::unique_ptr<OfficeSession>> m_offices;
};

// Runs work(office, i) once for every i in [0, count) over the offices, each office one
// item at a time, items handed out in input order. done(i) runs for every i in input
// order, one call at a time, as soon as items 0..i are finished (progress lines come in
// order). An office that can no longer be started again takes no more items while
// another one still works; the last one takes the rest (work then reports them
// unreadable). The first exception of work or done is rethrown once every office is idle.
void runOnOffices(const std::vector<OfficeSession*>& offices, std::size_t count,
                  const std::function<void(OfficeSession&, std::size_t)>& work,
                  const std::function<void(std::size_t)>& done = {});

// runOnOffices with a result per item: the results in input order; done(i, result).
template <typename Result>
std::vector<Result> mapOnOffices(const std::vector<OfficeSession*>& offices, std::size_t count,
                                 const std::function<Result(OfficeSession&, std::size_t)>& work,
                                 const std::function<void(std::size_t, const Result&)>& done = {})
{
    std::vector<Result> results(count);
    runOnOffices(
        offices, count, [&](OfficeSession& office, std::size_t i) { results[i] = work(office, i); },
        [&](std::size_t i)
        {
            if (done)
                done(i, results[i]);
        });
    return results;
}

} // namespace parcalc::client
