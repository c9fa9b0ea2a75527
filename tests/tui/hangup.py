#!/usr/bin/env python3
"""hangup.py [WRAPPER...] PROGRAM: start PROGRAM (under WRAPPER, e.g. valgrind) on a pseudo-terminal that is not its
controlling terminal, so that closing the terminal sends no SIGHUP (as when
a multiplexer or an SSH session dies badly), then close the terminal.
Prints the exit status, or 'running' when the program is still alive
HANGUP_WAIT seconds (5 by default) later (then kills it).  Used by hangup.test."""
import os
import select
import signal
import sys
import time

argv = sys.argv[1:]
wait = float(os.environ.get("HANGUP_WAIT", "5"))
master, slave = os.openpty()
pid = os.fork()
if pid == 0:
    os.setsid()
    for fd in (0, 1, 2):
        os.dup2(slave, fd)
    os.close(master)
    os.close(slave)
    os.execvp(argv[0], argv)
os.close(slave)
# Let the wizard draw its first screen, reading what it writes.
deadline = time.time() + wait
seen = b""
while time.time() < deadline and b"SIP code" not in seen:
    r, _, _ = select.select([master], [], [], 0.2)
    if r:
        try:
            seen += os.read(master, 65536)
        except OSError:
            break
os.close(master)
for _ in range(int(wait * 10)):
    done, status = os.waitpid(pid, os.WNOHANG)
    if done:
        print(os.waitstatus_to_exitcode(status))
        sys.exit(0)
    time.sleep(0.1)
print("running")
os.kill(pid, signal.SIGKILL)
os.waitpid(pid, 0)
