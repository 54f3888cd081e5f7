// JsonReader: typed getters over nlohmann::json that collect vi/en errors with JSON paths.
#include "core/ruleset/json_reader.hxx"

#include "core/ruleset/ruleset_messages.hxx"

#include <algorithm>
#include <cmath>

namespace parcalc::detail
{

std::string childPath(const std::string& path, std::string_view key)
{
    return path + "." + std::string(key);
}

std::string indexPath(const std::string& path, std::size_t index)
{
    return path + "[" + std::to_string(index) + "]";
}

void JsonReader::error(const std::string& path, std::string_view key, TextArgs args)
{
    m_errors.push_back(ruleSetError(m_file, path, key, args));
}

bool JsonReader::isObject(const Json& value, const std::string& path)
{
    if (value.is_object())
        return true;
    error(path, "type.object");
    return false;
}

bool JsonReader::isArray(const Json& value, const std::string& path)
{
    if (value.is_array())
        return true;
    error(path, "type.array");
    return false;
}

const Json* JsonReader::member(const Json& object, const std::string& path, std::string_view key,
                               bool required)
{
    auto it = object.find(std::string(key));
    if (it == object.end())
    {
        if (required)
            error(childPath(path, key), "field.missing", {{"field", key}});
        return nullptr;
    }
    return &*it;
}

std::optional<std::string> JsonReader::string(const Json& object, const std::string& path,
                                              std::string_view key, bool required)
{
    const Json* value = member(object, path, key, required);
    if (!value)
        return std::nullopt;
    if (!value->is_string())
    {
        error(childPath(path, key), "type.string");
        return std::nullopt;
    }
    return value->get<std::string>();
}

std::optional<double> JsonReader::number(const Json& object, const std::string& path,
                                         std::string_view key, bool required)
{
    const Json* value = member(object, path, key, required);
    if (!value)
        return std::nullopt;
    if (!value->is_number())
    {
        error(childPath(path, key), "type.number");
        return std::nullopt;
    }
    return value->get<double>();
}

std::optional<int> JsonReader::integer(const Json& object, const std::string& path,
                                       std::string_view key, bool required)
{
    const Json* value = member(object, path, key, required);
    if (!value)
        return std::nullopt;
    if (!value->is_number_integer())
    {
        error(childPath(path, key), "type.integer");
        return std::nullopt;
    }
    return value->get<int>();
}

std::optional<bool> JsonReader::boolean(const Json& object, const std::string& path,
                                        std::string_view key)
{
    const Json* value = member(object, path, key, false);
    if (!value)
        return std::nullopt;
    if (!value->is_boolean())
    {
        error(childPath(path, key), "type.boolean");
        return std::nullopt;
    }
    return value->get<bool>();
}

std::optional<std::vector<std::string>> JsonReader::strings(const Json& object,
                                                            const std::string& path,
                                                            std::string_view key, bool required)
{
    const Json* value = member(object, path, key, required);
    if (!value)
        return std::nullopt;
    const std::string here = childPath(path, key);
    if (!isArray(*value, here))
        return std::nullopt;
    std::vector<std::string> out;
    bool good = true;
    for (std::size_t i = 0; i < value->size(); ++i)
    {
        const Json& item = (*value)[i];
        if (!item.is_string())
        {
            error(indexPath(here, i), "type.string");
            good = false;
            continue;
        }
        out.push_back(item.get<std::string>());
    }
    if (!good)
        return std::nullopt;
    return out;
}

std::optional<LocalText> JsonReader::localText(const Json& object, const std::string& path,
                                               std::string_view key, bool required)
{
    const Json* value = member(object, path, key, required);
    if (!value)
        return std::nullopt;
    const std::string here = childPath(path, key);
    if (!isObject(*value, here))
        return std::nullopt;
    onlyKeys(*value, here, {"vi", "en"});
    auto vi = string(*value, here, "vi", true);
    auto en = string(*value, here, "en", true);
    if (!vi || !en)
        return std::nullopt;
    return LocalText{*vi, *en};
}

void JsonReader::onlyKeys(const Json& object, const std::string& path,
                          std::initializer_list<std::string_view> allowed)
{
    onlyKeys(object, path, std::vector<std::string_view>(allowed));
}

void JsonReader::onlyKeys(const Json& object, const std::string& path,
                          const std::vector<std::string_view>& allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it)
    {
        const std::string& key = it.key();
        if (std::find(allowed.begin(), allowed.end(), key) != allowed.end())
            continue;
        error(childPath(path, key), "field.unknown", {{"field", key}});
    }
}

} // namespace parcalc::detail
