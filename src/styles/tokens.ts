import { css } from 'lit';

// One list for both ways into dark mode: the attribute and the OS setting.
const darkTokens = css`
  --_bg: var(--dyn-usage-background, #15191e);
  --_surface: var(--dyn-usage-surface, #1e242b);
  --_text: var(--dyn-usage-text, #e6edf3);
  --_muted: var(--dyn-usage-muted, #a1acb8);
  --_border: var(--dyn-usage-border, #3a434d);
  --_grid: var(--dyn-usage-grid, #2c343d);
  --_accent: var(--dyn-usage-accent, #6cb6ff);
  --_focus: var(--dyn-usage-focus, #6cb6ff);
  --_available: var(--dyn-usage-available-color, #6cb6ff);
  --_assigned: var(--dyn-usage-assigned-color, #c79bff);
  --_active: var(--dyn-usage-active-color, #57d38c);
  --_up: var(--dyn-usage-up-color, #57d38c);
  --_down: var(--dyn-usage-down-color, #ff8a80);
  --_error: var(--dyn-usage-error-color, #ff8a80);
  color-scheme: dark;
`;

/**
 * Design tokens. Every element reads its colours through `--dyn-usage-*` custom properties, so a host
 * page themes the whole kit from one place. Light by default; dark with `theme="dark"`, or under
 * `prefers-color-scheme: dark` unless `theme="light"` pins it. Series colours keep 3:1 against the
 * background (WCAG non-text contrast); text colours keep 4.5:1.
 */
export const tokenStyles = css`
  :host {
    --_font: var(
      --dyn-usage-font,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      sans-serif
    );
    --_bg: var(--dyn-usage-background, #ffffff);
    --_surface: var(--dyn-usage-surface, #f5f7f9);
    --_text: var(--dyn-usage-text, #1b1f24);
    --_muted: var(--dyn-usage-muted, #57606a);
    --_border: var(--dyn-usage-border, #d0d7de);
    --_grid: var(--dyn-usage-grid, #e3e8ee);
    --_accent: var(--dyn-usage-accent, #0b5cad);
    --_focus: var(--dyn-usage-focus, #0b5cad);
    --_available: var(--dyn-usage-available-color, #2c6bb5);
    --_assigned: var(--dyn-usage-assigned-color, #8a4fc7);
    --_active: var(--dyn-usage-active-color, #1d7f45);
    --_up: var(--dyn-usage-up-color, #1d7f45);
    --_down: var(--dyn-usage-down-color, #c0362c);
    --_error: var(--dyn-usage-error-color, #b42318);
    --_radius: var(--dyn-usage-radius, 8px);
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
  }
`;
