// The office UI language, read from the configuration (org.openoffice.Setup/L10N/ooLocale,
// which the office sets at start-up to the UI language in use); English when unknown.
#pragma once

#include "sidebar/model/ui_strings.hxx"

#include <com/sun/star/uno/XComponentContext.hpp>

namespace parcalc::sidebar
{

Language officeUiLanguage(const css::uno::Reference<css::uno::XComponentContext>& context);

} // namespace parcalc::sidebar
