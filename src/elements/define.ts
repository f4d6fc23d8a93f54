/** `import 'rolekit/elements/define'`: registers the rolekit tags (see defineRolekitElements). */
import { defineRolekitElements } from './index';

defineRolekitElements();
