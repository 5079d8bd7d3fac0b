/**
 * The table alternative of the age pyramid: headcount by single year of age, women and
 * men, in the base and the target year.
 */
import { NO_PROFILE, pyramidTitle } from './age-pyramid.tsx';
import type { AgePyramidProps } from './age-pyramid.tsx';
import { useFormats } from './formats-context.ts';
import './charts.css';

/** Headcount by age and sex, base and target year, exactly as drawn. */
export function AgeTable({ name, profile }: AgePyramidProps) {
  const f = useFormats();
  if (!profile) return <p className="hwf-note">{f.t(NO_PROFILE)}</p>;
  const { base, target, minAge } = profile;
  const baseYear = f.year(profile.baseYear);
  const targetYear = f.year(profile.targetYear);
  return (
    <div className="hwf-chart-table hwf-table-scroll">
      <table>
        <caption>
          {f.t('charts.pyramid.caption', { title: pyramidTitle(name, profile, f) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{f.t('charts.pyramid.age')}</th>
            <th scope="col">{f.t('charts.pyramid.womenIn', { year: baseYear })}</th>
            <th scope="col">{f.t('charts.pyramid.womenMedian', { year: targetYear })}</th>
            <th scope="col">{f.t('charts.pyramid.menIn', { year: baseYear })}</th>
            <th scope="col">{f.t('charts.pyramid.menMedian', { year: targetYear })}</th>
          </tr>
        </thead>
        <tbody>
          {base.female.map((_, i) => (
            <tr key={i}>
              <th scope="row">{minAge + i}</th>
              <td>{f.count(base.female[i])}</td>
              <td>{f.count(target.female[i])}</td>
              <td>{f.count(base.male[i])}</td>
              <td>{f.count(target.male[i])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
