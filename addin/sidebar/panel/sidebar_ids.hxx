// Names shared by the code and the configuration: they must match
// registry/Sidebar.xcu, registry/Factories.xcu and registry/parcalc.components.in.
#pragma once

namespace parcalc::sidebar
{

// Sidebar.xcu: the deck and its panels. Open the deck with .uno:SidebarDeck.ParCalcDeck.
inline constexpr const char* kDeckId = "ParCalcDeck";
inline constexpr const char* kValidationPanelId = "ParCalcValidationPanel";
inline constexpr const char* kScorePanelId = "ParCalcScorePanel";

// Factories.xcu: private:resource/toolpanel/<factory>/<panel> is created by our factory.
inline constexpr const char* kFactoryName = "ParCalcSidebarFactory";
inline constexpr const char* kResourcePrefix = "private:resource/toolpanel/ParCalcSidebarFactory/";

// parcalc.components: implementations and services.
inline constexpr const char* kFactoryImplementation = "org.parcalc.SidebarFactoryImpl";
inline constexpr const char* kFactoryService = "org.parcalc.SidebarFactory";
inline constexpr const char* kValidatorImplementation = "org.parcalc.AppendixValidatorImpl";
inline constexpr const char* kValidatorService = "org.parcalc.AppendixValidator";

// Document user-defined properties.
inline constexpr const char* kRuleSetProperty = "ParCalcRuleSet"; // bundled id or file path
inline constexpr const char* kMarksProperty = "ParCalcMarks";     // mark_records JSON

// Test hook: forces the sidebar's language ("vi" or "en") over the office UI locale.
inline constexpr const char* kLanguageEnvironment = "PARCALC_UI_LANGUAGE";

} // namespace parcalc::sidebar
