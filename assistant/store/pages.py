"""Reading a database file page by page, for a damaged one SQLite itself gives up on.

SQLite stops at the first page it cannot make sense of: a file cut short or
with a garbled page in it cannot be read past that page, and one whose first
page is gone cannot be read at all. Yet most of its pages still hold what was
written. This module reads the bytes the way SQLite lays them out (its file
format, https://www.sqlite.org/fileformat2.html): the pages of each b-tree,
their cells, the overflow pages of long values and the records in them, and
gives back every record it can decode. It takes no number from the file on
trust: a page beyond the file, a cell outside its page, a record whose header
does not add up or an overflow chain that runs out is left out, and counted.
It only reads bytes already in memory; it never writes.

A write-ahead log's committed pages are laid over the file first
(:func:`with_wal`), as SQLite would on opening it.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass, field

MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
TABLE_LEAF, TABLE_INTERIOR, INDEX_LEAF, INDEX_INTERIOR = 13, 5, 10, 2
_KINDS = (TABLE_LEAF, TABLE_INTERIOR, INDEX_LEAF, INDEX_INTERIOR)
_PAGE_SIZES = tuple(1 << n for n in range(9, 17))
_WAL_MAGIC = (0x377F0682, 0x377F0683)
_WAL_HEADER, _FRAME_HEADER = 32, 24

Value = int | float | str | bytes | None


class UnreadableError(Exception):
    """A page, cell or record that does not hold together."""


@dataclass(frozen=True)
class Cell:
    """One record found: the page it is on, its rowid (None in an index) and its values."""

    page: int
    rowid: int | None
    values: tuple[Value, ...]


@dataclass
class PageFile:
    """A database file's bytes, read as pages of ``page_size`` (``reserved`` unused at each end).

    ``bad_cells`` counts the cells that could not be decoded, ``overflow_pages``
    the pages read as the continuation of a long value.
    """

    data: bytes
    page_size: int
    reserved: int = 0
    bad_cells: int = 0
    overflow_pages: set[int] = field(default_factory=set)

    @property
    def usable(self) -> int:
        return self.page_size - self.reserved

    @property
    def page_count(self) -> int:
        """How many whole pages the file holds."""
        return len(self.data) // self.page_size

    def page(self, number: int) -> bytes:
        if not 1 <= number <= self.page_count:
            raise UnreadableError(f"page {number} is not in the file")
        start = (number - 1) * self.page_size
        return self.data[start : start + self.page_size]

    def kind(self, number: int) -> int | None:
        """The b-tree page kind of page ``number``, or None if it is no b-tree page."""
        try:
            self._header(number)
        except UnreadableError:
            return None
        return self.page(number)[self._offset(number)]

    @staticmethod
    def _offset(number: int) -> int:
        return HEADER_SIZE if number == 1 else 0

    def _header(self, number: int) -> tuple[int, list[int], int]:
        """A b-tree page's kind, its cells' offsets, and its right-most child (interior)."""
        page = self.page(number)
        at = self._offset(number)
        kind = page[at]
        if kind not in _KINDS:
            raise UnreadableError(f"page {number} is no b-tree page")
        count, content = struct.unpack_from(">HH", page, at + 3)
        size = 8 if kind in (TABLE_LEAF, INDEX_LEAF) else 12
        right = struct.unpack_from(">I", page, at + 8)[0] if size == 12 else 0
        pointers_end = at + size + 2 * count
        content = content or 65536
        if pointers_end > self.usable or content > self.usable or content < pointers_end:
            raise UnreadableError(f"page {number} has a header that does not add up")
        offsets = list(struct.unpack_from(f">{count}H", page, at + size))
        if any(not pointers_end <= offset < self.usable for offset in offsets):
            raise UnreadableError(f"page {number} points outside itself")
        return kind, offsets, right

    def children(self, number: int) -> list[int]:
        """The pages an interior page points to (none for a leaf)."""
        kind, offsets, right = self._header(number)
        if kind not in (TABLE_INTERIOR, INDEX_INTERIOR):
            return []
        page = self.page(number)
        return [struct.unpack_from(">I", page, offset)[0] for offset in offsets] + [right]

    def cells(self, number: int) -> Iterator[Cell]:
        """Every record on a page that decodes; the others are counted in ``bad_cells``."""
        kind, offsets, _right = self._header(number)
        if kind == TABLE_INTERIOR:
            return  # only keys and child pages
        page = self.page(number)
        for offset in offsets:
            try:
                yield self._cell(number, page, kind, offset)
            except (UnreadableError, struct.error, UnicodeDecodeError, IndexError):
                self.bad_cells += 1

    def _cell(self, number: int, page: bytes, kind: int, at: int) -> Cell:
        if kind == INDEX_INTERIOR:
            at += 4  # the left child
        size, at = varint(page, at)
        rowid = None
        if kind == TABLE_LEAF:
            rowid, at = varint(page, at)
            rowid = rowid - (1 << 64) if rowid >= 1 << 63 else rowid
        local = self._local_size(size, table=kind == TABLE_LEAF)
        if at + local > self.usable:
            raise UnreadableError(f"a cell of page {number} runs past it")
        payload = page[at : at + local]
        if local < size:
            payload += self._overflow(page, at + local, size - local)
        return Cell(number, rowid, record(payload))

    def _local_size(self, size: int, *, table: bool) -> int:
        usable = self.usable
        most = usable - 35 if table else (usable - 12) * 64 // 255 - 23
        if size <= most:
            return size
        least = (usable - 12) * 32 // 255 - 23
        kept = least + (size - least) % (usable - 4)
        return kept if kept <= most else least

    def _overflow(self, page: bytes, at: int, wanted: int) -> bytes:
        if at + 4 > self.usable:
            raise UnreadableError("an overflow pointer runs past its page")
        next_page = struct.unpack_from(">I", page, at)[0]
        parts: list[bytes] = []
        seen: set[int] = set()
        while wanted > 0:
            if next_page in seen or not 1 <= next_page <= self.page_count:
                raise UnreadableError("a long value's overflow pages are lost")
            seen.add(next_page)
            content = self.page(next_page)
            part = content[4 : min(self.usable, 4 + wanted)]
            parts.append(part)
            wanted -= len(part)
            next_page = struct.unpack_from(">I", content, 0)[0]
        self.overflow_pages |= seen
        return b"".join(parts)

    def tree(self, root: int) -> tuple[list[int], int]:
        """The pages of the b-tree rooted at ``root`` that can be reached from it, and how
        many pages it points to cannot be read (cut off, or no b-tree page)."""
        reached: list[int] = []
        lost = 0
        seen: set[int] = set()
        waiting = [root]
        while waiting:
            number = waiting.pop()
            if number in seen:
                continue
            seen.add(number)
            try:
                waiting.extend(reversed(self.children(number)))
            except UnreadableError:
                lost += 1  # what it led to is looked for among the pages no tree leads to
                continue
            reached.append(number)
        return reached, lost

    def free_pages(self) -> set[int]:
        """The pages the file's free list names (as far as it can be followed)."""
        if len(self.data) < HEADER_SIZE or not self.data.startswith(MAGIC):
            return set()
        trunk = struct.unpack_from(">I", self.data, 32)[0]
        free: set[int] = set()
        while 1 <= trunk <= self.page_count and trunk not in free:
            free.add(trunk)
            content = self.page(trunk)
            count = min(struct.unpack_from(">I", content, 4)[0], (self.usable - 8) // 4)
            free.update(struct.unpack_from(f">{count}I", content, 8))
            trunk = struct.unpack_from(">I", content, 0)[0]
        return free


def varint(data: bytes, at: int) -> tuple[int, int]:
    """The variable-length integer at ``at``, and where the next thing begins."""
    value = 0
    for index in range(8):
        byte = data[at + index]
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + index + 1
    return (value << 8) | data[at + 8], at + 9


_WIDTHS = (0, 1, 2, 3, 4, 6, 8, 8, 0, 0)


def record(payload: bytes) -> tuple[Value, ...]:
    """The values of a record, as SQLite stores a row: a header of types, then the values.

    Written for speed (a ten-year log has millions of records): a type below 128,
    as nearly all are, is its own byte, and text is the usual value.
    """
    end = len(payload)
    header_size, at = varint(payload, 0)
    if not at <= header_size <= end:
        raise UnreadableError("a record's header does not fit in it")
    types: list[int] = []
    while at < header_size:
        kind = payload[at]
        if kind < 0x80:
            at += 1
        else:
            kind, at = varint(payload, at)
        types.append(kind)
    if at != header_size:
        raise UnreadableError("a record's header runs into its values")
    values: list[Value] = []
    for kind in types:
        if kind >= 13 and kind % 2:
            width = (kind - 13) >> 1
            values.append(payload[at : at + width].decode("utf-8"))
        elif kind >= 12:
            width = (kind - 12) >> 1
            values.append(bytes(payload[at : at + width]))
        elif kind < 10:
            width = _WIDTHS[kind]
            values.append(_number(kind, payload[at : at + width]))
        else:
            raise UnreadableError(f"a record has a value of unknown type {kind}")
        at += width
        if at > end:
            raise UnreadableError("a record's values run past it")
    if at != end:
        raise UnreadableError("a record holds more than its header says")
    return tuple(values)


def _number(kind: int, chunk: bytes) -> int | float | None:
    if kind == 0:
        return None
    if kind in (8, 9):
        return kind - 8
    if kind == 7:
        value: float = struct.unpack(">d", chunk)[0]
        return value
    return int.from_bytes(chunk, "big", signed=True)


# -- the file's shape ------------------------------------------------------------------


def page_file(data: bytes) -> PageFile:
    """``data`` as pages, of the size its header says, or else of the likeliest size."""
    if data.startswith(MAGIC) and len(data) >= HEADER_SIZE:
        (size,) = struct.unpack_from(">H", data, 16)
        size = 65536 if size == 1 else size
        if size in _PAGE_SIZES:
            return PageFile(data, size, data[20])
    return PageFile(data, _likeliest_page_size(data))


def _likeliest_page_size(data: bytes) -> int:
    """The page size under which most pages read as b-tree pages filled to their end.

    SQLite fills a page's cells from its end backwards, so a page read at its
    own size has a cell ending right at the end; read at twice the size it has
    none, and at half the size its cells point past it.
    """

    def fit(size: int) -> float:
        pages = PageFile(data, size)
        sample = range(2, min(pages.page_count, 400) + 1)
        filled = 0
        for number in sample:
            try:
                kind, offsets, _right = pages._header(number)
            except UnreadableError:
                continue
            page = pages.page(number)
            if offsets and any(_cell_end(pages, page, kind, o) == size for o in offsets):
                filled += 1
        return filled / max(len(sample), 1)

    return max(_PAGE_SIZES, key=fit)


def _cell_end(pages: PageFile, page: bytes, kind: int, at: int) -> int:
    try:
        if kind in (TABLE_INTERIOR, INDEX_INTERIOR):
            at += 4
            if kind == TABLE_INTERIOR:
                return varint(page, at)[1]
        size, at = varint(page, at)
        if kind == TABLE_LEAF:
            at = varint(page, at)[1]
        local = pages._local_size(size, table=kind == TABLE_LEAF)
        return at + local + (4 if local < size else 0)
    except IndexError:
        return -1


def header_page_count(data: bytes) -> int | None:
    """How many pages the file's header says it has, where the header can be believed."""
    if len(data) < HEADER_SIZE or not data.startswith(MAGIC):
        return None
    changes, pages = struct.unpack_from(">II", data, 24)
    (valid_for,) = struct.unpack_from(">I", data, 92)
    return pages if pages and changes == valid_for else None


def user_version(data: bytes) -> int | None:
    """The schema version the header holds, where there is a header."""
    if len(data) < HEADER_SIZE or not data.startswith(MAGIC):
        return None
    return int(struct.unpack_from(">i", data, 60)[0])


def with_wal(data: bytes, wal: bytes) -> tuple[bytes, bool]:
    """The file as SQLite would read it with its write-ahead log: every committed page laid over.

    Returns the pages and whether the log could be read (a torn last
    transaction is no fault: it was never committed). Frames count up to the
    last commit whose checksums and salts hold, as in SQLite's own recovery.
    """
    if len(wal) < _WAL_HEADER:
        return data, not wal
    magic, _version, size, _sequence, salt1, salt2 = struct.unpack_from(">6I", wal, 0)
    if magic not in _WAL_MAGIC or (size not in _PAGE_SIZES and size != 1):
        return data, False
    size = 65536 if size == 1 else size
    order = ">" if magic & 1 else "<"
    sums = _checksum(wal[:24], 0, 0, order)
    if sums != struct.unpack_from(">2I", wal, 24):
        return data, False
    image = bytearray(data)
    pending: list[tuple[int, bytes]] = []
    at = _WAL_HEADER
    while at + _FRAME_HEADER + size <= len(wal):
        number, commit, frame_salt1, frame_salt2 = struct.unpack_from(">4I", wal, at)
        content = wal[at + _FRAME_HEADER : at + _FRAME_HEADER + size]
        sums = _checksum(content, *_checksum(wal[at : at + 8], *sums, order), order)
        if (frame_salt1, frame_salt2) != (salt1, salt2) or sums != struct.unpack_from(
            ">2I", wal, at + 16
        ):
            break
        pending.append((number, content))
        if commit:
            for page, page_content in pending:
                start = (page - 1) * size
                if len(image) < start:
                    image.extend(bytes(start - len(image)))
                image[start : start + size] = page_content
            del image[commit * size :]
            pending.clear()
        at += _FRAME_HEADER + size
    return bytes(image), True


def _checksum(data: bytes, first: int, second: int, order: str) -> tuple[int, int]:
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    for index in range(0, len(words), 2):
        first = (first + words[index] + second) & 0xFFFFFFFF
        second = (second + words[index + 1] + first) & 0xFFFFFFFF
    return first, second
