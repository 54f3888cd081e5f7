// Flat ODS output for the benchmark's generated documents.
#include "fods_writer.hxx"

#include <cstdio>
#include <stdexcept>

namespace parcalc::bench
{
namespace
{

void appendEscaped(std::string& out, const std::string& text)
{
    for (const char c : text)
    {
        switch (c)
        {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
}

void appendNumber(std::string& out, double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.15g", value);
    out += buffer;
}

} // namespace

std::string columnName(int index)
{
    std::string name;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        name.insert(name.begin(), char('A' + (n - 1) % 26));
    return name;
}

FodsWriter::FodsWriter(const std::string& path) : m_path(path), m_out(path, std::ios::binary)
{
    if (!m_out)
        throw std::runtime_error("cannot write " + path);
    m_out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
             "<office:document"
             " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
             " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
             " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
             " xmlns:of=\"urn:oasis:names:tc:opendocument:xmlns:of:1.2\""
             " office:version=\"1.3\""
             " office:mimetype=\"application/vnd.oasis.opendocument.spreadsheet\">\n"
             "<office:body><office:spreadsheet>\n";
}

void FodsWriter::beginTable(const std::string& name)
{
    m_line = "<table:table table:name=\"";
    appendEscaped(m_line, name);
    m_line += "\">\n";
    m_out << m_line;
}

void FodsWriter::row(const std::vector<Cell>& cells)
{
    m_line = "<table:table-row>";
    for (const Cell& cell : cells)
    {
        switch (cell.kind)
        {
            case Cell::Kind::Empty:
                m_line += "<table:table-cell/>";
                break;
            case Cell::Kind::Number:
                m_line += "<table:table-cell office:value-type=\"float\" office:value=\"";
                appendNumber(m_line, cell.number);
                m_line += "\"/>";
                break;
            case Cell::Kind::Text:
                m_line += "<table:table-cell office:value-type=\"string\"><text:p>";
                appendEscaped(m_line, cell.text);
                m_line += "</text:p></table:table-cell>";
                break;
            case Cell::Kind::Formula:
                m_line += "<table:table-cell table:formula=\"of:=";
                appendEscaped(m_line, cell.text);
                m_line += "\"/>";
                break;
        }
    }
    m_line += "</table:table-row>\n";
    m_out << m_line;
}

void FodsWriter::endTable() { m_out << "</table:table>\n"; }

void FodsWriter::finish()
{
    m_out << "</office:spreadsheet></office:body></office:document>\n";
    m_out.close();
    if (!m_out)
        throw std::runtime_error("writing " + m_path + " failed");
}

} // namespace parcalc::bench
