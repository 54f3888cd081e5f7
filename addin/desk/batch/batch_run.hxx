// batch_run: runBatchCheck / runConsolidation with the knobs the desk's commands leave at
// their defaults: the rule set, and a caller's way to stop (tests; a Cancel button).
#pragma once

#include "uno/base/ustrings.hxx" // OUString unqualified, which desk_batch.hxx spells

#include "desk/batch/desk_batch.hxx"

#include <functional>
#include <string>

namespace parcalc::desk
{

struct BatchRunOptions
{
    std::string ruleSet; // "" = the default rule set, else a bundled id or a file
    // Asked before file `index` (0-based) is read: true stops the run there.
    std::function<bool(std::size_t index)> stopBefore;
};

css::uno::Reference<css::frame::XModel>
runBatchCheckWith(const css::uno::Reference<css::uno::XComponentContext>& context,
                  const css::uno::Reference<css::frame::XFrame>& frame,
                  const std::vector<OUString>& fileUrls, const BatchRunOptions& options);

css::uno::Reference<css::frame::XModel>
runConsolidationWith(const css::uno::Reference<css::uno::XComponentContext>& context,
                     const css::uno::Reference<css::frame::XFrame>& frame,
                     const std::vector<OUString>& fileUrls, const BatchRunOptions& options);

} // namespace parcalc::desk
