/** The 5 × 5 risk heat map: likelihood up, impact across, a count in each cell; a click filters the list. */
import { heatMapCounts, scoreBand } from '../../../../shared/record/heat-map.ts';
import type { Risk } from '../../../../shared/schema/program.ts';
import './heat-map.css';

export interface HeatCell {
  likelihood: number;
  impact: number;
}

const SCALE = [1, 2, 3, 4, 5];

export function HeatMap({
  risks,
  filter,
  onFilter,
}: {
  risks: readonly Risk[];
  filter: HeatCell | null;
  onFilter: (cell: HeatCell | null) => void;
}) {
  const counts = heatMapCounts(risks);
  return (
    <figure className="heat-map" aria-label="Risk heat map">
      <figcaption>
        <strong>Heat map</strong>{' '}
        <span className="muted small">likelihood × impact; closed risks are left out</span>
      </figcaption>
      <div className="heat-map__frame">
        <span className="heat-map__y">Likelihood →</span>
        <table className="heat-map__grid">
          <tbody>
            {[...SCALE].reverse().map((likelihood) => (
              <tr key={likelihood}>
                <th scope="row">{likelihood}</th>
                {SCALE.map((impact) => {
                  const n = counts[likelihood - 1]?.[impact - 1] ?? 0;
                  const active = filter?.likelihood === likelihood && filter.impact === impact;
                  return (
                    <td key={impact}>
                      <button
                        type="button"
                        className={`heat-cell heat-cell--${scoreBand(likelihood * impact)}${n ? '' : ' heat-cell--empty'}${active ? ' heat-cell--active' : ''}`}
                        aria-pressed={active}
                        aria-label={`Likelihood ${likelihood}, impact ${impact}: ${n} risk${n === 1 ? '' : 's'}`}
                        onClick={() => onFilter(active ? null : { likelihood, impact })}
                      >
                        {n || ''}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td />
              {SCALE.map((impact) => (
                <th key={impact} scope="col">
                  {impact}
                </th>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      <div className="heat-map__x">Impact →</div>
    </figure>
  );
}
