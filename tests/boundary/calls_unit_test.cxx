// The Calc functions' C++ wrappers (addin/uno/functions/functions_calls.cxx) called
// in-process with crafted Any values: every boundary case of function_cases,
// huge ranges included, without soffice. A crash here (a ragged range read
// past its end, a 0-column range divided by) would take Calc down with it.
#include "function_cases.hxx"
#include "uno/functions/calc_args.hxx"
#include "uno/functions/functions_addin.hxx"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/Exception.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <rtl/ref.hxx>

#include <gtest/gtest.h>

#include <new>
#include <stdexcept>

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

namespace
{

std::string messageOf(const css::uno::Exception& e)
{
    return OUStringToOString(e.Message, RTL_TEXTENCODING_UTF8).getStr();
}

// What every entry point does with an exception from inside: UNO exceptions
// pass unchanged, C++ ones become a RuntimeException whose message names ParCalc.
template <class Throw> std::string runtimeMessageOf(Throw&& body)
{
    try
    {
        parcalc::uno::guarded(
            [&]() -> double
            {
                body();
                return 0;
            });
    }
    catch (const css::uno::RuntimeException& e)
    {
        return messageOf(e);
    }
    catch (...)
    {
        return "(not a RuntimeException)";
    }
    return "(nothing thrown)";
}

TEST(BoundaryCalls, GuardedTurnsCppExceptionsIntoReadableUnoExceptions)
{
    EXPECT_EQ(runtimeMessageOf([] { throw std::bad_alloc(); }), "ParCalc: out of memory");
    EXPECT_EQ(runtimeMessageOf([] { throw std::length_error("vector::reserve"); }),
              "ParCalc: internal error: vector::reserve");
    EXPECT_EQ(runtimeMessageOf([] { throw 42; }), "ParCalc: unexpected error");
    EXPECT_EQ(runtimeMessageOf([] { throw css::uno::RuntimeException("as is"); }), "as is");
    EXPECT_THROW(parcalc::uno::guarded([]() -> int
                                       { throw css::lang::IllegalArgumentException("x", {}, 1); }),
                 css::lang::IllegalArgumentException);
}

TEST(BoundaryCalls, CalcGuardedShowsARaggedRangeAsErr502)
{
    const double d =
        parcalc::uno::calcGuarded([]() -> double { throw parcalc::uno::RaggedRange(); });
    EXPECT_EQ(errorCodeOf(d), std::int64_t(kErr502));
    const css::uno::Any a =
        parcalc::uno::calcGuarded([]() -> css::uno::Any { throw parcalc::uno::RaggedRange(); });
    EXPECT_EQ(mismatch(a, error(kErr502)), "");
}

} // namespace
