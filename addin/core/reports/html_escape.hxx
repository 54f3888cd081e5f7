// HTML report helpers shared by the batch and score reports: escaping text
// from submitted files, and the common part of the style sheet.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace parcalc
{

// Page, tables and finding rows; each report appends its own classes.
inline constexpr const char* kReportBaseStyle =
    "body{font-family:sans-serif;margin:2em;color:#222}\n"
    "table{border-collapse:collapse;margin:.5em 0 1.5em}\n"
    "th,td{border:1px solid #bbb;padding:.25em .6em;text-align:left;vertical-align:top}\n"
    "th{background:#eee}.invalid{color:#c62828}\n"
    "tr.error td:first-child{border-left:4px solid #c62828}\n";

inline std::string htmlEscape(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (char c : s)
        switch (c)
        {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    return out;
}

// The page up to and including its <h1> heading: language, title, style sheet
// (kReportBaseStyle + `style`). Texts are the report's own, not escaped.
inline std::string htmlPageStart(bool vi, std::string_view title, std::string_view heading,
                                 std::string_view style)
{
    std::string out = "<!DOCTYPE html>\n<html lang=\"";
    out += vi ? "vi" : "en";
    out += "\">\n<head><meta charset=\"utf-8\"><title>";
    out += title;
    out += "</title>\n<style>";
    out += kReportBaseStyle;
    out += style;
    out += "</style></head>\n<body>\n<h1>";
    out += heading;
    out += "</h1>\n";
    return out;
}

// "<tr><th>a</th><th>b</th></tr>\n": a table's header row (names are the report's own).
inline std::string htmlHeaderRow(const std::vector<std::string>& names)
{
    std::string out = "<tr>";
    for (const std::string& name : names)
        out += "<th>" + name + "</th>";
    return out + "</tr>\n";
}

} // namespace parcalc
