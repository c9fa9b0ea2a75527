# lib.sh: the harness of the wizard's end-to-end tests (sourced, not run).
#
# Each test drives the real binary ($SIPTRIAGE) in a private tmux server
# (-S socket in the test's temporary folder, -f /dev/null), in a fixed 80x24
# window and a fixed environment, with HOME and XDG_STATE_HOME in a temporary
# folder.  It sends keys, then polls `capture-pane` until the expected text
# shows or a timeout passes: no bare sleeps.  Whole screens are compared with
# tests/tui/expected/NAME.screen; see tests/tui/README for refreshing them.
. "$top_srcdir/tests/tap.sh"

if ! command -v tmux >/dev/null 2>&1; then
	echo "1..0 # SKIP tmux is not installed"
	exit 0
fi

S=${SIPTRIAGE:?SIPTRIAGE must name the built binary}
KB=${SIPTRIAGE_KB:?SIPTRIAGE_KB must name the knowledge base}
EXPECTED=$top_srcdir/tests/tui/expected
W=$TAP_TMP
SOCK=$W/tmux.sock
SESSION=wiz
# Under `make check-valgrind`, SIPTRIAGE_WRAP is valgrind's command line: the
# wizard runs under it too ($WRAP), valgrind's reports go to files beside the
# test (not onto the pane, where they would garble the screens), `finish`
# fails the test on any of them, and each screen gets more time.
if [ -n "${SIPTRIAGE_WRAP:-}" ]; then
	# its program by its full path: some tests give the wizard a PATH of their own
	wrap_prog=${SIPTRIAGE_WRAP%% *}
	WRAP="$(command -v "$wrap_prog")${SIPTRIAGE_WRAP#"$wrap_prog"} --log-file=$W/wrap.%p.log"
	TUI_TIMEOUT=${TUI_TIMEOUT:-120}
else
	WRAP=
fi
# Seconds to wait for a screen before failing.
TUI_TIMEOUT=${TUI_TIMEOUT:-10}

tm() { tmux -S "$SOCK" -f /dev/null "$@"; }
trap 'tm kill-server >/dev/null 2>&1; rm -rf "$TAP_TMP"' EXIT

# start [VAR=VALUE...]: a new server and session running the wizard, in the
# fixed environment plus VAR=VALUE.  After the wizard exits the pane prints
# "EXIT:<status>" and the terminal modes, then waits.  SIPTRIAGE_ARGS (set
# for the call) gives the program arguments, START_WAIT the text to wait for.
start() {
	mkdir -p "$W/home/state" "$W/work"
	# The shell survives the Ctrl-C sent to the pane's process group (a trap
	# with a command, unlike an ignored signal, is not inherited by the
	# wizard) and reports the status and the terminal modes.
	cat >"$W/run.sh" <<EOS
trap : INT TERM HUP
cd "$W/work" || exit 1
env -i PATH="$PATH" TERM=\${TUI_TERM:-xterm-256color} LC_ALL=C.UTF-8 TZ=UTC ESCDELAY=25 \\
	HOME="$W/home" XDG_STATE_HOME="$W/home/state" SIPTRIAGE_KB="$KB" $* $WRAP "$S" ${SIPTRIAGE_ARGS:-}
echo "EXIT:\$?"
stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo)\$' | tr '\\n' ' '; echo
exec sleep 3600
EOS
	new_server "sh $W/run.sh"
	wait_for "${START_WAIT:-Which SIP response code}" ||
		diag "start: no first screen after ${TUI_TIMEOUT}s:" "$last"
}

# new_server CMD: a fresh server with one session running CMD.  A socket of
# its own for each server: under load the old server may still be shutting
# down, and a session started on its socket died with it (an empty pane for
# the rest of the walk).
new_server() {
	tm kill-server >/dev/null 2>&1
	tui_servers=$((${tui_servers:-0} + 1))
	SOCK=$W/tmux.$tui_servers.sock
	tm new-session -d -x 80 -y 24 -s "$SESSION" "$1"
}

# screen: the pane as text now.
screen() { tm capture-pane -p -t "$SESSION"; }

# keys KEY...: tmux key names (Enter, Escape, BSpace, Left, Up, Down, Tab,
# Space, F1, C-c) or literal text with -l.
keys() { tm send-keys -t "$SESSION" "$@"; }
type_text() { tm send-keys -t "$SESSION" -l "$1"; }

# wait_for TEXT: polls the pane until TEXT (fixed string) shows; returns 1
# after TUI_TIMEOUT seconds and keeps the last screen in $last.
wait_for() {
	deadline=$(($(date +%s) + TUI_TIMEOUT))
	while :; do
		last=$(screen)
		case $last in *"$1"*) return 0;; esac
		[ "$(date +%s)" -ge "$deadline" ] && return 1
		sleep 0.05
	done
}

# wait_gone TEXT: polls until TEXT is no longer on the pane.
wait_gone() {
	deadline=$(($(date +%s) + TUI_TIMEOUT))
	while :; do
		last=$(screen)
		case $last in *"$1"*) ;; *) return 0;; esac
		[ "$(date +%s)" -ge "$deadline" ] && return 1
		sleep 0.05
	done
}

# wait_joined TEXT: as wait_for, with the pane's line ends and blanks
# removed (for long messages the wizard wraps), TEXT without blanks.
wait_joined() {
	want=$(printf %s "$1" | tr -d ' \n')
	deadline=$(($(date +%s) + TUI_TIMEOUT))
	while :; do
		last=$(screen)
		case $(printf %s "$last" | tr -d ' \n') in *"$want"*) return 0;; esac
		[ "$(date +%s)" -ge "$deadline" ] && return 1
		sleep 0.05
	done
}
# shows_joined DESC TEXT: shows, for a message that may be wrapped.
shows_joined() {
	if wait_joined "$2"; then ok "$1"; else not_ok "$1"; diag "waited for: $2" "screen:" "$last"; fi
}

# shows DESC TEXT: a TAP result: TEXT shows on the pane in time.
shows() {
	if wait_for "$2"; then ok "$1"; else not_ok "$1"; diag "waited for: $2" "screen:" "$last"; fi
}
# lacks DESC TEXT: TEXT is not on the pane now.
lacks() {
	last=$(screen)
	case $last in *"$2"*) not_ok "$1"; diag "unwanted: $2" "screen:" "$last";; *) ok "$1";; esac
}

# same_screen DESC NAME: the pane equals expected/NAME.screen (after it
# settled).  With SIPTRIAGE_UPDATE_SCREENS=1 the file is rewritten instead.
same_screen() {
	# Let the screen settle: two equal captures in a row.
	prev=; deadline=$(($(date +%s) + TUI_TIMEOUT))
	while :; do
		cur=$(screen)
		[ "$cur" = "$prev" ] && break
		[ "$(date +%s)" -ge "$deadline" ] && break
		prev=$cur
		sleep 0.1
	done
	printf '%s\n' "$cur" >"$W/$2.screen"
	if [ "${SIPTRIAGE_UPDATE_SCREENS:-}" = 1 ]; then
		cp "$W/$2.screen" "$EXPECTED/$2.screen"
		ok "$1 # SKIP expected/$2.screen refreshed"
	elif diff -u "$EXPECTED/$2.screen" "$W/$2.screen" >"$W/diff" 2>&1; then
		ok "$1"
	else
		not_ok "$1"
		diag "screen differs from tests/tui/expected/$2.screen:" "$(cat "$W/diff")" \
		     "if the new screen is right, refresh it with:" \
		     "  SIPTRIAGE_UPDATE_SCREENS=1 make check TESTS='tests/tui/$(basename "$0")'"
	fi
}

# exited DESC STATUS: the wizard exited with STATUS and left the terminal
# restored: normal screen (alternate_on 0), icanon and echo on.
exited() {
	if ! wait_for "EXIT:"; then
		not_ok "$1: the wizard did not exit"; diag "$last"; return
	fi
	st=$(printf '%s\n' "$last" | sed -n 's/.*EXIT:\([0-9]*\).*/\1/p' | head -n 1)
	wait_for "icanon" >/dev/null
	# (only the two words: a key sent after the wizard had already left,
	# echoed by the shell's terminal, may stand before them)
	modes=$(printf "%s\n" "$last" | grep -oE -- "-?icanon -?echo" | head -n 1)
	alt=$(tm display-message -p -t "$SESSION" '#{alternate_on}')
	if [ "$st" = "$2" ] && [ "$alt" = 0 ] && [ "$modes" = "icanon echo" ]; then
		ok "$1 (exit $2, terminal restored)"
	else
		not_ok "$1"; diag "exit status $st (want $2), alternate_on $alt, modes '$modes'" "$last"
	fi
}

# wizard_pid: the wizard's process (the child of the pane's shell).
wizard_pid() {
	pp=$(tm display-message -p -t "$SESSION" '#{pane_pid}')
	ps -o pid= --ppid "$pp" | tr -d ' ' | head -n 1
}

# Walk helpers.  code_step CODE [TICKET [OPERATOR]]: fills the start screen
# and continues.
code_step() {
	type_text "$1"
	if [ -n "${2:-}" ]; then keys Tab; type_text "$2"; fi
	if [ -n "${3:-}" ]; then keys Tab; keys C-u; type_text "$3"; fi
	keys Enter
	wait_for "Who ended the call"
}
# pick TEXT: moves the highlight of a list screen to the item whose line
# contains TEXT (via the screen's search) and takes it.
pick() {
	keys /
	wait_for "Search:" >/dev/null
	type_text "$1"
	keys Enter
	wait_gone "Search:" >/dev/null
	keys Enter
}

# selected DESC TEXT: a TAP result: the highlighted line (the first that
# matches SELECTED_RE, '^ *> ' by default) comes to hold TEXT in time.  It
# polls: TEXT may be on the screen before the highlight reaches it.
selected() {
	deadline=$(($(date +%s) + TUI_TIMEOUT))
	while :; do
		last=$(screen)
		line=$(printf '%s\n' "$last" | grep -E "${SELECTED_RE:-^ *> }" | head -n 1)
		case $line in *"$2"*) ok "$1"; return;; esac
		[ "$(date +%s)" -ge "$deadline" ] && break
		sleep 0.05
	done
	not_ok "$1"
	diag "highlighted: $line" "$last"
}

# finish: as tap.sh's, and under valgrind ($WRAP) one more result: no report
# from any of the wizard's runs.
finish() {
	if [ -n "$WRAP" ]; then
		reports=$(find "$W" -maxdepth 1 -name 'wrap.*.log' -size +0c)
		if [ -z "$reports" ]; then
			ok "valgrind: no error or leak in the wizard's runs"
		else
			not_ok "valgrind: no error or leak in the wizard's runs"
			for f in $reports; do diag "$f:" "$(cat "$f")"; done
		fi
	fi
	echo "1..$tap_n"
	[ "$tap_failed" -eq 0 ]
}
