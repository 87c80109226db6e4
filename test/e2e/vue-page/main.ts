// Mounts the README's Vue example (App.vue, compiled as a Vue build would: see vue-snippet.test.ts).
import { createApp } from 'vue';
// @ts-expect-error: compiled by the test's esbuild plugin; there is no type for a .vue file here
import App from './App.vue';

createApp(App).mount('#app');
