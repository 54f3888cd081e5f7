// The module's one exported entry: component_getFactory over the table of
// every UNO implementation this library provides.
#include "desk/handler/desk_handler.hxx"
#include "sidebar/panel/sidebar_factory.hxx"
#include "sidebar/service/validation_service.hxx"
#include "uno/functions/functions_addin.hxx"

#include <cppuhelper/factory.hxx>
#include <cppuhelper/implementationentry.hxx>

namespace
{

OUString functionsImplName()
{
    return OUString::createFromAscii(parcalc::uno::FunctionsAddIn::kImplementationName);
}

const cppu::ImplementationEntry kEntries[] = {
    {&parcalc::uno::FunctionsAddIn::create, &functionsImplName,
     &parcalc::uno::FunctionsAddIn::supportedServiceNames, &cppu::createSingleComponentFactory,
     nullptr, 0},
    // The sidebar (addin/sidebar): the validation service and the UI element factory.
    {&parcalc::sidebar::AppendixValidator::create,
     &parcalc::sidebar::AppendixValidator::implementationName,
     &parcalc::sidebar::AppendixValidator::supportedServiceNames,
     &cppu::createSingleComponentFactory, nullptr, 0},
    {&parcalc::sidebar::SidebarFactory::create,
     &parcalc::sidebar::SidebarFactory::implementationName,
     &parcalc::sidebar::SidebarFactory::supportedServiceNames, &cppu::createSingleComponentFactory,
     nullptr, 0},
    // The ParCalc menu (addin/desk): the protocol handler of vnd.org.parcalc.desk:.
    {&parcalc::desk::DeskHandler::create, &parcalc::desk::DeskHandler::implementationName,
     &parcalc::desk::DeskHandler::supportedServiceNames, &cppu::createSingleComponentFactory,
     nullptr, 0},
    {nullptr, nullptr, nullptr, nullptr, nullptr, 0},
};

} // namespace

extern "C" SAL_DLLPUBLIC_EXPORT void* component_getFactory(const char* implName,
                                                           void* serviceManager, void* registryKey)
{
    return cppu::component_getFactoryHelper(implName, serviceManager, registryKey, kEntries);
}
