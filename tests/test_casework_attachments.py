"""Attachments kept inside the vault in chunks, and counsel with their wrapped signing keys."""

from __future__ import annotations

import hashlib
import io
import os
from typing import Any

import pytest
from casework_support import create_from, event_count, scenario
from sqlalchemy import func, select, text

from casework.attachments import (
    CHUNK_SIZE,
    AttachmentError,
    add_attachment,
    clean_name,
    iter_attachment,
    remove_attachment,
)
from casework.counsel import (
    SIGNING_KEY_PURPOSE,
    CounselError,
    add_counsel,
    find_counsel,
    set_certificate,
    signing_material,
)
from casework.matters import link_evidence
from models.audit import verify_chain
from models.entities import Attachment, AttachmentChunk

MIB = 1024 * 1024


class TrickleStream(io.RawIOBase):
    """A stream that hands out fewer bytes than asked, as pipes and sockets do."""

    def __init__(self, data: bytes, step: int) -> None:
        self._data, self._pos, self._step = data, 0, step

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        n = self._step if size < 0 else min(size, self._step)
        chunk = self._data[self._pos : self._pos + n]
        self._pos += len(chunk)
        return chunk


@pytest.fixture
def vault(vault_factory: Any) -> Any:
    v, _ = vault_factory()
    return v


def _chunks(session: Any, attachment_id: str) -> int:
    return int(
        session.execute(
            select(func.count())
            .select_from(AttachmentChunk)
            .where(AttachmentChunk.attachment_id == attachment_id)
        ).scalar_one()
    )


def test_large_attachment_round_trips_in_bounded_chunks(vault: Any) -> None:
    data = os.urandom(5 * MIB + 12_345)
    with vault.session() as session:
        matter = create_from(session, scenario("03"))
        att = add_attachment(
            session,
            matter.id,
            name="Secondment agreement (signed).pdf",
            stream=io.BytesIO(data),
            actor="c",
            media_type="application/pdf",
        )
        att_id, ref = att.id, matter.reference
        assert [a.id for a in matter.attachments] == [att_id]
    with vault.session() as session:
        att = session.get(Attachment, att_id)
        assert att is not None
        assert att.size == len(data)
        assert att.sha256 == hashlib.sha256(data).hexdigest()
        assert att.name == "Secondment agreement (signed).pdf"
        assert att.media_type == "application/pdf"
        chunks = list(iter_attachment(session, att_id))
        assert all(0 < len(c) <= CHUNK_SIZE <= MIB for c in chunks)
        assert len(chunks) == 6
        assert b"".join(chunks) == data
        assert verify_chain(session).ok
        assert ref


def test_short_reads_are_stored_whole(vault: Any) -> None:
    data = os.urandom(300_000)
    with vault.session() as session:
        matter = create_from(session, scenario("01"))
        att = add_attachment(
            session, matter.id, name="nda.pdf", stream=TrickleStream(data, 65_536), actor="c"
        )
        assert b"".join(iter_attachment(session, att.id)) == data
        assert att.size == len(data)


def test_empty_attachment(vault: Any) -> None:
    with vault.session() as session:
        matter = create_from(session, scenario("01"))
        att = add_attachment(session, matter.id, name="empty.txt", stream=io.BytesIO(), actor="c")
        assert att.size == 0 and att.sha256 == hashlib.sha256(b"").hexdigest()
        assert list(iter_attachment(session, att.id)) == []


def test_remove_deletes_chunks_and_evidence_links(vault: Any) -> None:
    with vault.session() as session:
        matter = create_from(session, scenario("02"))
        keep = add_attachment(
            session, matter.id, name="keep.pdf", stream=io.BytesIO(b"k" * 10), actor="c"
        )
        gone = add_attachment(
            session, matter.id, name="gone.pdf", stream=io.BytesIO(os.urandom(2 * MIB)), actor="c"
        )
        item = matter.checklist_items[0]
        link_evidence(session, item.id, gone.id, actor="c")
        link_evidence(session, item.id, keep.id, actor="c")
        link_evidence(session, item.id, gone.id, actor="c")  # twice: linked once
        assert item.evidence_attachment_ids == [gone.id, keep.id]
        assert _chunks(session, gone.id) == 2
        before = event_count(session)
        gone_id = gone.id
        remove_attachment(session, gone_id, actor="c")
        assert event_count(session) == before + 1
        assert [a.id for a in matter.attachments] == [keep.id]
        matter_id, item_id, keep_id = matter.id, item.id, keep.id
    with vault.session() as session:
        assert session.get(Attachment, gone_id) is None
        assert _chunks(session, gone_id) == 0
        assert list(iter_attachment(session, gone_id)) == []
        from models.entities import ChecklistItem

        item = session.get(ChecklistItem, item_id)
        assert item is not None and item.evidence_attachment_ids == [keep_id]
        assert b"".join(iter_attachment(session, keep_id)) == b"k" * 10
        assert verify_chain(session, matter_id).ok


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("C:\\Users\\lin\\Documents\\NDA 2026.pdf", "NDA 2026.pdf"),
        ("/home/lin/../../etc/passwd", "passwd"),
        ("../../approval.docx", "approval.docx"),
        ("  offer letter.pdf  ", "offer letter.pdf"),
        ("保密协议.pdf", "保密协议.pdf"),
    ],
)
def test_names_are_reduced_to_the_base_name(vault: Any, given: str, stored: str) -> None:
    assert clean_name(given) == stored
    with vault.session() as session:
        matter = create_from(session, scenario("01"))
        att = add_attachment(session, matter.id, name=given, stream=io.BytesIO(b"x"), actor="c")
        assert att.name == stored


@pytest.mark.parametrize(
    "bad", ["", "   ", ".", "..", "folder/", "a/..", "nul\x00.pdf", "tab\t.pdf"]
)
def test_bad_names_give_a_clear_error_and_store_nothing(vault: Any, bad: str) -> None:
    with vault.session() as session:
        matter = create_from(session, scenario("01"))
        before = event_count(session)
        with pytest.raises(AttachmentError, match="not a usable file name"):
            add_attachment(session, matter.id, name=bad, stream=io.BytesIO(b"x"), actor="c")
        assert event_count(session) == before
        assert session.execute(select(func.count()).select_from(Attachment)).scalar_one() == 0


def test_long_names_are_cut_to_255_characters() -> None:
    assert len(clean_name("a" * 300 + ".pdf")) == 255


def test_duplicate_counsel_refused(vault: Any) -> None:
    with vault.session() as session:
        add_counsel(session, name="Margaret Lin", title="General Counsel", actor="c")
        with pytest.raises(CounselError, match="already"):
            add_counsel(session, name="  Margaret Lin ", actor="c")
        with pytest.raises(CounselError, match="name"):
            add_counsel(session, name="   ", actor="c")
        assert find_counsel(session, "Margaret Lin").title == "General Counsel"


def test_certificate_key_is_stored_wrapped(vault: Any) -> None:
    from memos.pades import generate_self_signed

    key_pem, cert_pem = generate_self_signed("王律师", "Lanting Intelligence")
    with vault.session() as session:
        person = add_counsel(session, name="王律师", actor="c")
        assert signing_material(person, vault.subkey(SIGNING_KEY_PURPOSE)) is None
        set_certificate(
            session,
            person,
            key_pem=key_pem,
            cert_pem=cert_pem,
            wrapping_key=vault.subkey(SIGNING_KEY_PURPOSE),
            actor="c",
            passphrase="王律师的签名口令",
        )
        person_id = person.id
    with vault.session() as session:
        raw = session.execute(
            text("SELECT private_key_wrapped FROM counsel WHERE id = :id"), {"id": person_id}
        ).scalar_one()
        assert raw
        body = b"".join(key_pem.splitlines()[1:-1])
        assert key_pem not in raw and b"PRIVATE KEY" not in raw and body[:40] not in raw
        person = find_counsel(session, person_id)
        assert signing_material(
            person, vault.subkey(SIGNING_KEY_PURPOSE), "王律师的签名口令"
        ) == (key_pem, cert_pem)
        with pytest.raises(CounselError, match="cannot be opened"):
            signing_material(person, vault.subkey("some other purpose"))
        assert verify_chain(session).ok
