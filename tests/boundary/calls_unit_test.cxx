// The Calc functions' C++ wrappers (addin/uno/functions_calls.cxx) called
// in-process with crafted Any values: every boundary case of function_cases,
// huge ranges included, without soffice. A crash here (a ragged range read
// past its end, a 0-column range divided by) would take Calc down with it.
#include "function_cases.hxx"
#include "functions_addin.hxx"

#include <com/sun/star/uno/Exception.hpp>
#include <rtl/ref.hxx>

#include <gtest/gtest.h>

namespace
{

using namespace parcalc::boundary;

TEST(BoundaryCalls, EveryFunctionEveryBadArgumentGivesItsErrorValue)
{
    rtl::Reference<parcalc::uno::FunctionsAddIn> addIn(new parcalc::uno::FunctionsAddIn);
    const Functions functions(addIn.get());
    // Any live object will do where a cell value belongs.
    const css::uno::Reference<css::uno::XInterface> anInterface(
        static_cast<cppu::OWeakObject*>(addIn.get()));
    const auto cases = functionCases(anInterface, HugeRanges::EveryArgument);
    ASSERT_GT(cases.size(), 400u);
    for (const FunctionCase& c : cases)
    {
        try
        {
            const std::string diff = mismatch(c.call(functions), c.expect);
            EXPECT_TRUE(diff.empty()) << c.name << ": " << diff;
        }
        catch (const css::uno::Exception& e)
        {
            ADD_FAILURE() << c.name << ": " << e.Message;
        }
    }
}

} // namespace
