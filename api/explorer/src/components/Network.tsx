// A small network picture: the person in the middle, the bodies and events they share with others, and
// those others. Laid out by d3-force (run to rest before drawing, so the picture is steady and the same
// on every load: d3-force 3 seeds its own random source), drawn as plain SVG. The list beside it carries
// the same facts as links, for the keyboard and screen readers.
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import { navigate, entityHref } from '../router';

export type NetworkNode = { id: string; label: string; role: 'self' | 'person' | 'body' | 'event' };
export type NetworkLink = { source: string; target: string };

type Placed = NetworkNode & SimulationNodeDatum;

const width = 920;
const height = 460;

export function Network({ nodes, links, label }: { nodes: NetworkNode[]; links: NetworkLink[]; label: string }) {
  const placed: Placed[] = nodes.map((n) => ({ ...n }));
  const self = placed.find((n) => n.role === 'self');
  if (self) { self.fx = width / 2; self.fy = height / 2; }
  const simulation = forceSimulation<Placed>(placed)
    .force('link', forceLink<Placed, { source: string | Placed; target: string | Placed }>(links.map((l) => ({ ...l }))).id((n) => n.id).distance(70))
    .force('charge', forceManyBody().strength(-260))
    .force('collide', forceCollide(26))
    .force('center', forceCenter(width / 2, height / 2))
    .stop();
  simulation.tick(300);
  const at = new Map(placed.map((n) => [n.id, n]));
  const clamp = (v: number | undefined, max: number) => Math.max(20, Math.min(max - 20, v ?? 0));

  return (
    <figure class="network">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
        {links.map((l) => {
          const a = at.get(l.source)!;
          const b = at.get(l.target)!;
          return <line key={`${l.source}>${l.target}`} x1={clamp(a.x, width)} y1={clamp(a.y, height)} x2={clamp(b.x, width)} y2={clamp(b.y, height)} class="link" />;
        })}
        {placed.map((n) => {
          const cx = clamp(n.x, width);
          const cy = clamp(n.y, height);
          const shape = n.role === 'body' || n.role === 'event'
            ? <rect x={cx - 7} y={cy - 7} width={14} height={14} class={`node ${n.role}`} />
            : <circle cx={cx} cy={cy} r={n.role === 'self' ? 12 : 8} class={`node ${n.role}`} />;
          return (
            <g key={n.id} class="clickable" onClick={() => navigate(entityHref(n.id))}>
              <title>{n.label}</title>
              {shape}
              <text x={cx + 12} y={cy + 4} class={`node-label ${n.role}`}>{n.label.length > 28 ? `${n.label.slice(0, 27)}…` : n.label}</text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
