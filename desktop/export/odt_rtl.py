"""Right-to-left paragraph styles for pandoc's ODT output, whose writer ignores `dir=rtl`."""

from __future__ import annotations

import io
import zipfile

from desktop.export.summary_markdown import RTL_QUOTE_STYLE, RTL_TEXT_STYLE

_STYLE = (
    '<style:style style:name="{name}" style:display-name="{display}" style:family="paragraph" '
    'style:parent-style-name="{parent}"><style:paragraph-properties '
    'style:writing-mode="rl-tb" fo:text-align="start"/></style:style>'
)
_RTL_STYLES = _STYLE.format(name=RTL_QUOTE_STYLE, display="RTL Quote", parent="Quotations") + _STYLE.format(
    name=RTL_TEXT_STYLE, display="RTL Text", parent="Text_20_body"
)


def add_rtl_styles(odt: bytes) -> bytes:
    """The ODT package with the right-to-left paragraph styles defined in its styles.xml."""
    source = zipfile.ZipFile(io.BytesIO(odt))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "styles.xml":
                data = _with_styles(data.decode("utf-8")).encode("utf-8")
            # ODF requires `mimetype` first and stored uncompressed; infolist keeps the order.
            compression = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            target.writestr(info.filename, data, compress_type=compression)
    return out.getvalue()


def _with_styles(styles_xml: str) -> str:
    if "</office:styles>" not in styles_xml:
        raise ValueError("styles.xml: no <office:styles> element to add the RTL styles to")
    return styles_xml.replace("</office:styles>", _RTL_STYLES + "</office:styles>", 1)
