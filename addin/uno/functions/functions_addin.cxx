// XAddIn metadata of org.parcalc.Functions, answered from the function table.
// Methods that convert text are guarded() like the functions: Calc calls them
// for every name it shows, and none may let a C++ exception out.
#include "uno/functions/functions_addin.hxx"

#include "uno/functions/calc_args.hxx"

#include <cppuhelper/supportsservice.hxx>

namespace parcalc::uno
{

css::uno::Sequence<OUString> FunctionsAddIn::supportedServiceNames()
{
    css::uno::Sequence<OUString> names(2);
    names[0] = "com.sun.star.sheet.AddIn";
    names[1] = OUString::createFromAscii(kServiceName);
    return names;
}

css::uno::Reference<css::uno::XInterface>
FunctionsAddIn::create(const css::uno::Reference<css::uno::XComponentContext>&)
{
    return static_cast<cppu::OWeakObject*>(new FunctionsAddIn);
}

void FunctionsAddIn::setLocale(const css::lang::Locale& locale)
{
    m_locale = locale;
    m_language = locale.Language == "vi" ? Language::Vi : Language::En;
}

css::lang::Locale FunctionsAddIn::getLocale()
{
    return m_locale;
}

OUString FunctionsAddIn::getProgrammaticFuntionName(const OUString& displayName)
{
    return guarded(
        [&]
        {
            const FunctionInfo* f = findFunctionByDisplayName(toUtf8(displayName));
            return f ? OUString::createFromAscii(f->programmatic) : OUString();
        });
}

OUString FunctionsAddIn::getDisplayFunctionName(const OUString& programmatic)
{
    return guarded(
        [&]
        {
            const FunctionInfo* f = findFunction(toUtf8(programmatic));
            return f ? OUString::createFromAscii(f->displayName) : OUString();
        });
}

OUString FunctionsAddIn::getFunctionDescription(const OUString& programmatic)
{
    return guarded(
        [&]
        {
            const FunctionInfo* f = findFunction(toUtf8(programmatic));
            return f ? fromUtf8(f->description.in(m_language)) : OUString();
        });
}

const ParamInfo* FunctionsAddIn::param(const OUString& programmatic, sal_Int32 argument) const
{
    const FunctionInfo* f = findFunction(toUtf8(programmatic));
    if (!f || argument < 1 || static_cast<std::size_t>(argument) > f->params.size())
        return nullptr;
    return &f->params[argument - 1];
}

OUString FunctionsAddIn::getDisplayArgumentName(const OUString& programmatic, sal_Int32 argument)
{
    return guarded(
        [&]
        {
            const ParamInfo* p = param(programmatic, argument);
            return p ? fromUtf8(p->name.in(m_language)) : OUString();
        });
}

OUString FunctionsAddIn::getArgumentDescription(const OUString& programmatic, sal_Int32 argument)
{
    return guarded(
        [&]
        {
            const ParamInfo* p = param(programmatic, argument);
            return p ? fromUtf8(p->description.in(m_language)) : OUString();
        });
}

OUString FunctionsAddIn::getProgrammaticCategoryName(const OUString&)
{
    return OUString::createFromAscii(kCategory);
}

OUString FunctionsAddIn::getDisplayCategoryName(const OUString&)
{
    return OUString::createFromAscii(kCategory);
}

css::uno::Sequence<css::sheet::LocalizedName> FunctionsAddIn::getCompatibilityNames(const OUString&)
{
    // No Excel equivalents: ParCalc functions exist only in Calc.
    return {};
}

OUString FunctionsAddIn::getServiceName()
{
    return OUString::createFromAscii(kServiceName);
}

OUString FunctionsAddIn::getImplementationName()
{
    return OUString::createFromAscii(kImplementationName);
}

sal_Bool FunctionsAddIn::supportsService(const OUString& name)
{
    return cppu::supportsService(this, name);
}

css::uno::Sequence<OUString> FunctionsAddIn::getSupportedServiceNames()
{
    return supportedServiceNames();
}

} // namespace parcalc::uno
