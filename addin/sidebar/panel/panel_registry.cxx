// Process-wide registry of live panels.
#include "sidebar/panel/panel_registry.hxx"

#include <cppuhelper/weakref.hxx>

#include <map>
#include <mutex>

namespace parcalc::sidebar
{
namespace
{

struct Entry
{
    css::uno::WeakReference<css::frame::XFrame> frame;
    std::vector<std::string> lines;
};

std::mutex& registryMutex()
{
    static std::mutex mutex;
    return mutex;
}

std::map<const void*, Entry>& registry()
{
    static std::map<const void*, Entry> entries;
    return entries;
}

bool sameObject(const css::uno::Reference<css::uno::XInterface>& a,
                const css::uno::Reference<css::uno::XInterface>& b)
{
    return css::uno::Reference<css::uno::XInterface>(a, css::uno::UNO_QUERY) ==
           css::uno::Reference<css::uno::XInterface>(b, css::uno::UNO_QUERY);
}

} // namespace

void publishPanelState(const void* panel, const css::uno::Reference<css::frame::XFrame>& frame,
                       std::vector<std::string> lines)
{
    std::lock_guard<std::mutex> lock(registryMutex());
    Entry& entry = registry()[panel];
    entry.frame = frame;
    entry.lines = std::move(lines);
}

void withdrawPanel(const void* panel)
{
    std::lock_guard<std::mutex> lock(registryMutex());
    registry().erase(panel);
}

std::vector<std::string> panelStates(const css::uno::Reference<css::frame::XFrame>& frame)
{
    std::lock_guard<std::mutex> lock(registryMutex());
    std::vector<std::string> lines;
    int n = 0;
    for (const auto& [panel, entry] : registry())
    {
        const css::uno::Reference<css::frame::XFrame> entryFrame(entry.frame);
        if (frame.is() && !sameObject(frame, entryFrame))
            continue;
        lines.push_back("panel\t" + std::to_string(n++));
        lines.insert(lines.end(), entry.lines.begin(), entry.lines.end());
    }
    return lines;
}

} // namespace parcalc::sidebar
