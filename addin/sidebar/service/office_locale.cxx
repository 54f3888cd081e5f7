// Reading ooLocale from the configuration.
#include "sidebar/service/office_locale.hxx"

#include "sidebar/panel/sidebar_ids.hxx"
#include "uno/base/ustrings.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

#include <cstdlib>

namespace parcalc::sidebar
{

Language officeUiLanguage(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    if (const char* forced = std::getenv(kLanguageEnvironment); forced && *forced)
        return languageFromLocale(forced);
    try
    {
        auto provider = css::configuration::theDefaultProvider::get(context);
        css::uno::Sequence<css::uno::Any> args(1);
        args[0] <<= css::beans::NamedValue("nodepath",
                                           css::uno::Any(OUString("/org.openoffice.Setup/L10N")));
        css::uno::Reference<css::container::XNameAccess> access(
            provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                                  args),
            css::uno::UNO_QUERY_THROW);
        OUString locale;
        access->getByName("ooLocale") >>= locale;
        return languageFromLocale(uno::toUtf8(locale));
    }
    catch (...)
    {
        return Language::En;
    }
}

} // namespace parcalc::sidebar
