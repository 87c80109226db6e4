// `dyn-usage-kit/vue` (types only): the kit's tags in Vue's GlobalComponents, so that vue-tsc and Volar
// check and complete their props in templates. Vue apps add `import type {} from 'dyn-usage-kit/vue'`
// once (or list it in tsconfig `types`); the elements are still registered by their own entries.
import type { DefineComponent } from 'vue';
import type { DynUsageKitElements } from './element-props.js';

type VueElements = { [Tag in keyof DynUsageKitElements]: DefineComponent<DynUsageKitElements[Tag]> };

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- an augmentation adds by extending
  interface GlobalComponents extends VueElements {}
}

export type { DynUsageKitElements };
