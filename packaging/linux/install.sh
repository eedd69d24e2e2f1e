#!/bin/sh
# Installs okrdesk for the current user (no root needed) from the unpacked tarball this script sits in:
# the bundle, a command in ~/.local/bin, the menu entry, the icons, the AppStream data and the .okr file
# type, so that a double-click on a workspace opens okrdesk. `./install.sh --uninstall` takes it all back.
set -eu

APP_ID=org.okrdesk.okrdesk
MIME_TYPE=application/x-okrdesk-workspace

usage() {
    if [ "$(basename -- "$0")" = uninstall.sh ]; then
        say "Usage: $0 [--help]"
        say "Removes okrdesk: the program, the command, the menu entry, the icons and the .okr file type."
        say "Your .okr workspaces and their backups are not touched."
        return
    fi
    cat <<EOF
Usage: ./install.sh [--uninstall | --help]
(installed, the same script is $app_dir/uninstall.sh, which uninstalls)

Without options, installs okrdesk for you alone (no administrator rights needed):
  the program        in ${data_home}/okrdesk/app
  the command        ${bin_dir}/okrdesk
  the menu entry, icons, AppStream data and the .okr file type in ${data_home}
and makes okrdesk the program that opens .okr workspaces. Running it again updates or repairs the install.

  --uninstall   remove everything the install added (your .okr workspaces are not touched)
  --help        show this text
EOF
}

say() { printf '%s\n' "$*"; }
fail() {
    case $(basename -- "$0") in
        uninstall.sh) printf 'uninstall.sh: %s\n' "$*" >&2 ;;
        *) printf 'install.sh: %s\n' "$*" >&2 ;;
    esac
    exit 1
}

# The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
case ${XDG_DATA_HOME:-} in
    /*) data_home=$XDG_DATA_HOME ;;
    *) data_home=$HOME/.local/share ;;
esac
case ${XDG_CONFIG_HOME:-} in
    /*) config_home=$XDG_CONFIG_HOME ;;
    *) config_home=$HOME/.config ;;
esac
# The desktop tools run below (xdg-mime, update-mime-database) must use the same folders as this script.
export XDG_DATA_HOME="$data_home" XDG_CONFIG_HOME="$config_home"
here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd -P)
app_root=$data_home/okrdesk
app_dir=$app_root/app
exe=$app_dir/okrdesk
bin_dir=$HOME/.local/bin
link=$bin_dir/okrdesk
desktop_file=$data_home/applications/$APP_ID.desktop
metainfo_file=$data_home/metainfo/$APP_ID.metainfo.xml
mime_file=$data_home/mime/packages/$APP_ID.xml
icon_root=$data_home/icons/hicolor

# Runs a desktop database tool when it is installed; a failing refresh is reported but does not undo the
# install (the next login or the next run of the tool picks the files up).
refresh() {
    tool=$1
    command -v "$tool" >/dev/null 2>&1 || return 0
    if "$@" >/dev/null 2>&1; then
        return 0
    fi
    say "Note: '$*' did not succeed; the change shows up after the next login."
}

refresh_databases() {
    [ -d "$data_home/mime" ] && refresh update-mime-database "$data_home/mime"
    [ -d "$data_home/applications" ] && refresh update-desktop-database "$data_home/applications"
    [ -d "$icon_root" ] && refresh gtk-update-icon-cache -f -t "$icon_root"
    return 0
}

# Prints the installed executable as one Exec= argument: quoted and escaped as the Desktop Entry spec
# asks when the path has a space or another reserved character, then escaped again as a string value.
exec_argument() {
    case $1 in
        *[!A-Za-z0-9/._+,:@=-]*)
            quoted=$(printf '%s\n' "$1" | sed 's/[\\"`$]/\\&/g')
            set -- "\"$quoted\""
            ;;
    esac
    printf '%s\n' "$1" | sed -e 's/\\/\\\\/g' -e 's/%/%%/g'
}

# True when an okrdesk started from the installed program is running: the bundle reads its modules from its
# own files as it goes, so replacing or removing them under it would break it at the next menu it opens.
okrdesk_running() {
    for proc_exe in /proc/[0-9]*/exe; do
        [ "$(readlink -- "$proc_exe" 2>/dev/null)" = "$exe" ] && return 0
    done
    return 1
}

refuse_while_running() {
    okrdesk_running || return 0
    fail "okrdesk is running. Quit it (File > Quit) and run this again; nothing was changed."
}

# The system libraries the bundle's display plugin links and this computer lacks (it leaves the desktop's
# own libraries to the system); printed with the Debian/Ubuntu package to install.
report_missing_libraries() {
    command -v ldd >/dev/null 2>&1 || return 0
    internal=$app_dir/_internal
    plugin=$internal/PySide6/Qt/plugins/platforms/libqxcb.so
    [ -f "$plugin" ] || return 0
    missing=$(LD_LIBRARY_PATH="$internal:$internal/PySide6/Qt/lib" ldd "$plugin" 2>/dev/null \
        | sed -n 's/^[[:space:]]*\([^[:space:]]*\) => not found.*/\1/p' | sort -u)
    [ -n "$missing" ] || return 0
    say ""
    say "okrdesk cannot open its window yet: this computer lacks these system libraries:"
    packages=""
    for library in $missing; do
        # Debian names a library's package after its soname: libxcb-cursor.so.0 is in libxcb-cursor0,
        # libxkbcommon-x11.so.0 in libxkbcommon-x11-0 (a dash when the name ends in a digit), and
        # libglib-2.0.so.0 in libglib2.0-0.
        package=$(printf '%s\n' "$library" | tr '[:upper:]' '[:lower:]' \
            | sed -e 's/^\(lib[a-z]*\)-\([0-9][0-9]*\.[0-9.]*\)\.so/\1\2.so/' \
                -e 's/\([0-9]\)\.so\.\([0-9]*\).*/\1-\2/' -e 's/\.so\.\([0-9]*\).*/\1/')
        say "  $library"
        packages="$packages $package"
    done
    say "On Debian or Ubuntu, install them with:  sudo apt install$packages"
    say "(on other distributions, the packages that provide the files above), then start okrdesk."
}

# Copies a file so that a reader never sees it half-written: into a temporary file beside it, then mv.
put_file() {
    mkdir -p "$(dirname -- "$2")"
    cp "$1" "$2.tmp$$"
    chmod 644 "$2.tmp$$"
    mv -f "$2.tmp$$" "$2"
}

install_app() {
    unpack_again="unpack the whole download and run install.sh from the unpacked folder"
    [ -d "$here/okrdesk" ] && [ -x "$here/okrdesk/okrdesk" ] \
        || fail "cannot find the okrdesk program folder at $here/okrdesk, so $unpack_again."
    [ -d "$here/share" ] || fail "cannot find the share folder at $here/share, so $unpack_again."
    [ -f "$here/install.sh" ] || fail "cannot find install.sh in $here; $unpack_again."
    refuse_while_running

    # The new copy is made beside the old one and swapped in with two renames, so an interrupted or
    # failed copy never leaves a half-copied program at $app_dir (the old one keeps working meanwhile).
    mkdir -p "$app_root"
    staging=$(mktemp -d "$app_root/.app-new.XXXXXX")
    trap 'rm -rf "$staging"' EXIT
    trap 'exit 130' INT TERM
    cp -R -P -p "$here/okrdesk/." "$staging/"
    chmod 755 "$staging"
    if [ -e "$app_dir" ] || [ -L "$app_dir" ]; then
        old=$app_root/.app-old.$$
        mv "$app_dir" "$old"
        mv "$staging" "$app_dir"
        rm -rf "$old"
    else
        mv "$staging" "$app_dir"
    fi
    trap - EXIT INT TERM
    # A copy of this script goes with the program, so it can be removed after the download is deleted.
    cp "$here/install.sh" "$app_dir/uninstall.sh"
    chmod 755 "$app_dir/uninstall.sh"
    say "Installed the okrdesk program in $app_dir"

    mkdir -p "$bin_dir"
    command_added=false
    if { [ -e "$link" ] || [ -L "$link" ]; } && [ "$(readlink -- "$link" 2>/dev/null)" != "$exe" ]; then
        say "Left $link alone: it is another program's (not made by this script)."
        say "Start okrdesk from the applications menu or as $exe."
    else
        ln -sfn "$exe" "$link"
        command_added=true
        say "Added the command $link"
    fi

    exec_arg=$(exec_argument "$exe")
    try_exec=$(printf '%s\n' "$exe" | sed 's/\\/\\\\/g')
    mkdir -p "$data_home/applications"
    tmp_desktop=$desktop_file.tmp$$
    while IFS= read -r line || [ -n "$line" ]; do
        case $line in
            Exec=okrdesk*)
                printf 'Exec=%s%s\n' "$exec_arg" "${line#Exec=okrdesk}"
                printf 'TryExec=%s\n' "$try_exec"
                ;;
            TryExec=*) ;;
            *) printf '%s\n' "$line" ;;
        esac
    done <"$here/share/applications/$APP_ID.desktop" >"$tmp_desktop"
    chmod 644 "$tmp_desktop"
    mv -f "$tmp_desktop" "$desktop_file"
    say "Added okrdesk to the applications menu ($desktop_file)"

    for icon in "$here"/share/icons/hicolor/*/apps/"$APP_ID".*; do
        [ -f "$icon" ] || continue
        size_dir=$(basename -- "$(dirname -- "$(dirname -- "$icon")")")
        put_file "$icon" "$icon_root/$size_dir/apps/$(basename -- "$icon")"
    done
    say "Installed the okrdesk icons in $icon_root"

    put_file "$here/share/metainfo/$APP_ID.metainfo.xml" "$metainfo_file"
    put_file "$here/share/mime/packages/$APP_ID.xml" "$mime_file"
    say "Registered .okr files as okrdesk workspaces"

    refresh_databases
    if command -v xdg-mime >/dev/null 2>&1 && xdg-mime default "$APP_ID.desktop" "$MIME_TYPE" >/dev/null 2>&1
    then
        say "Made okrdesk the program that opens .okr files (a double-click opens them in okrdesk)"
    else
        say "Could not set okrdesk as the program for .okr files (xdg-mime is missing or failed);"
        say "choose it once with 'Open With' in your file manager."
    fi

    if $command_added; then
        case ":$PATH:" in
            *":$bin_dir:"*) say "$bin_dir is on your PATH: type 'okrdesk' in a terminal to start it." ;;
            *)
                say "$bin_dir is not on your PATH yet. Most systems add it when you next log in, now that it"
                say "exists; until then, start okrdesk from the applications menu."
                ;;
        esac
    fi
    report_missing_libraries
    say "To remove okrdesk again, run: \"$app_dir/uninstall.sh\""
}

uninstall_app() {
    refuse_while_running
    if [ -L "$link" ] && [ "$(readlink -- "$link")" = "$exe" ]; then
        rm -f "$link"
        say "Removed the command $link"
    fi
    # $app_root is also okrdesk's data folder (the default workspace and its backups live there), so
    # only the program inside it goes, and the folder itself only when nothing else is left in it.
    if [ -d "$app_root" ]; then
        rm -rf "$app_dir" "$app_root"/.app-new.* "$app_root"/.app-old.*
        say "Removed the okrdesk program from $app_dir"
        rmdir "$app_root" 2>/dev/null || say "Kept your okrdesk data in $app_root"
    fi
    rm -f "$desktop_file" "$metainfo_file" "$mime_file"
    rm -f "$icon_root"/*/apps/"$APP_ID".png "$icon_root"/*/apps/"$APP_ID".svg

    # Take back the "open .okr files with okrdesk" choice, and only that exact line.
    mimeapps=$config_home/mimeapps.list
    if [ -f "$mimeapps" ] && grep -Eq "^$MIME_TYPE=$APP_ID\\.desktop;?\$" "$mimeapps"; then
        grep -Ev "^$MIME_TYPE=$APP_ID\\.desktop;?\$" "$mimeapps" >"$mimeapps.tmp$$" || true
        mv -f "$mimeapps.tmp$$" "$mimeapps"
    fi
    refresh_databases
    say "Removed okrdesk's menu entry, icons, AppStream data and .okr file type. Your workspaces are untouched."
}

case ${1:-} in
    "")
        case $(basename -- "$0") in
            uninstall.sh) uninstall_app ;; # the copy kept with the installed program
            *) install_app ;;
        esac
        ;;
    --uninstall) uninstall_app ;;
    -h | --help) usage ;;
    *)
        printf 'install.sh: unknown option %s\n\n' "$1" >&2
        usage >&2
        exit 2
        ;;
esac
