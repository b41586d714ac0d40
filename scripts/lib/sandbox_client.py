"""The local sandbox server for the benchmark scripts (bench-token.sh, bench-startup.sh): starts it
on a loopback port, asks it for sessions through its admin API, counts the refreshes it answered,
and writes a credentials file for a session the way the client does (SPEC §3, atomic replace)."""
import json
import os
import subprocess
import sys
import time
import urllib.request
from datetime import datetime, timedelta, timezone

_opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback, never a proxy


def fail(script, message):
    print(f"{script}: {message}", file=sys.stderr)
    sys.exit(1)


def iso(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


class Sandbox:
    def __init__(self, java, sandbox_jar, work, script):
        port_file = os.path.join(work, "sandbox.port")
        self.log = open(os.path.join(work, "sandbox.log"), "w")
        self.proc = subprocess.Popen([java, "-jar", sandbox_jar, "--port", "0", "--port-file", port_file],
                                     stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while not (os.path.exists(port_file) and open(port_file).read().strip()):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                fail(script, "the sandbox did not start; see its log")
            time.sleep(0.05)
        self.url = "http://127.0.0.1:" + open(port_file).read().strip()

    def admin(self, method, path, query=""):
        request = urllib.request.Request(self.url + "/__sandbox/" + path + query, method=method,
                                         data=b"" if method == "POST" else None)
        with _opener.open(request, timeout=10) as answer:
            return json.load(answer)

    def new_session(self):
        return self.admin("POST", "session")

    def refreshes(self):
        journal = self.admin("GET", "journal", "?path=/oauth/token")
        return sum(1 for r in journal["requests"] if r["form"].get("grant_type") == ["refresh_token"])

    def close(self):
        self.proc.terminate()
        self.proc.wait(timeout=10)
        self.log.close()


def write_credentials(home, url, session, access_expires_at):
    os.makedirs(home, mode=0o700, exist_ok=True)
    refresh_expiry = session.get("refresh_expires_at")
    text = f"""schema_version = 1

[server]
url = "{url}"

[tokens]
access = "{session['access_token']}"
refresh = "{session['refresh_token']}"
access_expires_at = "{iso(access_expires_at)}"
{f'refresh_expires_at = "{refresh_expiry}"' if refresh_expiry else ''}
scope = "{session['scope']}"

[session]
id = "{session['session_id']}"
generation = {session['generation']}
auth_method = "device_code"
issued_at = "{session['issued_at']}"
last_used_at = "{session['issued_at']}"

[user]
id = "u_bench"
email = "{session['email']}"
name = "Bench"
"""
    replace_credentials(home, text)


def replace_credentials(home, text):
    """Atomic replace with a 0600 temp file, as the client itself writes."""
    temp = os.path.join(home, ".bench-credentials.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as out:
        out.write(text)
    os.replace(temp, os.path.join(home, "credentials"))


def expire_access(home, script):
    """Moves access_expires_at a minute into the past; the (rotated) refresh token stays valid."""
    path = os.path.join(home, "credentials")
    past = iso(datetime.now(timezone.utc) - timedelta(minutes=1))
    lines = open(path).read().splitlines(keepends=True)
    changed = [f'access_expires_at = "{past}"\n' if l.startswith("access_expires_at") else l for l in lines]
    if changed == lines:
        fail(script, "no access_expires_at line in the credentials the client wrote")
    replace_credentials(home, "".join(changed))
