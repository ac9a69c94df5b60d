"""An aiosmtpd handler for tests: keeps each message it receives as one JSON file.

Run by tests/support/smtp_sink.cpp as

    python3 -m aiosmtpd -n -l 127.0.0.1:PORT -c smtp_sink.JsonMaildir FOLDER

with this folder on PYTHONPATH. Each message is parsed here with Python's own email package (an
implementation independent of the POCO code that sent it), so the test sees what a mail client
would show: the envelope recipients, the To header and the subject decoded from RFC 2047 encoded
words, the plain-text body decoded from quoted-printable or base64 (with CRLF line ends shown as
LF), and the names of attachments.
The raw message is kept beside it for a person reading a failure.

Files are written to FOLDER/tmp and renamed into FOLDER/new, so a reader never sees half a file;
their names sort in the order the messages arrived.
"""

import email
import email.policy
import itertools
import json
import os


class JsonMaildir:
    def __init__(self, folder):
        self.folder = folder
        self.counter = itertools.count(1)
        os.makedirs(os.path.join(folder, "tmp"), exist_ok=True)
        os.makedirs(os.path.join(folder, "new"), exist_ok=True)

    @classmethod
    def from_cli(cls, parser, *args):
        if len(args) != 1:
            parser.error("smtp_sink.JsonMaildir needs one argument: the folder to write messages to")
        return cls(args[0])

    async def handle_DATA(self, server, session, envelope):
        raw = envelope.original_content or envelope.content
        if isinstance(raw, str):
            raw = raw.encode("utf-8", "surrogateescape")
        message = email.message_from_bytes(raw, policy=email.policy.default)
        body_part = message.get_body(preferencelist=("plain",))
        record = {
            "envelope_from": envelope.mail_from,
            "envelope_to": list(envelope.rcpt_tos),
            "to": str(message.get("To", "")),
            "from": str(message.get("From", "")),
            "subject": str(message.get("Subject", "")),
            "content_type": message.get_content_type(),
            # Line ends as a mail client shows them; the raw message keeps what was sent.
            "body": body_part.get_content().replace("\r\n", "\n") if body_part is not None else "",
            "attachments": [part.get_filename() or "" for part in message.iter_attachments()],
            "attachment_types": [part.get_content_type() for part in message.iter_attachments()],
        }
        name = "%06d" % next(self.counter)
        for suffix, content in ((".eml", raw), (".json", json.dumps(record).encode("utf-8"))):
            temporary = os.path.join(self.folder, "tmp", name + suffix)
            with open(temporary, "wb") as file:
                file.write(content)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, os.path.join(self.folder, "new", name + suffix))
        return "250 OK"
