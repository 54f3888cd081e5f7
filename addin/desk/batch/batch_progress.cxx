// batch_progress: status bar, Escape, events between files.
#include "desk/batch/batch_progress.hxx"

#include "core/reports/batch_sheet_texts.hxx"
#include "uno/base/ustrings.hxx"

#include <com/sun/star/awt/Key.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XUserInputInterception.hpp>
#include <com/sun/star/task/XStatusIndicatorFactory.hpp>
#include <cppuhelper/implbase1.hxx>

#include <atomic>

namespace parcalc::desk
{
namespace
{

// Escape pressed in the document window: stop after the current file. Other keys go on
// to the document as usual.
class EscapeWatcher : public cppu::WeakImplHelper1<css::awt::XKeyHandler>
{
public:
    std::atomic<bool> pressed{false};

    sal_Bool SAL_CALL keyPressed(const css::awt::KeyEvent& event) override
    {
        if (event.KeyCode != css::awt::Key::ESCAPE)
            return false;
        pressed = true;
        return true;
    }
    sal_Bool SAL_CALL keyReleased(const css::awt::KeyEvent& event) override
    {
        return event.KeyCode == css::awt::Key::ESCAPE;
    }
    void SAL_CALL disposing(const css::lang::EventObject&) override {}
};

// The office handles its pending events (repaint, input). XReschedule is marked deprecated
// in the IDL but is what the toolkit implements for this (Application::Reschedule); the
// alternative, XToolkitExperimental::processEventsToIdle, is meant for tests.
void letOfficeBreathe(const css::uno::Reference<css::awt::XReschedule>& reschedule)
{
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    reschedule->reschedule();
#pragma GCC diagnostic pop
}

} // namespace

BatchProgress::BatchProgress(const css::uno::Reference<css::uno::XComponentContext>& context,
                             const css::uno::Reference<css::frame::XFrame>& frame,
                             Language language, std::size_t total,
                             std::function<bool(std::size_t)> stopAsked)
    : m_language(language), m_total(total), m_stopAsked(std::move(stopAsked))
{
    if (!frame.is())
        return; // no window to keep alive (a test over the bridge, a script)
    try
    {
        m_reschedule.set(css::awt::Toolkit::create(context), css::uno::UNO_QUERY);
        m_keys = new EscapeWatcher;
    }
    catch (const css::uno::Exception&)
    {
        // No toolkit: the run checks the files without yielding.
    }
    attach(frame);
}

BatchProgress::~BatchProgress()
{
    detach();
}

void BatchProgress::attach(const css::uno::Reference<css::frame::XFrame>& frame)
{
    try
    {
        css::uno::Reference<css::task::XStatusIndicatorFactory> factory(frame, css::uno::UNO_QUERY);
        if (factory.is())
            m_indicator = factory->createStatusIndicator();
        if (m_indicator.is())
        {
            m_indicator->start(uno::fromUtf8(batchSheetText(m_language, "progress.writing")),
                               sal_Int32(m_total + 1));
            m_indicator->setValue(sal_Int32(m_index));
        }
        css::uno::Reference<css::awt::XUserInputInterception> input(frame->getController(),
                                                                    css::uno::UNO_QUERY);
        if (input.is() && m_keys.is())
        {
            input->addKeyHandler(m_keys);
            m_controller = input;
        }
    }
    catch (const css::uno::Exception&)
    {
        // Progress is a courtesy: a frame without status bar or controller still checks.
    }
}

void BatchProgress::detach() noexcept
{
    try
    {
        if (m_indicator.is())
            m_indicator->end();
        if (css::uno::Reference<css::awt::XUserInputInterception> input{m_controller,
                                                                        css::uno::UNO_QUERY};
            input.is())
            input->removeKeyHandler(m_keys);
    }
    catch (...)
    {
        // The frame may be closing: nothing left to clear.
    }
    m_indicator.clear();
    m_controller.clear();
}

void BatchProgress::follow(const css::uno::Reference<css::frame::XFrame>& frame)
{
    if (!m_keys.is() || !frame.is())
        return; // a run without UI stays without
    detach();
    attach(frame);
}

bool BatchProgress::next(std::size_t index, const std::string& fileName)
{
    m_index = index;
    if (m_reschedule.is())
        letOfficeBreathe(m_reschedule); // repaint, and deliver an Escape pressed meanwhile
    if (m_stopAsked && m_stopAsked(index))
        return false;
    if (m_keys.is() && static_cast<EscapeWatcher*>(m_keys.get())->pressed)
        return false;
    if (m_indicator.is())
    {
        m_indicator->setText(uno::fromUtf8(batchSheetText(m_language, "progress.file",
                                                          {{"index", std::to_string(index + 1)},
                                                           {"total", std::to_string(m_total)},
                                                           {"file", fileName}})));
        m_indicator->setValue(sal_Int32(index));
    }
    return true;
}

void BatchProgress::writing()
{
    if (!m_indicator.is())
        return;
    m_indicator->setText(uno::fromUtf8(batchSheetText(m_language, "progress.writing")));
    m_indicator->setValue(sal_Int32(m_total));
    if (m_reschedule.is())
        letOfficeBreathe(m_reschedule);
}

} // namespace parcalc::desk
