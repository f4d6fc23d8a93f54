// The tags are registered before the app mounts, so Vue sees `org` on the element and binds
// :org as a property (an object), not as an attribute ("[object Object]").
import 'rolekit/elements/define';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
