// addin/desk/batch/desk_batch.hxx
#pragma once
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

#include "uno/base/ustrings.hxx" // OUString in the global namespace (this SDK build)
#include <vector>
namespace parcalc::desk
{
// Checks every file (URLs) inside this office, hidden and read-only, progress on `frame`'s
// status bar (may be null); the result opens as a new Calc document, which is returned
// (null when the user cancelled before any file was read).
css::uno::Reference<css::frame::XModel>
runBatchCheck(const css::uno::Reference<css::uno::XComponentContext>& context,
              const css::uno::Reference<css::frame::XFrame>& frame,
              const std::vector<OUString>& fileUrls);
// The same files consolidated into one table (sheets Tổng hợp, Theo đơn vị, Phát hiện, Nguồn).
css::uno::Reference<css::frame::XModel>
runConsolidation(const css::uno::Reference<css::uno::XComponentContext>& context,
                 const css::uno::Reference<css::frame::XFrame>& frame,
                 const std::vector<OUString>& fileUrls);
}
