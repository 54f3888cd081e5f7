// OUString <-> UTF-8 std::string, shared by the UNO module and the UNO client
// tools. The SDK (built without LIBO_INTERNAL_ONLY) keeps OUString in rtl::,
// so the usual short names are brought in here.
#pragma once

#include <rtl/string.hxx>
#include <rtl/ustring.hxx>

#include <string>
#include <string_view>

using ::rtl::OString;
using ::rtl::OUString;
using ::rtl::OUStringToOString;

namespace parcalc::uno
{

inline std::string toUtf8(const OUString& text)
{
    const OString utf8 = OUStringToOString(text, RTL_TEXTENCODING_UTF8);
    return std::string(utf8.getStr(), static_cast<std::size_t>(utf8.getLength()));
}

inline OUString fromUtf8(std::string_view text)
{
    return OUString(text.data(), static_cast<sal_Int32>(text.size()), RTL_TEXTENCODING_UTF8);
}

} // namespace parcalc::uno
