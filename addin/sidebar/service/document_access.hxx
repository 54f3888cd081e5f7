// Small UNO helpers on a Calc document for the validation service: user-defined
// properties, read-only state, sheets and cells by name, and the RAII guards
// that make one action one undo step (UndoContext) without repainting between
// its changes (ControllerLock).
#pragma once

#include "uno/base/ustrings.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/table/XCell.hpp>

#include <optional>
#include <string>

namespace parcalc::sidebar
{

// The document as a spreadsheet; IllegalArgumentException when it is not one.
css::uno::Reference<css::sheet::XSpreadsheetDocument>
spreadsheetOf(const css::uno::Reference<css::frame::XModel>& model);

bool isReadOnly(const css::uno::Reference<css::frame::XModel>& model);

// A string user-defined property ("" when missing). Setting "" removes it.
std::string userProperty(const css::uno::Reference<css::frame::XModel>& model, const char* name);
void setUserProperty(const css::uno::Reference<css::frame::XModel>& model, const char* name,
                     const std::string& value);

// setUserProperty as part of the open undo context (UndoContext): Calc's undo does not cover
// document properties, so without this, undoing marks would leave their record behind (and
// a stored document would differ from the original by it); redo sets it again.
void setUserPropertyUndoable(const css::uno::Reference<css::frame::XModel>& model, const char* name,
                             const std::string& value);

struct SheetRef
{
    css::uno::Reference<css::sheet::XSpreadsheet> sheet;
    sal_Int16 index = 0;
};

std::optional<SheetRef>
sheetByName(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
            const std::string& name);

// The cell at a 0-based position, with its address.
css::uno::Reference<css::table::XCell> cellAt(const SheetRef& sheet, std::size_t row,
                                              std::size_t col);
css::table::CellAddress addressOf(const SheetRef& sheet, std::size_t row, std::size_t col);

// One undo step for everything done while it lives (also when an exception leaves early).
class UndoContext
{
public:
    UndoContext(const css::uno::Reference<css::frame::XModel>& model, const std::string& title);
    ~UndoContext();
    UndoContext(const UndoContext&) = delete;
    UndoContext& operator=(const UndoContext&) = delete;

private:
    css::uno::Reference<css::document::XUndoManager> m_undo;
};

// No repaint of the document's views while it lives.
class ControllerLock
{
public:
    explicit ControllerLock(const css::uno::Reference<css::frame::XModel>& model);
    ~ControllerLock();
    ControllerLock(const ControllerLock&) = delete;
    ControllerLock& operator=(const ControllerLock&) = delete;

private:
    css::uno::Reference<css::frame::XModel> m_model;
};

// Keeps Calc from recomputing "optimal" row heights while it lives: a colour or a comment
// never needs another height, but any attribute change makes Calc lay out its rows again,
// and rows whose stored height is not what this Calc computes would change height (the
// document would differ after a mark and its undo).
class RowHeightLock
{
public:
    explicit RowHeightLock(const css::uno::Reference<css::frame::XModel>& model);
    ~RowHeightLock();
    RowHeightLock(const RowHeightLock&) = delete;
    RowHeightLock& operator=(const RowHeightLock&) = delete;

private:
    css::uno::Reference<css::beans::XPropertySet> m_props;
    bool m_wasEnabled = false;
};

} // namespace parcalc::sidebar
