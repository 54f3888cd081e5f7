// ExtensionManager calls with a command environment that approves every
// request (licence, replace) instead of showing a dialog.
#include "client/extension_installer.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/deployment/ExtensionManager.hpp>
#include <com/sun/star/deployment/XPackage.hpp>
#include <com/sun/star/task/XInteractionApprove.hpp>
#include <com/sun/star/task/XInteractionHandler.hpp>
#include <com/sun/star/ucb/XCommandEnvironment.hpp>
#include <com/sun/star/ucb/XProgressHandler.hpp>
#include <cppuhelper/implbase2.hxx>

#include <filesystem>

namespace parcalc::client
{
namespace
{

class ApprovingEnvironment
    : public cppu::WeakImplHelper2<css::ucb::XCommandEnvironment, css::task::XInteractionHandler>
{
public:
    css::uno::Reference<css::task::XInteractionHandler> SAL_CALL getInteractionHandler() override
    {
        return this;
    }
    css::uno::Reference<css::ucb::XProgressHandler> SAL_CALL getProgressHandler() override
    {
        return {};
    }
    void SAL_CALL
    handle(const css::uno::Reference<css::task::XInteractionRequest>& request) override
    {
        for (const auto& continuation : request->getContinuations())
        {
            css::uno::Reference<css::task::XInteractionApprove> approve(continuation,
                                                                        css::uno::UNO_QUERY);
            if (approve.is())
            {
                approve->select();
                return;
            }
        }
    }
};

css::uno::Reference<css::deployment::XExtensionManager> manager(const OfficeSession& office)
{
    return css::deployment::ExtensionManager::get(office.context());
}

} // namespace

void addExtension(const OfficeSession& office, const std::string& oxtPath)
{
    auto extensions = manager(office);
    css::uno::Reference<css::ucb::XCommandEnvironment> env(new ApprovingEnvironment);
    try
    {
        auto package = extensions->addExtension(fromUtf8(fileUrl(oxtPath)),
                                                css::uno::Sequence<css::beans::NamedValue>(),
                                                "user", extensions->createAbortChannel(), env);
        if (!package.is())
            throw OfficeError("the extension manager refused " + oxtPath);
    }
    catch (const css::uno::Exception& e)
    {
        throw OfficeError("cannot install " + oxtPath + ": " + toUtf8(e.Message));
    }
}

void prepareProfile(const std::string& profileDir, const std::string& oxtPath)
{
    std::filesystem::remove_all(profileDir);
    OfficeSession installer({profileDir});
    addExtension(installer, oxtPath);
}

bool removeExtension(const OfficeSession& office, const std::string& identifier)
{
    for (const auto& ext : userExtensions(office))
    {
        if (ext.identifier != identifier)
            continue;
        auto extensions = manager(office);
        css::uno::Reference<css::ucb::XCommandEnvironment> env(new ApprovingEnvironment);
        const std::string fileName = ext.location.substr(ext.location.find_last_of('/') + 1);
        try
        {
            extensions->removeExtension(fromUtf8(identifier), fromUtf8(fileName), "user",
                                        extensions->createAbortChannel(), env);
        }
        catch (const css::uno::Exception& e)
        {
            throw OfficeError("cannot remove " + identifier + ": " + toUtf8(e.Message));
        }
        return true;
    }
    return false;
}

std::vector<InstalledExtension> userExtensions(const OfficeSession& office)
{
    std::vector<InstalledExtension> result;
    auto extensions = manager(office);
    css::uno::Reference<css::ucb::XCommandEnvironment> env(new ApprovingEnvironment);
    for (const auto& package :
         extensions->getDeployedExtensions("user", extensions->createAbortChannel(), env))
    {
        if (!package.is())
            continue;
        const auto id = package->getIdentifier();
        result.push_back({toUtf8(id.IsPresent ? id.Value : package->getName()),
                          toUtf8(package->getVersion()), toUtf8(package->getURL())});
    }
    return result;
}

} // namespace parcalc::client
