#!/usr/bin/env python3
"""Renders resources/icons/partnerdesk.svg into the PNG sizes of the hicolor theme, the Windows
.ico and the macOS .icns. Run it after changing the SVG (needs rsvg-convert: apt install
librsvg2-bin); its outputs are committed, so builds need no image tools."""
import os, struct, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ICONS = os.path.join(ROOT, "resources", "icons")
SVG = os.path.join(ICONS, "partnerdesk.svg")
APP_ID = "org.partnerdesk.PartnerDesk"
SIZES = [16, 24, 32, 48, 64, 128, 256, 512]


def render(size):
    return subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), SVG],
                          check=True, capture_output=True).stdout


def main():
    png = {s: render(s) for s in SIZES}
    for s, data in png.items():
        d = os.path.join(ICONS, "hicolor", f"{s}x{s}", "apps")
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, APP_ID + ".png"), "wb") as f:
            f.write(data)
    # .ico: an ICONDIR and one PNG-compressed image per size (Vista and later read these).
    ico_sizes = [16, 24, 32, 48, 64, 128, 256]
    header = struct.pack("<HHH", 0, 1, len(ico_sizes))
    offset = len(header) + 16 * len(ico_sizes)
    entries, blobs = b"", b""
    for s in ico_sizes:
        data = png[s]
        entries += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    with open(os.path.join(ICONS, "partnerdesk.ico"), "wb") as f:
        f.write(header + entries + blobs)
    # .icns: 'icns', total length, then (type, length, PNG) per size.
    body = b""
    for kind, s in [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128),
                    (b"ic08", 256), (b"ic09", 512)]:
        body += kind + struct.pack(">I", 8 + len(png[s])) + png[s]
    with open(os.path.join(ICONS, "partnerdesk.icns"), "wb") as f:
        f.write(b"icns" + struct.pack(">I", 8 + len(body)) + body)
    print("icons written to", ICONS)


if __name__ == "__main__":
    sys.exit(main())
