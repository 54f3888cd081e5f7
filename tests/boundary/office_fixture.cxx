// boundary_office's soffice: started once for the binary (gtest Environment).
#include "office_fixture.hxx"

#include "client/extension_installer.hxx"
#include "sidebar_test_support.hxx"

#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <org/parcalc/AppendixValidator.hpp>

#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>

namespace parcalc::boundary
{

const std::string kSourceDir = PARCALC_SOURCE_DIR;
const std::string kOutDir = std::string(PARCALC_BINARY_DIR) + "/tests/boundary-out";

namespace
{

std::unique_ptr<client::OfficeSession> g_office;

class OfficeEnvironment : public ::testing::Environment
{
public:
    void SetUp() override
    {
        ::setenv("PARCALC_UI_LANGUAGE", "en", 1); // messages in English
        const std::string binary = PARCALC_BINARY_DIR;
        sidebar_test::useParCalcTypes(binary + "/parcalc.rdb");
        const std::string profile = binary + "/test-profiles/boundary_office";
        client::prepareProfile(profile, binary + "/parcalc.oxt");
        client::OfficeOptions options;
        options.profileDir = profile;
        options.startTimeout = std::chrono::seconds(120);
        g_office = std::make_unique<client::OfficeSession>(options);
    }
    void TearDown() override { g_office.reset(); }
};

[[maybe_unused]] const auto* const g_environment =
    ::testing::AddGlobalTestEnvironment(new OfficeEnvironment);

} // namespace

client::OfficeSession& office()
{
    return *g_office;
}

css::uno::Reference<org::parcalc::XParCalcFunctions> functionsService()
{
    auto context = g_office->context();
    return css::uno::Reference<org::parcalc::XParCalcFunctions>(
        context->getServiceManager()->createInstanceWithContext("org.parcalc.Functions", context),
        css::uno::UNO_QUERY_THROW);
}

css::uno::Reference<org::parcalc::XAppendixValidator> validatorService()
{
    return org::parcalc::AppendixValidator::create(g_office->context());
}

std::string officeProblem()
{
    if (!g_office || !g_office->alive())
        return "soffice is gone";
    try
    {
        const double answer = functionsService()->parNumber({}, css::uno::Any(42.0));
        return answer == 42.0 ? std::string() : "PARNUMBER(42) = " + std::to_string(answer);
    }
    catch (const css::uno::Exception& e)
    {
        return "soffice does not answer: " + messageOf(e);
    }
}

std::string messageOf(const css::uno::Exception& e)
{
    return client::toUtf8(e.Message);
}

} // namespace parcalc::boundary
