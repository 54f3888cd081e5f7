// Adding and removing the ParCalc .oxt in the profile of a running
// OfficeSession, through the office's ExtensionManager. Works as root
// (unopkg refuses per-user installs as root) and never opens a dialog:
// the licence is accepted on the user's behalf, as `unopkg add -s` would.
#pragma once

#include "client/office_session.hxx"

#include <string>
#include <vector>

namespace parcalc::client
{

struct InstalledExtension
{
    std::string identifier;
    std::string version;
    std::string location; // file URL inside the profile
};

// Installs (or replaces) the extension; throws OfficeError with the office's reason.
void addExtension(const OfficeSession& office, const std::string& oxtPath);
// Makes `profileDir` a new throwaway profile with the .oxt installed, using a
// short-lived soffice: Calc lists add-in functions once per process, so the
// session that uses them must start after the install.
void prepareProfile(const std::string& profileDir, const std::string& oxtPath);
// Removes the extension by identifier; false if it was not installed.
bool removeExtension(const OfficeSession& office, const std::string& identifier);
// The user-installed extensions of the session's profile.
std::vector<InstalledExtension> userExtensions(const OfficeSession& office);

} // namespace parcalc::client
