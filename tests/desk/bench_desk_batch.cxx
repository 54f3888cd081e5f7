// bench_desk_batch (tests/bench/run, step calc_batch): the ParCalc menu's Batch command
// (vnd.org.parcalc.desk:Batch, Folder=DIR) dispatched to a Calc frame of a private
// headless soffice with parcalc.oxt installed, so the run is in the office's process, as
// when a reviewer picks Kiểm tra hàng loạt… (only the one dispatch crosses the bridge).
// Prints
//   bench: calc_batch_files_per_s N files/s   the folder's files / the whole command,
//                                            result document included
//   bench: calc_batch_first_row_ms N ms       from the dispatch to the result document
//                                            opening (it opens with the first file's row)
// The result must have a row per file. The office is warmed first by a batch over WARM
// (the first documents of an office pay for loading the filters).
// Usage: bench_desk_batch PROFILE OXT WARM DIR
#include "client/extension_installer.hxx"
#include "client/office_session.hxx"
#include "core/submission/file_collection.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/DocumentEvent.hpp>
#include <com/sun/star/document/XDocumentEventBroadcaster.hpp>
#include <com/sun/star/document/XDocumentEventListener.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/theGlobalEventBroadcaster.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <iostream>

using Clock = std::chrono::steady_clock;
using parcalc::client::fromUtf8;

namespace
{

// When the office created its next new document (the batch's result opens as one).
class NewDocumentClock : public cppu::WeakImplHelper1<css::document::XDocumentEventListener>
{
public:
    void SAL_CALL documentEventOccured(const css::document::DocumentEvent& event) override
    {
        if (event.EventName == "OnNew" && !m_seen.exchange(true))
            m_at = Clock::now();
    }
    void SAL_CALL disposing(const css::lang::EventObject&) override {}
    void reset() { m_seen = false; }
    bool seen() const { return m_seen; }
    Clock::time_point at() const { return m_at; }

private:
    std::atomic<bool> m_seen{false};
    Clock::time_point m_at{};
};

// Dispatches Batch over `folder` to `frame` and waits for it to finish: the result document.
css::uno::Reference<css::lang::XComponent>
dispatchBatch(const parcalc::client::OfficeSession& office,
              const css::uno::Reference<css::frame::XFrame>& frame, const std::string& folder)
{
    css::uno::Sequence<css::beans::PropertyValue> args(1);
    args[0].Name = "Folder";
    args[0].Value <<= fromUtf8(parcalc::client::fileUrl(folder));
    const css::uno::Any result = css::frame::DispatchHelper::create(office.context())
                                     ->executeDispatch({frame, css::uno::UNO_QUERY_THROW},
                                                       "vnd.org.parcalc.desk:Batch", "", 0, args);
    // DispatchHelper gives the listener's DispatchResultEvent.
    css::frame::DispatchResultEvent event;
    result >>= event;
    css::uno::Reference<css::lang::XComponent> model(event.Result, css::uno::UNO_QUERY);
    if (!model.is())
        throw std::runtime_error("the Batch command over " + folder +
                                 " gave no result document (is parcalc.oxt installed?)");
    return model;
}

// The rows of the result's first sheet (Tổng hợp: a header, then a row per file).
sal_Int32 summaryRows(const css::uno::Reference<css::lang::XComponent>& result)
{
    css::uno::Reference<css::sheet::XSpreadsheetDocument> doc(result, css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::container::XIndexAccess> sheets(doc->getSheets(),
                                                             css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::sheet::XSpreadsheet> summary(sheets->getByIndex(0),
                                                          css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::sheet::XUsedAreaCursor> cursor(summary->createCursor(),
                                                            css::uno::UNO_QUERY_THROW);
    cursor->gotoEndOfUsedArea(false);
    return css::uno::Reference<css::sheet::XCellRangeAddressable>(cursor, css::uno::UNO_QUERY_THROW)
               ->getRangeAddress()
               .EndRow +
           1;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 5)
    {
        std::cerr << "usage: bench_desk_batch PROFILE OXT WARM DIR\n";
        return 2;
    }
    try
    {
        parcalc::client::prepareProfile(argv[1], argv[2]);
        parcalc::client::OfficeSession office({argv[1]});
        const std::size_t files = parcalc::collectSpreadsheetFiles({argv[4]}).size();

        // A (hidden) Calc window's frame, where the menu's command goes.
        css::uno::Sequence<css::beans::PropertyValue> hidden(1);
        hidden[0].Name = "Hidden";
        hidden[0].Value <<= true;
        const css::uno::Reference<css::lang::XComponent> window =
            css::uno::Reference<css::frame::XComponentLoader>(office.desktop(),
                                                              css::uno::UNO_QUERY_THROW)
                ->loadComponentFromURL("private:factory/scalc", "_blank", 0, hidden);
        const css::uno::Reference<css::frame::XFrame> frame =
            css::uno::Reference<css::frame::XModel>(window, css::uno::UNO_QUERY_THROW)
                ->getCurrentController()
                ->getFrame();
        rtl::Reference<NewDocumentClock> opened(new NewDocumentClock);
        css::uno::Reference<css::document::XDocumentEventBroadcaster>(
            css::frame::theGlobalEventBroadcaster::get(office.context()), css::uno::UNO_QUERY_THROW)
            ->addDocumentEventListener(opened.get());

        parcalc::client::closeDocument(dispatchBatch(office, frame, argv[3]));

        opened->reset();
        const auto start = Clock::now();
        const auto result = dispatchBatch(office, frame, argv[4]);
        const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
        const sal_Int32 rows = summaryRows(result);
        parcalc::client::closeDocument(result);
        if (rows != sal_Int32(files) + 1)
            throw std::runtime_error("the result has " + std::to_string(rows) + " rows for " +
                                     std::to_string(files) + " files");
        parcalc::client::closeDocument(window);
        if (!opened->seen())
            throw std::runtime_error("no OnNew event for the result document");
        std::printf("bench: calc_batch_files_per_s %.1f files/s\n", double(files) / seconds);
        std::printf("bench: calc_batch_first_row_ms %.0f ms\n",
                    std::chrono::duration<double, std::milli>(opened->at() - start).count());
        std::cerr << "bench_desk_batch: " << files << " files in " << seconds << " s\n";
        return 0;
    }
    catch (const std::exception& e)
    {
        std::cerr << "bench_desk_batch: " << e.what() << "\n";
    }
    catch (const css::uno::Exception& e)
    {
        std::cerr << "bench_desk_batch: " << parcalc::client::toUtf8(e.Message) << "\n";
    }
    return 1;
}
