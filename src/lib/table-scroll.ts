/**
 * Wrap every Markdown table in a focusable, labelled scroll container, so a wide table scrolls inside its own
 * box on a phone (WCAG 1.4.10 reflow) instead of widening the page. A hast plugin for Astro's default Markdown
 * and MDX processor (Sätteri): the Rust side hands over only `table` elements.
 */
import { defineHastPlugin } from 'satteri';

export const tableScroll = defineHastPlugin({
  name: 'table-scroll',
  element: {
    filter: ['table'],
    visit(node, context) {
      const parent = context.parent(node);
      const classes = parent.type === 'element' ? parent.properties?.className : undefined;
      if (Array.isArray(classes) && classes.includes('table-scroll')) return;
      context.wrapNode(node, {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: 'Table' },
        children: [],
      });
    },
  },
});
