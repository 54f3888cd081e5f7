// document_load: loading one submitted file into an office, the one way the CLI's private
// office and the batch inside Calc both do it: hidden, read-only (so never locked), macros
// never run, links never followed, every question answered "abort" (a password or repair
// prompt is the reason the file is unreadable), the format by content (type detection),
// spreadsheets as bare models without frame or view.
#pragma once

#include "uno/load/load_problem.hxx"

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace parcalc::uno
{

// file:// URL of a local path (made absolute).
std::string fileUrl(const std::string& path);

// Loads `path` (an existing file) hidden, read-only unless `readOnly` is false, no macros,
// no links, no dialogs. Throws LoadError: PasswordProtected, Corrupt, OfficeDied (the
// bridge to the office was disposed) or Other with LibreOffice's message. The caller
// closes the document (closeDocument).
css::uno::Reference<css::lang::XComponent>
loadHidden(const css::uno::Reference<css::uno::XComponentContext>& context, const std::string& path,
           bool readOnly = true);

} // namespace parcalc::uno
