// The rule set of a document: loading (core RuleSetCache), the choice kept per document
// (a property, or the session for read-only documents), the bundled list.
#include "sidebar/service/service_parts.hxx"

#include "sidebar/panel/sidebar_ids.hxx"
#include "sidebar/service/report_export.hxx"
#include "uno/base/ustrings.hxx"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <cppuhelper/weakref.hxx>

#include <algorithm>
#include <mutex>
#include <optional>

namespace parcalc::sidebar::service
{

using uno::fromUtf8;

std::string describeErrors(const std::vector<RuleSetError>& errors, Language language)
{
    if (errors.empty())
        return {};
    std::string text = language == Language::Vi ? errors.front().describeVi()
                                                          : errors.front().describe();
    if (errors.size() > 1)
        text += " (+" + std::to_string(errors.size() - 1) + ")";
    return text;
}

namespace
{

// Choices made for documents that cannot take a property (read-only): kept for the session.
struct SessionChoice
{
    css::uno::WeakReference<css::frame::XModel> model;
    std::string choice;
};

std::mutex& sessionMutex()
{
    static std::mutex mutex;
    return mutex;
}

std::vector<SessionChoice>& sessionChoices()
{
    static std::vector<SessionChoice> choices;
    return choices;
}

std::optional<std::string> sessionChoice(const css::uno::Reference<css::frame::XModel>& model)
{
    std::lock_guard<std::mutex> lock(sessionMutex());
    auto& choices = sessionChoices();
    std::optional<std::string> found;
    choices.erase(std::remove_if(choices.begin(), choices.end(),
                                 [&](const SessionChoice& c)
                                 {
                                     const css::uno::Reference<css::frame::XModel> m(c.model);
                                     if (!m.is())
                                         return true; // the document is gone
                                     if (m == model)
                                         found = c.choice;
                                     return false;
                                 }),
                  choices.end());
    return found;
}

void setSessionChoice(const css::uno::Reference<css::frame::XModel>& model, std::string choice)
{
    std::lock_guard<std::mutex> lock(sessionMutex());
    for (auto& c : sessionChoices())
        if (css::uno::Reference<css::frame::XModel>(c.model) == model)
        {
            c.choice = std::move(choice);
            return;
        }
    sessionChoices().push_back({model, std::move(choice)});
}

} // namespace

std::string documentChoice(const css::uno::Reference<css::frame::XModel>& model)
{
    if (auto session = sessionChoice(model))
        return *session;
    return userProperty(model, kRuleSetProperty);
}

css::uno::Sequence<css::beans::StringPair> bundledRuleSetTitles(Language language)
{
    std::vector<css::beans::StringPair> pairs;
    for (const BundledRuleSet& bundled : bundledRuleSets())
    {
        const CachedRuleSet loaded = RuleSetCache::shared().ruleSet(bundled.id);
        std::string title(bundled.id);
        if (loaded.ruleSet)
        {
            const LocalText& t = loaded.ruleSet->title;
            title = language == Language::Vi || t.en.empty() ? t.vi : t.en;
            if (title.empty())
                title = bundled.id;
        }
        pairs.emplace_back(fromUtf8(bundled.id), fromUtf8(title));
    }
    css::uno::Sequence<css::beans::StringPair> result(sal_Int32(pairs.size()));
    for (std::size_t i = 0; i < pairs.size(); ++i)
        result[sal_Int32(i)] = pairs[i];
    return result;
}

void chooseRuleSet(const css::uno::Reference<css::frame::XModel>& document,
                   const OUString& fileOrId, Language language)
{
    openSpreadsheet(document);
    const OUString trimmed = fileOrId.trim();
    const std::string choice = trimmed.isEmpty() ? std::string() : localPathOf(trimmed);
    const CachedRuleSet loaded = RuleSetCache::shared().ruleSet(choice);
    if (!loaded.ruleSet)
        throw css::lang::IllegalArgumentException(
            fromUtf8(
                uiFormat(language, "ruleset.refused",
                         {{"error", describeErrors(loaded.errors, language)}})),
            {}, 1);
    if (isReadOnly(document)) // remembered for this session only
        setSessionChoice(document, choice);
    else
        setUserProperty(document, kRuleSetProperty, choice);
}

} // namespace parcalc::sidebar::service
