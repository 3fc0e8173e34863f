"""A real SMTP server (Debian's python3-aiosmtpd) for the refusal test.

It refuses for good (550, as a server does for an unknown mailbox) every recipient whose address
starts with "nobody", accepts the others, and keeps each mail it accepts as a file in the folder
given, one per recipient. Prints "ready" once it listens; stops when its standard input closes.
Usage: refusing_smtp_server.py PORT FOLDER
"""
import pathlib
import sys
import uuid

from aiosmtpd.controller import Controller


class RefusingHandler:
    def __init__(self, folder):
        self.folder = pathlib.Path(folder)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower().startswith("nobody"):
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        for _ in envelope.rcpt_tos:
            (self.folder / (uuid.uuid4().hex + ".eml")).write_bytes(envelope.original_content)
        return "250 Message accepted for delivery"


controller = Controller(RefusingHandler(sys.argv[2]), hostname="127.0.0.1", port=int(sys.argv[1]))
controller.start()
print("ready", flush=True)
try:
    sys.stdin.read()
finally:
    controller.stop()
