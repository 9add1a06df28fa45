// The chain a path query returns, drawn left to right as plain SVG: one box per entity, one arrow per
// relationship, pointing the way the relationship is stored (person → event for PARTICIPATED_IN) and
// named on the arrow. The ordered list beside it holds the same steps as links.
export type PathEntity = { id: string; label: string; kind: string };
export type PathStep = { from: string; to: string; relationship: string; name: string };

const boxWidth = 170;
const gap = 110;
const height = 150;

export function PathGraph({ nodes, steps, label }: { nodes: PathEntity[]; steps: PathStep[]; label: string }) {
  const width = nodes.length * boxWidth + (nodes.length - 1) * gap + 20;
  const left = (i: number) => 10 + i * (boxWidth + gap);
  return (
    <figure class="pathgraph">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} style={{ maxWidth: `${width}px` }}>
        <defs>
          <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
            <path d="M0 0L10 5L0 10z" class="arrowhead" />
          </marker>
        </defs>
        {nodes.map((n, i) => (
          <g key={n.id} data-node={n.id}>
            <rect x={left(i)} y={45} width={boxWidth} height={60} rx={8} class={`pnode ${n.kind}`} />
            <text x={left(i) + 8} y={66} class="pkind">{n.kind}</text>
            <foreignObject x={left(i) + 6} y={70} width={boxWidth - 12} height={34}>
              <div class="plabel" lang="vi">{n.label}</div>
            </foreignObject>
          </g>
        ))}
        {steps.map((s, i) => {
          const forward = s.from === nodes[i]?.id;
          const x1 = left(i) + boxWidth + 4;
          const x2 = left(i + 1) - 4;
          return (
            <g key={i}>
              <line x1={forward ? x1 : x2} x2={forward ? x2 : x1} y1={75} y2={75} class="pedge" marker-end="url(#arrow)" />
              <text x={(x1 + x2) / 2} y={64} text-anchor="middle" class="prel">{s.relationship}</text>
              <text x={(x1 + x2) / 2} y={94} text-anchor="middle" class="prel-name">{s.name}</text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
