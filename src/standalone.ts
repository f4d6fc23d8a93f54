/**
 * dist/rolekit.standalone.js: React, ReactDOM, the components and their styles in one
 * file that registers the tags on load: `<script src=".../rolekit.standalone.js" defer>`.
 */
import { defineRolekitElements } from './elements';

defineRolekitElements();
