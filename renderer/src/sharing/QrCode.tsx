// Runs in: renderer.
//
// A QR code drawn as SVG squares from qrcode-generator's module matrix (no HTML strings, so
// nothing is injected into the page). The picture is a convenience for scanning from the
// screen; `label` gives screen-reader users the same information as text.
import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

export function QrCode({
  value,
  label,
  size = 200,
}: {
  readonly value: string;
  readonly label: string;
  readonly size?: number;
}) {
  const cells = useMemo(() => {
    const code = qrcode(0, 'M');
    code.addData(value, 'Byte');
    code.make();
    const count = code.getModuleCount();
    const dark: string[] = [];
    for (let row = 0; row < count; row += 1) {
      for (let col = 0; col < count; col += 1)
        if (code.isDark(row, col)) dark.push(`M${col + 4} ${row + 4}h1v1h-1z`);
    }
    return { count, path: dark.join('') };
  }, [value]);
  const box = cells.count + 8;
  return (
    <svg
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${box} ${box}`}
      shapeRendering="crispEdges"
      style={{ background: '#fff', display: 'block' }}
    >
      <path d={cells.path} fill="#000" />
    </svg>
  );
}
