// The benchmark-only Calc add-in org.parcalc.bench.Noop (tests/bench): every
// function returns a constant without reading its arguments, so a sheet of
// them costs exactly what Calc and the UNO call path cost, the floor for
// ParCalc's own functions. Never shipped in parcalc.oxt.
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <com/sun/star/sheet/XAddIn.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/factory.hxx>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/implementationentry.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <org/parcalc/bench/XNoop.hpp>

#include <cstring>

using ::rtl::OUString;
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using Options = Reference<css::beans::XPropertySet>;

namespace
{

constexpr const char* kServiceName = "org.parcalc.bench.Noop";
constexpr const char* kImplementationName = "org.parcalc.bench.NoopAddIn";

// The constant every numeric no-op returns; bench_recalc checks it came back.
constexpr double kResult = 42.0;

// Programmatic (IDL) name -> display name, which is what a user would type.
struct Function
{
    const char* programmatic;
    const char* display;
};
constexpr Function kFunctions[] = {
    {"noop1", "BENCHNOOP1"},         {"noop2", "BENCHNOOP2"}, {"noopText2", "BENCHNOOPTEXT2"},
    {"noop3", "BENCHNOOP3"},         {"noop4", "BENCHNOOP4"}, {"noop6", "BENCHNOOP6"},
    {"noopDoubles2", "BENCHNOOPDOUBLES2"},
};

const Function* byProgrammatic(const OUString& name)
{
    for (const Function& f : kFunctions)
        if (name.equalsAscii(f.programmatic))
            return &f;
    return nullptr;
}

class NoopAddIn
    : public cppu::WeakImplHelper4<css::sheet::XAddIn, org::parcalc::bench::XNoop,
                                   css::lang::XServiceName, css::lang::XServiceInfo>
{
public:
    static Sequence<OUString> serviceNames()
    {
        Sequence<OUString> names(2);
        names[0] = "com.sun.star.sheet.AddIn";
        names[1] = OUString::createFromAscii(kServiceName);
        return names;
    }
    static Reference<css::uno::XInterface>
    create(const Reference<css::uno::XComponentContext>&)
    {
        return static_cast<cppu::OWeakObject*>(new NoopAddIn);
    }

    // XNoop: constants only, the arguments are never read.
    double SAL_CALL noop1(const Options&, const Any&) override { return kResult; }
    double SAL_CALL noop2(const Options&, const Any&, const Any&) override { return kResult; }
    Any SAL_CALL noopText2(const Options&, const Any&, const Any&) override
    {
        static const Any text(OUString("Tốt", std::strlen("Tốt"), RTL_TEXTENCODING_UTF8));
        return text;
    }
    double SAL_CALL noop3(const Options&, const Any&, const Any&, const Any&) override
    {
        return kResult;
    }
    double SAL_CALL noop4(const Options&, const Any&, const Any&, const Any&, const Any&) override
    {
        return kResult;
    }
    double SAL_CALL noop6(const Options&, const Any&, const Any&, const Any&, const Any&,
                          const Any&, const Any&) override
    {
        return kResult;
    }
    double SAL_CALL noopDoubles2(const Options&, const Sequence<Sequence<double>>&,
                                 const Sequence<Sequence<double>>&) override
    {
        return kResult;
    }

    // XLocalizable
    void SAL_CALL setLocale(const css::lang::Locale& locale) override { m_locale = locale; }
    css::lang::Locale SAL_CALL getLocale() override { return m_locale; }

    // XAddIn
    OUString SAL_CALL getProgrammaticFuntionName(const OUString& display) override
    {
        for (const Function& f : kFunctions)
            if (display.equalsIgnoreAsciiCaseAscii(f.display))
                return OUString::createFromAscii(f.programmatic);
        return {};
    }
    OUString SAL_CALL getDisplayFunctionName(const OUString& programmatic) override
    {
        const Function* f = byProgrammatic(programmatic);
        return f ? OUString::createFromAscii(f->display) : OUString();
    }
    OUString SAL_CALL getFunctionDescription(const OUString& programmatic) override
    {
        return byProgrammatic(programmatic) ? OUString("ParCalc benchmark: returns a constant")
                                            : OUString();
    }
    OUString SAL_CALL getDisplayArgumentName(const OUString& programmatic,
                                             sal_Int32 argument) override
    {
        return byProgrammatic(programmatic) ? "a" + OUString::number(argument) : OUString();
    }
    OUString SAL_CALL getArgumentDescription(const OUString& programmatic,
                                             sal_Int32 argument) override
    {
        return getDisplayArgumentName(programmatic, argument);
    }
    OUString SAL_CALL getProgrammaticCategoryName(const OUString&) override { return "Add-In"; }
    OUString SAL_CALL getDisplayCategoryName(const OUString&) override { return "Add-In"; }

    // XServiceName, XServiceInfo
    OUString SAL_CALL getServiceName() override { return OUString::createFromAscii(kServiceName); }
    OUString SAL_CALL getImplementationName() override
    {
        return OUString::createFromAscii(kImplementationName);
    }
    sal_Bool SAL_CALL supportsService(const OUString& name) override
    {
        return cppu::supportsService(this, name);
    }
    Sequence<OUString> SAL_CALL getSupportedServiceNames() override { return serviceNames(); }

private:
    css::lang::Locale m_locale;
};

OUString implementationName() { return OUString::createFromAscii(kImplementationName); }

const cppu::ImplementationEntry kEntries[] = {
    {&NoopAddIn::create, &implementationName, &NoopAddIn::serviceNames,
     &cppu::createSingleComponentFactory, nullptr, 0},
    {nullptr, nullptr, nullptr, nullptr, nullptr, 0},
};

} // namespace

extern "C" SAL_DLLPUBLIC_EXPORT void* component_getFactory(const char* implName,
                                                            void* serviceManager,
                                                            void* registryKey)
{
    return cppu::component_getFactoryHelper(implName, serviceManager, registryKey, kEntries);
}
