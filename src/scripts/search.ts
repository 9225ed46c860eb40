/**
 * The search page's results: loads Pagefind's client (dist/pagefind/pagefind.js, written by the build) on
 * this page only, reads the query and filters from the form (and the URL, so /search/?q=… works from a
 * link), and lists matching pages with their matching headings. Excerpts are rebuilt as text nodes with
 * only Pagefind's <mark> kept, so no indexed HTML is ever inserted as markup.
 */
export {};

interface PagefindSubResult { title: string; url: string; excerpt: string }
interface PagefindData { url: string; excerpt: string; meta: { title?: string }; filters: Record<string, string[]>; sub_results: PagefindSubResult[] }
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string, options: { filters: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
}

const form = document.querySelector<HTMLFormElement>('form[data-search-bundle]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const statusLine = document.querySelector<HTMLElement>('.search-status')!;
const list = document.querySelector<HTMLOListElement>('.search-results')!;
const messages = JSON.parse(form.dataset.messages!) as Record<string, string>;
const say = (key: string, values: Record<string, string | number> = {}) =>
  (messages[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));

let pagefind: Promise<Pagefind> | undefined;
const load = () =>
  (pagefind ??= (import(/* @vite-ignore */ form.dataset.searchBundle!) as Promise<Pagefind>).then(async (module) => {
    await module.options({ excerptLength: 24 });
    return module;
  }));

/** Pagefind's excerpt ("… the <mark>turnover</mark> rate …") as nodes: text, and <mark> for the matches. */
function excerptNodes(excerpt: string): Node[] {
  const body = new DOMParser().parseFromString(excerpt, 'text/html').body;
  return [...body.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function resultItem(data: PagefindData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const type = Object.values(data.filters.type ?? [])[0];
  if (type) {
    const label = document.createElement('span');
    label.className = 'search-result-type';
    label.textContent = type;
    item.append(label);
  }
  const link = document.createElement('a');
  link.href = data.url;
  link.className = 'search-result-title';
  link.textContent = data.meta.title ?? data.url;
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(link, excerpt);
  // Headings of the report's text that match, linked to their anchors (an indicator page's headings say nothing).
  const headings = (type !== form.dataset.headingType ? [] : data.sub_results).filter((sub) => sub.url !== data.url && sub.url.includes('#')).slice(0, 3);
  if (headings.length > 0) {
    const subList = document.createElement('ul');
    subList.setAttribute('role', 'list');
    for (const sub of headings) {
      const subItem = document.createElement('li');
      const subLink = document.createElement('a');
      subLink.href = sub.url;
      subLink.textContent = sub.title;
      subItem.append(subLink);
      subList.append(subItem);
    }
    item.append(subList);
  }
  return item;
}

let latest = 0;
async function run(): Promise<void> {
  const data = new FormData(form);
  const query = String(data.get('q') ?? '').trim();
  const filters: Record<string, string> = {};
  for (const name of ['type', 'pillar']) if (data.get(name)) filters[name] = String(data.get(name));
  const url = new URL(location.href);
  url.search = new URLSearchParams([...data.entries()].filter(([, value]) => value !== '') as [string, string][]).toString();
  history.replaceState(null, '', url);
  const ticket = ++latest;
  if (!query) {
    list.replaceChildren();
    statusLine.textContent = '';
    return;
  }
  statusLine.textContent = say('search.loading');
  try {
    const search = await (await load()).search(query, { filters });
    const results = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
    if (ticket !== latest) return;
    list.replaceChildren(...results.map(resultItem));
    const count = search.results.length;
    statusLine.textContent = count === 0 ? say('search.noResults', { query }) : say(count === 1 ? 'search.oneResult' : 'search.results', { count, query });
  } catch {
    if (ticket === latest) statusLine.textContent = say('search.failed');
  }
}

const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
for (const name of ['type', 'pillar']) {
  const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
  select.value = params.get(name) ?? '';
  select.addEventListener('change', () => void run());
}
let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void run(), 150);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});
if (input.value) void run();
