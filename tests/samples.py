"""Small documents made in the tests themselves: an agreement in Markdown and a two-page PDF."""

from __future__ import annotations

AGREEMENT_MD = """# Överenskommelse mellan Testby kommun och den idéburna sektorn

Beslutsdatum: 2024-03-01

## Principen om dialog

Kommunen åtar sig att bjuda in föreningarna till dialog två gånger per år.

Den idéburna sektorn åtar sig att delta i dialogen och föra fram medlemmarnas synpunkter.

## Principen om öppenhet och insyn

Parterna åtar sig att vara öppna med hur de arbetar och vilka resultat de når.
""".encode()

# Two pages of one agreement: the kvalitet commitments are on page 2.
PDF_PAGES = (
    (
        (16, "Överenskommelse mellan Sidby kommun och idéburen sektor"),
        (11, ""),
        (14, "Principen om dialog"),
        (11, ""),
        (11, "Sidby kommun åtar sig att bjuda in föreningarna till dialog två gånger per år."),
        (11, "Föreningarna åtar sig att delta i dialogen och föra fram sina synpunkter."),
    ),
    (
        (14, "Principen om kvalitet"),
        (11, ""),
        (11, "Sidby kommun åtar sig att följa upp kvaliteten i verksamheten varje höst."),
        (11, "Den idéburna sektorn åtar sig att redovisa hur bidragen har använts."),
    ),
)


def tiny_pdf(pages=PDF_PAGES) -> bytes:
    """A minimal valid PDF with a text layer: per page, (font size, line) from the top down, in
    Helvetica with WinAnsiEncoding (so å, ä, ö are single bytes of cp1252)."""
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages)))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for i, lines in enumerate(pages):
        ops, y = ["BT"], 780
        for size, text in lines:
            y -= size + 6
            escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"/F1 {size} Tf 1 0 0 1 72 {y} Tm ({escaped}) Tj")
        ops.append("ET")
        stream = "\n".join(ops).encode("cp1252")
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
            f"/Contents {5 + 2 * i} 0 R >>".encode()
        )
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)
