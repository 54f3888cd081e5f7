// The Calc add-in service org.parcalc.Functions: XAddIn metadata answered from
// the function table, and the function calls themselves (functions_calls.cxx)
// as thin wrappers over addin/core.
#pragma once

#include "uno/base/ustrings.hxx"

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <com/sun/star/sheet/XAddIn.hpp>
#include <com/sun/star/sheet/XCompatibilityNames.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase5.hxx>
#include <org/parcalc/XParCalcFunctions.hpp>

#include "uno/functions/function_table.hxx"

namespace parcalc::uno
{

class FunctionsAddIn
    : public cppu::WeakImplHelper5<css::sheet::XAddIn, css::sheet::XCompatibilityNames,
                                   org::parcalc::XParCalcFunctions, css::lang::XServiceName,
                                   css::lang::XServiceInfo>
{
public:
    static constexpr const char* kServiceName = "org.parcalc.Functions";
    static constexpr const char* kImplementationName = "org.parcalc.FunctionsAddIn";
    static css::uno::Sequence<OUString> supportedServiceNames();
    static css::uno::Reference<css::uno::XInterface>
    create(const css::uno::Reference<css::uno::XComponentContext>& context);

    // XLocalizable
    void SAL_CALL setLocale(const css::lang::Locale& locale) override;
    css::lang::Locale SAL_CALL getLocale() override;

    // XAddIn
    OUString SAL_CALL getProgrammaticFuntionName(const OUString& displayName) override;
    OUString SAL_CALL getDisplayFunctionName(const OUString& programmatic) override;
    OUString SAL_CALL getFunctionDescription(const OUString& programmatic) override;
    OUString SAL_CALL getDisplayArgumentName(const OUString& programmatic,
                                             sal_Int32 argument) override;
    OUString SAL_CALL getArgumentDescription(const OUString& programmatic,
                                             sal_Int32 argument) override;
    OUString SAL_CALL getProgrammaticCategoryName(const OUString& programmatic) override;
    OUString SAL_CALL getDisplayCategoryName(const OUString& programmatic) override;

    // XCompatibilityNames
    css::uno::Sequence<css::sheet::LocalizedName>
        SAL_CALL getCompatibilityNames(const OUString& programmatic) override;

    // XServiceName, XServiceInfo
    OUString SAL_CALL getServiceName() override;
    OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const OUString& name) override;
    css::uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override;

    // XParCalcFunctions (functions_calls.cxx)
    double SAL_CALL parScore(const css::uno::Reference<css::beans::XPropertySet>& options,
                             const css::uno::Any& achieved, const css::uno::Any& maximum) override;
    double SAL_CALL onTimeRate(const css::uno::Reference<css::beans::XPropertySet>& options,
                               const css::uno::Any& onTime, const css::uno::Any& resolved,
                               const css::uno::Any& early, const css::uno::Any& convention,
                               const css::uno::Any& base,
                               const css::uno::Any& lateInProgress) override;
    css::uno::Any SAL_CALL parGrade(const css::uno::Reference<css::beans::XPropertySet>& options,
                                    const css::uno::Any& index,
                                    const css::uno::Any& scheme) override;
    double SAL_CALL parBand(const css::uno::Reference<css::beans::XPropertySet>& options,
                            const css::uno::Any& value, const css::uno::Any& lowerBounds,
                            const css::uno::Any& points) override;
    double SAL_CALL parProp(const css::uno::Reference<css::beans::XPropertySet>& options,
                            const css::uno::Any& achieved, const css::uno::Any& target,
                            const css::uno::Any& maxPoints, const css::uno::Any& cap) override;
    double SAL_CALL parDeduct(const css::uno::Reference<css::beans::XPropertySet>& options,
                              const css::uno::Any& cases, const css::uno::Any& perCase,
                              const css::uno::Any& maxPoints, const css::uno::Any& floor) override;
    double SAL_CALL parNumber(const css::uno::Reference<css::beans::XPropertySet>& options,
                              const css::uno::Any& text) override;
    css::uno::Any SAL_CALL parPoints(const css::uno::Reference<css::beans::XPropertySet>& options,
                                     const css::uno::Any& criterion,
                                     const css::uno::Sequence<css::uno::Any>& values) override;
    double SAL_CALL parMax(const css::uno::Reference<css::beans::XPropertySet>& options,
                           const css::uno::Any& criterion, const css::uno::Any& ruleSet) override;

private:
    // The user-visible parameter behind Calc's argument index (0 is the hidden options).
    const ParamInfo* param(const OUString& programmatic, sal_Int32 argument) const;

    css::lang::Locale m_locale;
    Language m_language = Language::En;
};

} // namespace parcalc::uno
