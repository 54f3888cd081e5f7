// Every XParCalcFunctions method called over the UNO bridge on the add-in as
// soffice instantiates it (org.parcalc.Functions from the installed .oxt),
// with the boundary table of function_cases: wrong types in every argument,
// empty, ragged and 10^6-cell ranges, error values. Each call must give its
// documented error value (no exception), and soffice must answer afterwards.
#include "function_cases.hxx"
#include "office_fixture.hxx"

#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/sheet/XAddIn.hpp>

#include <gtest/gtest.h>

#include <chrono>

namespace
{

using namespace parcalc::boundary;

TEST(BoundaryFunctions, ServiceIsTheInstalledAddIn)
{
    const auto functions = functionsService();
    css::uno::Reference<css::lang::XServiceInfo> info(functions, css::uno::UNO_QUERY_THROW);
    EXPECT_EQ(parcalc::client::toUtf8(info->getImplementationName()), "org.parcalc.FunctionsAddIn");
    EXPECT_TRUE(info->supportsService("com.sun.star.sheet.AddIn"));
    EXPECT_TRUE(info->supportsService("org.parcalc.Functions"));
}

TEST(BoundaryFunctions, EveryMethodWithBadArgumentsOverTheBridge)
{
    const auto functions = functionsService();
    // An object living in soffice, passed back where a cell value belongs.
    const css::uno::Reference<css::uno::XInterface> anInterface(office().desktop(),
                                                                css::uno::UNO_QUERY_THROW);
    const auto cases = functionCases(anInterface, HugeRanges::FirstArgument);
    const auto start = std::chrono::steady_clock::now();
    for (const FunctionCase& c : cases)
    {
        try
        {
            const std::string diff = mismatch(c.call(functions), c.expect);
            EXPECT_TRUE(diff.empty()) << c.name << ": " << diff;
        }
        catch (const css::uno::Exception& e)
        {
            ADD_FAILURE() << c.name << ": exception " << messageOf(e);
        }
        const std::string problem = officeProblem();
        ASSERT_EQ(problem, "") << "after " << c.name;
    }
    const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start);
    std::printf("%zu calls over the bridge in %.1f s\n", cases.size(), seconds.count());
}

} // namespace

namespace
{

// The XAddIn metadata Calc asks for (Function Wizard, formula parsing): unknown
// names and argument numbers out of range give "" (documented for XAddIn as
// "no such function"), never an exception.
TEST(BoundaryFunctions, MetadataForUnknownNamesAndArguments)
{
    css::uno::Reference<css::sheet::XAddIn> addIn(functionsService(), css::uno::UNO_QUERY_THROW);
    const OUString garbage = parcalc::client::fromUtf8(std::string(100000, 'x') + "\xE1\xBA\xA5");
    for (const OUString& name : {OUString(), garbage, OUString("parScore\n")})
    {
        EXPECT_EQ(addIn->getProgrammaticFuntionName(name), "");
        EXPECT_EQ(addIn->getDisplayFunctionName(name), "");
        EXPECT_EQ(addIn->getFunctionDescription(name), "");
        EXPECT_EQ(addIn->getDisplayArgumentName(name, 1), "");
        EXPECT_EQ(addIn->getArgumentDescription(name, 1), "");
    }
    for (sal_Int32 argument : {-1, 0, 3, 1000000, SAL_MAX_INT32, SAL_MIN_INT32})
    {
        EXPECT_EQ(addIn->getDisplayArgumentName("parScore", argument), "") << argument;
        EXPECT_EQ(addIn->getArgumentDescription("parScore", argument), "") << argument;
    }
    // Argument 1 is the first visible one (0 is Calc's hidden options).
    EXPECT_NE(addIn->getDisplayArgumentName("parScore", 1), "");
    // An odd locale falls back to English: the names stay readable.
    addIn->setLocale(css::lang::Locale(garbage, "??", ""));
    EXPECT_EQ(addIn->getDisplayFunctionName("parScore"), "PARSCORE");
    EXPECT_EQ(officeProblem(), "");
}

} // namespace
