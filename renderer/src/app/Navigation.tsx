import type { Route } from '../../../electron/shared/app-model';
import { NAV_AREAS } from './areas';
import { NavIcon } from './NavIcon';
import { hrefOf } from './useRoute';

/** The main navigation: one link per area, the current one marked for assistive technology. */
export function Navigation({ current }: { current: Route }) {
  return (
    <nav className="app-nav" aria-label="Main">
      <ul>
        {NAV_AREAS.map(({ route, label }) => (
          <li key={route}>
            <a
              className="nav-link"
              href={hrefOf({ area: route })}
              aria-current={route === current ? 'page' : undefined}
            >
              <NavIcon route={route} />
              <span>{label}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
