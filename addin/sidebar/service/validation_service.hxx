// org.parcalc.AppendixValidator: the validation service behind the sidebar
// (and the tests, over the UNO bridge). Reads the document with range calls,
// runs the core validator with the rule set chosen for the document, and does
// the panel's actions: jump, mark, clear, fix, export. Every method is
// guarded: C++ exceptions become RuntimeException, none reaches the office.
#pragma once

#include "sidebar/model/ui_strings.hxx"
#include "uno/base/ustrings.hxx"

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>
#include <org/parcalc/XAppendixValidator.hpp>

namespace parcalc::sidebar
{

class AppendixValidator
    : public cppu::WeakImplHelper2<org::parcalc::XAppendixValidator, css::lang::XServiceInfo>
{
public:
    static OUString implementationName();
    static css::uno::Sequence<OUString> supportedServiceNames();
    static css::uno::Reference<css::uno::XInterface>
    create(const css::uno::Reference<css::uno::XComponentContext>& context);

    explicit AppendixValidator(css::uno::Reference<css::uno::XComponentContext> context);

    // XAppendixValidator
    org::parcalc::ValidationReport SAL_CALL
    validate(const css::uno::Reference<css::frame::XModel>& document) override;
    css::table::CellAddress SAL_CALL
    getJumpTarget(const css::uno::Reference<css::frame::XModel>& document,
                  const org::parcalc::FindingInfo& finding) override;
    sal_Bool SAL_CALL jumpTo(const css::uno::Reference<css::frame::XModel>& document,
                             const org::parcalc::FindingInfo& finding) override;
    sal_Int32 SAL_CALL markCells(const css::uno::Reference<css::frame::XModel>& document) override;
    sal_Int32 SAL_CALL clearMarks(const css::uno::Reference<css::frame::XModel>& document) override;
    sal_Bool SAL_CALL applyFix(const css::uno::Reference<css::frame::XModel>& document,
                               const org::parcalc::FindingInfo& finding) override;
    void SAL_CALL exportReport(const css::uno::Reference<css::frame::XModel>& document,
                               const OUString& url, const OUString& format) override;
    css::uno::Sequence<css::beans::StringPair> SAL_CALL getBundledRuleSets() override;
    OUString SAL_CALL getRuleSet(const css::uno::Reference<css::frame::XModel>& document) override;
    void SAL_CALL setRuleSet(const css::uno::Reference<css::frame::XModel>& document,
                             const OUString& fileOrId) override;
    OUString SAL_CALL
    useRuleSetBook(const css::uno::Reference<css::frame::XModel>& book,
                   const css::uno::Reference<css::frame::XModel>& target) override;
    css::uno::Sequence<OUString>
        SAL_CALL getPanelState(const css::uno::Reference<css::frame::XFrame>& frame) override;

    // XServiceInfo
    OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const OUString& name) override;
    css::uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override;

private:
    css::uno::Reference<css::uno::XComponentContext> m_context;
    Language m_language;
};

} // namespace parcalc::sidebar
