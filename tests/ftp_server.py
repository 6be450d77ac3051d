#!/usr/bin/python3
"""An FTP server for the publish tests (Debian's python3-pyftpdlib).

Usage: ftp_server.py ROOT PORT

Users: editor / s3cret (may write), reader / s3cret (may only read).
Prints "ready" once it listens; stops on SIGTERM. (FTP over TLS is tested
with vsftpd: pyftpdlib 1.5.7 drops TLS data connections whose handshake
starts before the transfer command, as libcurl's do.)
"""
import signal
import sys

from pyftpdlib.authorizers import DummyAuthorizer
from pyftpdlib.handlers import FTPHandler
from pyftpdlib.servers import FTPServer


def main():
    root, port = sys.argv[1], int(sys.argv[2])
    authorizer = DummyAuthorizer()
    authorizer.add_user("editor", "s3cret", root, perm="elradfmwMT")
    authorizer.add_user("reader", "s3cret", root, perm="elr")
    handler = FTPHandler
    handler.authorizer = authorizer
    handler.banner = "nastavnik test server"
    server = FTPServer(("127.0.0.1", port), handler)
    signal.signal(signal.SIGTERM, lambda *_: server.close_all())
    print("ready", flush=True)
    server.serve_forever(handle_exit=False)


if __name__ == "__main__":
    main()
