"""Colour arithmetic for readable highlights: WCAG contrast ratios, tints over a background.

Pure functions over (r, g, b) tuples of 0-255 ints, so they can be tested without Qt.
"""

from __future__ import annotations

RGB = tuple[int, int, int]

AA_TEXT = 4.5  # WCAG 2.1 AA, normal text
AA_NON_TEXT = 3.0  # WCAG 2.1 AA, user-interface marks (underlines, margin markers, borders)


def parse_hex(value: str) -> RGB:
    """ "#ffe066" or "ffe066" or "#fe6" → (255, 224, 102)."""
    digits = value.strip().lstrip("#")
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    if len(digits) != 6:
        raise ValueError(f"not a #rrggbb colour: {value!r}")
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def to_hex(rgb: RGB) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(rgb: RGB) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white)."""
    r, g, b = (_channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: RGB, second: RGB) -> float:
    """WCAG contrast ratio of two colours, 1 (same) to 21 (black on white); order does not matter."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def blend(top: RGB, bottom: RGB, alpha: float) -> RGB:
    """`top` painted at opacity `alpha` (0-1) over an opaque `bottom`."""
    a = min(1.0, max(0.0, alpha))
    return tuple(round(t * a + b * (1 - a)) for t, b in zip(top, bottom, strict=True))  # type: ignore[return-value]


def readable_tint(color: RGB, *, base: RGB, text: RGB, alpha: float, minimum: float = AA_TEXT) -> RGB:
    """`color` at opacity `alpha` over `base`, made fainter until `text` on it reaches `minimum`.

    With alpha 0 the tint is the base itself, so the result is readable whenever the palette's
    own text on base is (every palette Fieldnotes ships is).
    """
    steps = 20
    for step in range(steps, -1, -1):
        tint = blend(color, base, alpha * step / steps)
        if contrast_ratio(tint, text) >= minimum:
            return tint
    return base


def visible_mark(color: RGB, *, background: RGB, minimum: float = AA_NON_TEXT) -> RGB:
    """`color` darkened (on a light background) or lightened (on a dark one) until a line or a
    marker in it stands out from `background` by `minimum`."""
    target: RGB = (0, 0, 0) if luminance(background) > 0.18 else (255, 255, 255)
    for step in range(0, 21):
        mark = blend(target, color, step / 20)
        if contrast_ratio(mark, background) >= minimum:
            return mark
    return target
