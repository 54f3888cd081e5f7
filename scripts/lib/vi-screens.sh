# Sourced by the screenshot scripts (scripts/install-screenshots, scripts/rulebook-screenshots):
# a throwaway profile under /tmp whose UI language is Vietnamese (libreoffice-l10n-vi), a
# private Xvfb screen ($screen, default 900x620), LibreOffice run as the unprivileged user nobody, and
#   as_user CMD…        run CMD as nobody on that screen, in that profile's home
#   shot NAME           the whole screen as docs/screenshots/NAME (8-bit palette)
#   wait_for_window RE  wait until a window title matches RE
#   click X Y SECONDS   a left click, then a pause
#   key KEYS…           keys pressed (xdotool names), then a pause
# Needs $out (the screenshots folder) and $program (LibreOffice's program folder).
# The profile is first initialised (soffice --terminate_after_init); cleanup on EXIT.
work=$(mktemp -d /tmp/parcalc-shots.XXXXXX)
display=:$((90 + RANDOM % 100))
pids=()
cleanup() {
    local p
    for p in "${pids[@]}"; do kill -- -"$p" 2>/dev/null || kill "$p" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/profile/user" "$work/home"
# No "running version X for the first time" bar: the installed version is the last one seen.
last_version=$(dpkg-query -W -f='${Version}' libreoffice-core 2>/dev/null |
    sed 's/^[0-9]*://; s/^\([0-9]*\.[0-9]*\).*/\1/')
cat >"$work/profile/user/registrymodifications.xcu" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="UILocale" oor:op="fuse"><value>vi</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>vi</value></prop></item>
<item oor:path="/org.openoffice.Setup/Office"><prop oor:name="ooSetupInstCompleted" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="ShowTipOfTheDay" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse"><value>$last_version</value></prop></item>
</oor:items>
EOF
chown -R nobody:nogroup "$work"

Xvfb "$display" -screen 0 "${screen:-900x620}x24" -ac -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
sleep 1
as_user() {
    setpriv --reuid=nobody --regid=nogroup --clear-groups env -i HOME="$work/home" \
        PATH=/usr/bin:/bin DISPLAY="$display" LANG=vi_VN.UTF-8 SAL_USE_VCLPLUGIN=gen "$@"
}
profile=-env:UserInstallation=file://$work/profile
shot() { # NAME: the whole screen, 8-bit palette to keep it small
    import -display "$display" -window root -colors 128 "PNG8:$out/$1"
    echo "wrote docs/screenshots/$1 ($(stat -c %s "$out/$1") bytes)"
}
wait_for_window() { # TITLE-PATTERN
    local i
    for ((i = 0; i < 120; i++)); do
        xwininfo -display "$display" -root -tree 2>/dev/null | grep -q "$1" && return 0
        sleep 0.5
    done
    echo "no window matching '$1' appeared" >&2
    return 1
}
as_user timeout 120 "$program/soffice" --headless --terminate_after_init "$profile"
# No window manager: clicks at the positions these dialogs take on a 900x620 screen with
# LibreOffice 7.4 (the steps that made the committed pictures; check the PNGs after a run).
click() { DISPLAY=$display xdotool mousemove "$1" "$2" sleep 0.3 mousedown 1 sleep 0.2 mouseup 1; sleep "$3"; }
key() { DISPLAY=$display xdotool key --delay 120 "$@"; sleep 1; }
