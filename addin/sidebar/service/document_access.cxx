// Document helpers for the validation service.
#include "sidebar/service/document_access.hxx"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XUndoAction.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/weakref.hxx>

namespace parcalc::sidebar
{

using uno::fromUtf8;
using uno::toUtf8;

css::uno::Reference<css::sheet::XSpreadsheetDocument>
spreadsheetOf(const css::uno::Reference<css::frame::XModel>& model)
{
    css::uno::Reference<css::sheet::XSpreadsheetDocument> doc(model, css::uno::UNO_QUERY);
    if (!doc.is())
        throw css::lang::IllegalArgumentException("ParCalc: not a spreadsheet document", {}, 0);
    return doc;
}

bool isReadOnly(const css::uno::Reference<css::frame::XModel>& model)
{
    css::uno::Reference<css::frame::XStorable> storable(model, css::uno::UNO_QUERY);
    return storable.is() && storable->isReadonly();
}

namespace
{

css::uno::Reference<css::beans::XPropertyContainer>
userProperties(const css::uno::Reference<css::frame::XModel>& model)
{
    css::uno::Reference<css::document::XDocumentPropertiesSupplier> supplier(model,
                                                                             css::uno::UNO_QUERY);
    if (!supplier.is())
        return {};
    auto props = supplier->getDocumentProperties();
    return props.is() ? props->getUserDefinedProperties() : nullptr;
}

} // namespace

std::string userProperty(const css::uno::Reference<css::frame::XModel>& model, const char* name)
{
    auto container = userProperties(model);
    css::uno::Reference<css::beans::XPropertySet> set(container, css::uno::UNO_QUERY);
    if (!set.is())
        return {};
    const OUString key = OUString::createFromAscii(name);
    if (!set->getPropertySetInfo()->hasPropertyByName(key))
        return {};
    OUString value;
    set->getPropertyValue(key) >>= value;
    return toUtf8(value);
}

void setUserProperty(const css::uno::Reference<css::frame::XModel>& model, const char* name,
                     const std::string& value)
{
    auto container = userProperties(model);
    css::uno::Reference<css::beans::XPropertySet> set(container, css::uno::UNO_QUERY);
    if (!set.is())
        return;
    const OUString key = OUString::createFromAscii(name);
    const bool exists = set->getPropertySetInfo()->hasPropertyByName(key);
    if (value.empty())
    {
        if (exists)
            container->removeProperty(key);
        return;
    }
    if (exists)
        set->setPropertyValue(key, css::uno::Any(fromUtf8(value)));
    else
        container->addProperty(key, css::beans::PropertyAttribute::REMOVABLE,
                               css::uno::Any(fromUtf8(value)));
}

namespace
{

// Undo/redo of a user-defined property change, inside ParCalc's undo step.
class UserPropertyUndo : public cppu::WeakImplHelper1<css::document::XUndoAction>
{
public:
    UserPropertyUndo(const css::uno::Reference<css::frame::XModel>& model, const char* name,
                     std::string before, std::string after)
        : m_model(model), m_name(name), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    OUString SAL_CALL getTitle() override { return fromUtf8("ParCalc: " + m_name); }
    void SAL_CALL undo() override { set(m_before); }
    void SAL_CALL redo() override { set(m_after); }

private:
    void set(const std::string& value)
    {
        css::uno::Reference<css::frame::XModel> model(m_model);
        if (model.is())
            setUserProperty(model, m_name.c_str(), value);
    }

    css::uno::WeakReference<css::frame::XModel> m_model; // the undo stack lives in the model
    std::string m_name, m_before, m_after;
};

} // namespace

void setUserPropertyUndoable(const css::uno::Reference<css::frame::XModel>& model, const char* name,
                             const std::string& value)
{
    const std::string before = userProperty(model, name);
    if (before == value)
        return;
    setUserProperty(model, name, value);
    css::uno::Reference<css::document::XUndoManagerSupplier> supplier(model, css::uno::UNO_QUERY);
    auto undo = supplier.is() ? supplier->getUndoManager() : nullptr;
    if (undo.is() && !undo->isLocked()) // called inside an UndoContext: joins its step
        undo->addUndoAction(new UserPropertyUndo(model, name, before, value));
}

std::optional<SheetRef>
sheetByName(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
            const std::string& name)
{
    css::uno::Reference<css::container::XIndexAccess> sheets(doc->getSheets(),
                                                             css::uno::UNO_QUERY_THROW);
    const OUString wanted = fromUtf8(name);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i)
    {
        css::uno::Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(i),
                                                            css::uno::UNO_QUERY);
        css::uno::Reference<css::container::XNamed> named(sheet, css::uno::UNO_QUERY);
        if (named.is() && named->getName() == wanted)
            return SheetRef{sheet, sal_Int16(i)};
    }
    return std::nullopt;
}

css::uno::Reference<css::table::XCell> cellAt(const SheetRef& sheet, std::size_t row,
                                              std::size_t col)
{
    return sheet.sheet->getCellByPosition(sal_Int32(col), sal_Int32(row));
}

css::table::CellAddress addressOf(const SheetRef& sheet, std::size_t row, std::size_t col)
{
    return css::table::CellAddress(sheet.index, sal_Int32(col), sal_Int32(row));
}

UndoContext::UndoContext(const css::uno::Reference<css::frame::XModel>& model,
                         const std::string& title)
{
    css::uno::Reference<css::document::XUndoManagerSupplier> supplier(model, css::uno::UNO_QUERY);
    if (supplier.is())
        m_undo = supplier->getUndoManager();
    if (m_undo.is())
        m_undo->enterUndoContext(fromUtf8(title));
}

UndoContext::~UndoContext()
{
    try
    {
        if (m_undo.is())
            m_undo->leaveUndoContext();
    }
    catch (...)
    {
        // Leaving the context can only fail when the document went away meanwhile.
    }
}

ControllerLock::ControllerLock(const css::uno::Reference<css::frame::XModel>& model)
    : m_model(model)
{
    if (m_model.is())
        m_model->lockControllers();
}

ControllerLock::~ControllerLock()
{
    try
    {
        if (m_model.is())
            m_model->unlockControllers();
    }
    catch (...)
    {
    }
}

RowHeightLock::RowHeightLock(const css::uno::Reference<css::frame::XModel>& model)
    : m_props(model, css::uno::UNO_QUERY)
{
    try
    {
        if (m_props.is() && (m_props->getPropertyValue("IsAdjustHeightEnabled") >>= m_wasEnabled) &&
            m_wasEnabled)
            m_props->setPropertyValue("IsAdjustHeightEnabled", css::uno::Any(false));
    }
    catch (const css::uno::Exception&)
    {
        m_wasEnabled = false; // not a Calc model that has it: nothing to restore
    }
}

RowHeightLock::~RowHeightLock()
{
    try
    {
        if (m_wasEnabled)
            m_props->setPropertyValue("IsAdjustHeightEnabled", css::uno::Any(true));
    }
    catch (...)
    {
    }
}

} // namespace parcalc::sidebar
