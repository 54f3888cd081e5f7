// JsonReader: typed access to a parsed JSON document that records every problem
// (JSON path + vi/en text) instead of throwing. Used by the readers of a rule-set file:
// the loader, the check kinds (core/checks), the scoring tree.
#pragma once

#include "core/ruleset/ruleset_loader.hxx"
#include "core/text/language.hxx"

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parcalc::detail
{

using Json = nlohmann::json;

std::string childPath(const std::string& path, std::string_view key);
std::string indexPath(const std::string& path, std::size_t index);

class JsonReader
{
public:
    explicit JsonReader(std::string file) : m_file(std::move(file)) {}

    // Records the problem `key` of the rule-set text table (ruleset_messages) at `path`,
    // its {name} placeholders filled from `args`.
    void error(const std::string& path, std::string_view key, TextArgs args = {});
    const std::vector<RuleSetError>& errors() const { return m_errors; }
    std::vector<RuleSetError> takeErrors() { return std::move(m_errors); }
    bool failed() const { return !m_errors.empty(); }

    // Each getter checks presence and type; a wrong type or a missing required key is an
    // error, a missing optional key is nullopt without error.
    bool isObject(const Json& value, const std::string& path);
    bool isArray(const Json& value, const std::string& path);
    std::optional<std::string> string(const Json& object, const std::string& path,
                                      std::string_view key, bool required);
    std::optional<double> number(const Json& object, const std::string& path, std::string_view key,
                                 bool required);
    std::optional<int> integer(const Json& object, const std::string& path, std::string_view key,
                               bool required);
    std::optional<bool> boolean(const Json& object, const std::string& path, std::string_view key);
    // An array of strings; nullopt when missing (error if required) or malformed.
    std::optional<std::vector<std::string>> strings(const Json& object, const std::string& path,
                                                    std::string_view key, bool required);
    // {"vi": "...", "en": "..."}; both required.
    std::optional<LocalText> localText(const Json& object, const std::string& path,
                                       std::string_view key, bool required);
    // Reports every key of `object` not in `allowed` (catches typos like "severty").
    void onlyKeys(const Json& object, const std::string& path,
                  std::initializer_list<std::string_view> allowed);
    void onlyKeys(const Json& object, const std::string& path,
                  const std::vector<std::string_view>& allowed);

private:
    const Json* member(const Json& object, const std::string& path, std::string_view key,
                       bool required);

    std::string m_file;
    std::vector<RuleSetError> m_errors;
};

} // namespace parcalc::detail
