import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [
    vue({
      // The rolekit-* tags are custom elements, not Vue components: Vue leaves them to the
      // browser (and sets :org as a DOM property, since the element defines one).
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('rolekit-') } },
    }),
  ],
});
