"""Attachment storage of the sandbox: a folder next to the database file, seed images/documents, and a
small multipart/form-data parser (stdlib `email`, so the sandbox needs no python-multipart)."""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from email.parser import BytesParser
from email.policy import HTTP
from pathlib import Path

SEED_IMAGE = "seed-image.png"
SEED_PDF = "seed-invoice.pdf"
SEED_AUDIO = "seed-voice.ogg"


def files_dir(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".files")


def png_bytes(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A valid solid-colour PNG image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = b"\x00" + bytes(rgb) * width
    raw = zlib.compress(row * height)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def png_size(data: bytes) -> tuple[int, int] | None:
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return int(width), int(height)
    return None


def seed_file_bytes(name: str) -> bytes:
    """Contents of the files seeded attachments point at."""
    if name == SEED_IMAGE:
        return png_bytes(64, 48, (37, 211, 102))
    if name == SEED_PDF:
        return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                b"trailer<</Root 1 0 R>>\n%%EOF\n")
    return b"OggS" + bytes(60)


def write_seed_files(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name in (SEED_IMAGE, SEED_PDF, SEED_AUDIO):
        (folder / name).write_bytes(seed_file_bytes(name))


IMAGE_EXT = {"png", "jpg", "jpeg", "gif", "webp", "bmp"}
AUDIO_EXT = {"ogg", "mp3", "m4a", "wav", "opus", "aac"}
VIDEO_EXT = {"mp4", "mov", "webm", "3gp"}


def file_type_for(filename: str, mime: str) -> str:
    """Chatwoot's attachment file_type from the upload's content type (falling back to the name)."""
    ext = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    major = mime.split("/", 1)[0]
    if major == "image" or ext in IMAGE_EXT:
        return "image"
    if major == "audio" or ext in AUDIO_EXT:
        return "audio"
    if major == "video" or ext in VIDEO_EXT:
        return "video"
    return "file"


@dataclass(frozen=True)
class UploadedFile:
    filename: str
    content_type: str
    data: bytes


@dataclass
class FormData:
    fields: list[tuple[str, str]]
    files: list[UploadedFile]


def parse_multipart(content_type: str, body: bytes) -> FormData:
    """Parse a multipart/form-data body into text fields and file parts (repeated names are kept)."""
    message = BytesParser(policy=HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\nMIME-Version: 1.0\r\n\r\n" + body)
    form = FormData([], [])
    if not message.is_multipart():
        raise ValueError("not a multipart body")
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        filename = part.get_filename()
        payload = part.get_payload(decode=True) or b""
        if not isinstance(name, str):
            continue
        if filename is not None:
            form.files.append(UploadedFile(filename, part.get_content_type(), bytes(payload)))
        else:
            charset = part.get_content_charset() or "utf-8"
            form.fields.append((name, bytes(payload).decode(charset, errors="replace")))
    return form
