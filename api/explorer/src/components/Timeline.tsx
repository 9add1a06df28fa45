// A tenure timeline drawn as plain SVG, positioned with d3-scale's UTC time scale (and its ticks).
// A bar runs from the stated start (or the earliest attestation) to the stated end (or the latest);
// an end no source states is drawn open (dashed, running on past the last known date); every attested
// date is a dot; events are diamonds on a row of their own.
import { scaleUtc } from 'd3-scale';

export type TimelineRow = { key: string; label: string; from?: string | null; to?: string | null; attestedOn: string[] };
export type TimelineEvent = { key: string; label: string; date: string };

const width = 920;
const labelWidth = 300;
const rowHeight = 30;
const openLength = 36; // px an open end runs past the last known date
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function Timeline({ rows, events = [], label }: { rows: TimelineRow[]; events?: TimelineEvent[]; label: string }) {
  const dates = [
    ...rows.flatMap((r) => [r.from, r.to, ...r.attestedOn]),
    ...events.map((e) => e.date),
  ].filter((d): d is string => !!d).sort();
  if (dates.length === 0) return null;

  let start = day(dates[0]);
  let end = day(dates[dates.length - 1]);
  const spanYears = (end.getTime() - start.getTime()) / (365.25 * 864e5);
  const padDays = Math.max(120, spanYears * 365.25 * 0.08);
  start = new Date(start.getTime() - padDays * 864e5);
  end = new Date(end.getTime() + padDays * 864e5);
  const x = scaleUtc().domain([start, end]).range([labelWidth + openLength, width - openLength - 8]);
  const ticks = x.ticks(Math.min(8, Math.max(2, Math.round(spanYears) + 1)));
  const format = x.tickFormat();

  const eventRow = events.length ? 1 : 0;
  const height = (rows.length + eventRow) * rowHeight + 34;
  const axisY = height - 22;

  return (
    <figure class="timeline">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} preserveAspectRatio="xMinYMin meet">
        {ticks.map((tick) => (
          <g key={tick.toISOString()}>
            <line x1={x(tick)} x2={x(tick)} y1={4} y2={axisY} class="grid" />
            <text x={x(tick)} y={axisY + 16} class="tick" text-anchor="middle">{format(tick)}</text>
          </g>
        ))}
        {rows.map((row, i) => {
          const y = i * rowHeight + 18;
          const known = [row.from, row.to, ...row.attestedOn].filter((d): d is string => !!d).sort();
          const text = <text x={4} y={y + 4} class="row-label">{truncate(row.label, 44)}</text>;
          if (known.length === 0) return <g key={row.key}>{text}</g>;
          const a = x(day(row.from ?? known[0]));
          const b = x(day(row.to ?? known[known.length - 1]));
          return (
            <g key={row.key} data-row={row.key}>
              <title>{row.label}</title>
              {text}
              <line x1={a} x2={Math.max(b, a + 2)} y1={y} y2={y} class="bar" />
              {row.from ? <line x1={a} x2={a} y1={y - 7} y2={y + 7} class="cap" /> : <line x1={a - openLength} x2={a} y1={y} y2={y} class="open" />}
              {row.to ? <line x1={b} x2={b} y1={y - 7} y2={y + 7} class="cap" /> : <line x1={b} x2={b + openLength} y1={y} y2={y} class="open" />}
              {row.attestedOn.map((d) => <circle key={d} cx={x(day(d))} cy={y} r={5} class="attested"><title>{d}</title></circle>)}
            </g>
          );
        })}
        {eventRow ? (
          <g>
            <text x={4} y={rows.length * rowHeight + 22} class="row-label">◆</text>
            {events.map((e) => {
              const cx = x(day(e.date));
              const cy = rows.length * rowHeight + 18;
              return (
                <path key={e.key} d={`M${cx} ${cy - 7}L${cx + 7} ${cy}L${cx} ${cy + 7}L${cx - 7} ${cy}Z`} class="event-mark">
                  <title>{`${e.date} ${e.label}`}</title>
                </path>
              );
            })}
          </g>
        ) : null}
      </svg>
    </figure>
  );
}

function truncate(text: string, length: number) {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
