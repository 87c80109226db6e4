// The kit's tags in React 19's JSX (`<dyn-usage-summary theme="dark" />` in a .tsx), brought in by every
// `dyn-usage-kit/react…` entry; a React app that writes the tags without the wrappers adds
// `import type {} from 'dyn-usage-kit/react'`. Only these entries may name 'react': an app without
// React types would fail on the augmentation.
import type { HTMLAttributes, RefAttributes } from 'react';
import type { DynUsageKitElementClasses, DynUsageKitElements } from '../entries/element-props.js';

type ReactElements = {
  [Tag in keyof DynUsageKitElements]: HTMLAttributes<DynUsageKitElementClasses[Tag]> &
    RefAttributes<DynUsageKitElementClasses[Tag]> &
    DynUsageKitElements[Tag];
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React declares JSX as a namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- an augmentation adds by extending
    interface IntrinsicElements extends ReactElements {}
  }
}
