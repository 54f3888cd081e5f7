// document_load: the media descriptor, the interaction handler that records password and
// repair requests, type detection, bare spreadsheet models (moved from client/document_loading).
#include "uno/load/document_load.hxx"

#include "core/submission/file_sniff.hxx"
#include "uno/base/ustrings.hxx"
#include "uno/io/document_close.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/BrokenPackageRequest.hpp>
#include <com/sun/star/document/XTypeDetection.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XLoadable.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/task/DocumentMSPasswordRequest.hpp>
#include <com/sun/star/task/DocumentMSPasswordRequest2.hpp>
#include <com/sun/star/task/DocumentPasswordRequest.hpp>
#include <com/sun/star/task/DocumentPasswordRequest2.hpp>
#include <com/sun/star/task/XInteractionAbort.hpp>
#include <com/sun/star/task/XInteractionHandler.hpp>
#include <cppuhelper/implbase1.hxx>
#include <osl/file.hxx>
#include <rtl/ref.hxx>

#include <filesystem>
#include <fstream>
#include <vector>

namespace parcalc::uno
{
namespace
{

constexpr const char* kSpreadsheetService = "com.sun.star.sheet.SpreadsheetDocument";
constexpr const char* kCsvFilter = "Text - txt - csv (StarCalc)";

// Answers every question LibreOffice asks while loading with "abort", and
// remembers what it was asked: a password or a repair prompt is the reason
// the file is unreadable, and a batch run must never wait on a dialog.
class RecordingAbortHandler : public cppu::WeakImplHelper1<css::task::XInteractionHandler>
{
public:
    LoadProblem problem = LoadProblem::Other;

    void SAL_CALL
    handle(const css::uno::Reference<css::task::XInteractionRequest>& request) override
    {
        const css::uno::Any what = request->getRequest();
        if (what.isExtractableTo(cppu::UnoType<css::task::DocumentPasswordRequest>::get()) ||
            what.isExtractableTo(cppu::UnoType<css::task::DocumentPasswordRequest2>::get()) ||
            what.isExtractableTo(cppu::UnoType<css::task::DocumentMSPasswordRequest>::get()) ||
            what.isExtractableTo(cppu::UnoType<css::task::DocumentMSPasswordRequest2>::get()))
            problem = LoadProblem::PasswordProtected;
        else if (what.isExtractableTo(cppu::UnoType<css::document::BrokenPackageRequest>::get()))
            problem = LoadProblem::Corrupt;
        for (const auto& continuation : request->getContinuations())
            if (css::uno::Reference<css::task::XInteractionAbort> abort{continuation,
                                                                        css::uno::UNO_QUERY};
                abort.is())
            {
                abort->select();
                return;
            }
    }
};

// CSV import options: the separator the file really uses (Vietnamese Excel
// writes ';' and keeps ',' inside numbers), '"' quotes, UTF-8, from row 1, and
// every column as text so "136.284" reaches ParCalc as typed, not read as 136.284.
std::string csvFilterOptions(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::string head(64 * 1024, '\0');
    in.read(head.data(), std::streamsize(head.size()));
    head.resize(std::size_t(in.gcount()));
    std::string columns;
    for (int col = 1; col <= 64; ++col)
        columns += (col > 1 ? "/" : "") + std::to_string(col) + "/2"; // 2 = text
    return std::to_string(int(static_cast<unsigned char>(csvSeparator(head)))) + ",34,76,1," +
           columns + ",0,false,false,false,false";
}

css::beans::PropertyValue property(const char* name, const css::uno::Any& value)
{
    return {OUString::createFromAscii(name), 0, value, css::beans::PropertyState_DIRECT_VALUE};
}

OUString stringProperty(const css::uno::Sequence<css::beans::PropertyValue>& props,
                        const char* name)
{
    OUString value;
    for (const auto& p : props)
        if (p.Name.equalsAscii(name))
            p.Value >>= value;
    return value;
}

css::uno::Reference<css::uno::XInterface>
createService(const css::uno::Reference<css::uno::XComponentContext>& context, const char* name)
{
    return context->getServiceManager()->createInstanceWithContext(OUString::createFromAscii(name),
                                                                   context);
}

// The import filter LibreOffice's type detection picks for the file (deep
// detection: by content, not by extension), and the document service that
// filter produces. Empty filter: a format LibreOffice does not know.
struct DetectedFormat
{
    OUString filter;
    OUString documentService;
};

DetectedFormat detectFormat(const css::uno::Reference<css::uno::XComponentContext>& context,
                            css::uno::Sequence<css::beans::PropertyValue> descriptor)
{
    css::uno::Reference<css::document::XTypeDetection> detection(
        createService(context, "com.sun.star.document.TypeDetection"), css::uno::UNO_QUERY_THROW);
    const OUString type = detection->queryTypeByDescriptor(descriptor, true);
    if (type.isEmpty())
        return {};
    DetectedFormat format{stringProperty(descriptor, "FilterName"), {}};
    if (format.filter.isEmpty())
    {
        css::uno::Sequence<css::beans::PropertyValue> typeProps;
        css::uno::Reference<css::container::XNameAccess>(detection, css::uno::UNO_QUERY_THROW)
            ->getByName(type) >>= typeProps;
        format.filter = stringProperty(typeProps, "PreferredFilter");
    }
    if (format.filter.isEmpty())
        return {};
    css::uno::Reference<css::container::XNameAccess> filters(
        createService(context, "com.sun.star.document.FilterFactory"), css::uno::UNO_QUERY_THROW);
    css::uno::Sequence<css::beans::PropertyValue> filterProps;
    filters->getByName(format.filter) >>= filterProps;
    format.documentService = stringProperty(filterProps, "DocumentService");
    return format;
}

// A new, empty spreadsheet model to load into. Row heights are locked: the
// ODF import otherwise lays out every row's text to recompute "optimal"
// heights, half of an appendix's load time, and nothing here is ever drawn.
css::uno::Reference<css::frame::XLoadable>
newSpreadsheetModel(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    css::uno::Reference<css::frame::XLoadable> model(createService(context, kSpreadsheetService),
                                                     css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::beans::XPropertySet> props(model, css::uno::UNO_QUERY);
    if (props.is())
        props->setPropertyValue("IsAdjustHeightEnabled", css::uno::Any(false));
    return model;
}

} // namespace

std::string fileUrl(const std::string& path)
{
    const std::string abs = std::filesystem::absolute(path).lexically_normal().string();
    OUString url;
    osl::FileBase::getFileURLFromSystemPath(fromUtf8(abs), url);
    return toUtf8(url);
}

// Spreadsheets are loaded as bare models (XLoadable), without the hidden frame and view
// the desktop loader would build: nothing here needs a view. Anything else goes through
// the desktop loader, which also tells what kind of document it became.
css::uno::Reference<css::lang::XComponent>
loadHidden(const css::uno::Reference<css::uno::XComponentContext>& context, const std::string& path,
           bool readOnly)
{
    const bool csv = std::filesystem::path(path).extension() == ".csv";
    rtl::Reference<RecordingAbortHandler> handler(new RecordingAbortHandler);
    const OUString url = fromUtf8(fileUrl(path));
    std::vector<css::beans::PropertyValue> props = {
        property("URL", css::uno::Any(url)),
        property("Hidden", css::uno::Any(true)),
        property("ReadOnly", css::uno::Any(readOnly)),
        property("MacroExecutionMode", css::uno::Any(sal_Int16(0))), // NEVER_EXECUTE
        property("UpdateDocMode", css::uno::Any(sal_Int16(0))), // NO_UPDATE: never follow links
        property("InteractionHandler",
                 css::uno::Any(css::uno::Reference<css::task::XInteractionHandler>(handler.get()))),
    };
    if (csv)
    {
        props.push_back(
            property("FilterName", css::uno::Any(OUString::createFromAscii(kCsvFilter))));
        props.push_back(property("FilterOptions", css::uno::Any(fromUtf8(csvFilterOptions(path)))));
    }
    const auto descriptor = [&props] {
        return css::uno::Sequence<css::beans::PropertyValue>(props.data(), sal_Int32(props.size()));
    };

    css::uno::Reference<css::lang::XComponent> doc;
    std::string failure;
    try
    {
        const DetectedFormat format =
            csv ? DetectedFormat{OUString::createFromAscii(kCsvFilter),
                                 OUString::createFromAscii(kSpreadsheetService)}
                : detectFormat(context, descriptor());
        if (format.documentService.equalsAscii(kSpreadsheetService))
        {
            if (!csv)
                props.push_back(property("FilterName", css::uno::Any(format.filter)));
            const auto model = newSpreadsheetModel(context);
            doc.set(model, css::uno::UNO_QUERY_THROW);
            try
            {
                model->load(descriptor());
            }
            catch (...)
            {
                closeDocument(doc);
                doc.clear();
                throw;
            }
        }
        else if (handler->problem == LoadProblem::Other)
        {
            css::uno::Reference<css::frame::XComponentLoader> loader(
                css::frame::Desktop::create(context), css::uno::UNO_QUERY_THROW);
            props.erase(props.begin()); // the URL is the loader's own argument
            doc = loader->loadComponentFromURL(url, "_blank", 0, descriptor());
        }
    }
    catch (const css::lang::DisposedException&)
    {
        throw LoadError("LibreOffice stopped while opening the file", LoadProblem::OfficeDied);
    }
    catch (const css::uno::Exception& e)
    {
        failure = toUtf8(e.Message);
    }
    if (handler->problem == LoadProblem::PasswordProtected)
    {
        closeDocument(doc);
        throw LoadError("the file is password-protected", LoadProblem::PasswordProtected);
    }
    if (handler->problem == LoadProblem::Corrupt)
    {
        closeDocument(doc);
        throw LoadError("the file is damaged (LibreOffice offered to repair it)",
                        LoadProblem::Corrupt);
    }
    if (!doc.is())
        throw LoadError(failure.empty() ? "LibreOffice could not open the file" : failure);
    return doc;
}

} // namespace parcalc::uno
