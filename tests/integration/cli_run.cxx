#include "cli_run.hxx"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sys/wait.h>

namespace fs = std::filesystem;

namespace parcalc::cli_test
{

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string shellQuote(const std::string& s)
{
    std::string q = "'";
    for (char c : s)
        q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

ToolRun runParcalc(const fs::path& outDir, const std::vector<std::string>& args)
{
    fs::create_directories(outDir);
    std::string command = shellQuote(PARCALC_EXE);
    for (const std::string& a : args)
        command += " " + shellQuote(a);
    command += " >" + shellQuote((outDir / "stdout").string()) + " 2>" +
               shellQuote((outDir / "stderr").string());
    const auto start = std::chrono::steady_clock::now();
    const int status = std::system(command.c_str());
    ToolRun run;
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.out = readFile((outDir / "stdout").string());
    run.err = readFile((outDir / "stderr").string());
    return run;
}

std::string suiteProfile(const std::string& prefix)
{
    const ::testing::TestInfo* test = ::testing::UnitTest::GetInstance()->current_test_info();
    const std::string suite = test ? test->test_suite_name() : "shared";
    return kBinary + "/test-profiles/" + prefix + suite;
}

nlohmann::json parseJson(const ToolRun& run)
{
    try
    {
        return nlohmann::json::parse(run.out);
    }
    catch (const nlohmann::json::exception& e)
    {
        ADD_FAILURE() << "not JSON (" << e.what() << "): " << run.out.substr(0, 500)
                      << "\nstderr: " << run.err;
        return nlohmann::json::object();
    }
}

std::string textOf(const nlohmann::json& object, const std::string& key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

} // namespace parcalc::cli_test
