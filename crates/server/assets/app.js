// pressarkiv's page: search as you type, facets, a sum chart, a document view and live
// updates, over the JSON API of `pressarkiv serve`. No framework and no build step: the
// binary embeds this file as is.

// ---------------------------------------------------------------- texts (sv / en)

const TEXTS = {
  sv: {
    skipToResults: 'Till resultaten',
    searchLabel: 'Sök i pressmeddelandena',
    searchPlaceholder: 'Sök, t.ex. cancervård eller minister:hallengren',
    sortLabel: 'Sortering',
    sortRelevance: 'Relevans',
    sortDate: 'Nyast först',
    sortAmount: 'Störst belopp',
    filters: 'Filter',
    activeFilters: 'Aktiva filter',
    amountRange: 'Belopp',
    amountMin: 'Minst',
    amountMax: 'Högst',
    amountPlaceholderMin: 't.ex. 10 (mnkr)',
    amountPlaceholderMax: 't.ex. 1 miljard',
    amountHint: 'Siffror utan enhet räknas i mnkr.',
    amountInvalid: (text) => `Förstår inte beloppet ”${text}”. Skriv t.ex. 44,3 eller 1 miljard.`,
    apply: 'Använd',
    chartTitle: 'Summerade belopp',
    chartBy: 'per',
    chartEmpty: 'Inga belopp att summera för den här sökningen.',
    chartTotal: (sum, docs) => `Totalt ${sum} i ${docs} ${docs === 1 ? 'pressmeddelande' : 'pressmeddelanden'}`,
    results: 'Resultat',
    more: 'Visa fler',
    showAll: (n) => `Visa alla (${n})`,
    showFewer: 'Visa färre',
    close: 'Stäng',
    minister: 'Minister',
    agreement: 'Överenskommelse',
    region: 'Region',
    year: 'År',
    organization: 'Organisation',
    amount: 'Belopp',
    person: 'Person',
    date: 'Datum',
    file: 'Fil',
    department: 'Departement',
    published: 'Publicerad',
    largest: 'Största belopp',
    summary: (total, ms) =>
      `${formatCount(total)} ${total === 1 ? 'träff' : 'träffar'} (${formatMs(ms)} ms)`,
    noHits: 'Inga träffar.',
    loading: 'Söker …',
    queryError: 'Fel i sökfrågan',
    networkError: 'Servern svarar inte.',
    addFilter: (kind, value) => `Filtrera på ${kind.toLowerCase()}: ${value}`,
    removeFilter: (kind, value) => `Ta bort filtret ${kind.toLowerCase()}: ${value}`,
    eventAdded: (path) => `Nytt pressmeddelande: ${path}. Resultaten är uppdaterade.`,
    eventUpdated: (path) => `Ändrat pressmeddelande: ${path}. Resultaten är uppdaterade.`,
    eventRemoved: (path) => `Borttaget pressmeddelande: ${path}. Resultaten är uppdaterade.`,
    docRemoved: 'Det här pressmeddelandet har tagits bort ur arkivet.',
    docMissing: 'Dokumentet finns inte (längre) i arkivet.',
    undated: 'odaterat',
    docCut: (shown, full) =>
      `Här visas textens första ${shown} MB av ${full} MB. Hela texten är sökbar; resten läser du i filen.`,
  },
  en: {
    skipToResults: 'Skip to results',
    searchLabel: 'Search the press releases',
    searchPlaceholder: 'Search, e.g. cancervård or minister:hallengren',
    sortLabel: 'Sort order',
    sortRelevance: 'Relevance',
    sortDate: 'Newest first',
    sortAmount: 'Largest amount',
    filters: 'Filters',
    activeFilters: 'Active filters',
    amountRange: 'Amount',
    amountMin: 'At least',
    amountMax: 'At most',
    amountPlaceholderMin: 'e.g. 10 (mnkr)',
    amountPlaceholderMax: 'e.g. 1 miljard',
    amountHint: 'Numbers without a unit are millions of kronor (mnkr).',
    amountInvalid: (text) => `Cannot read the amount "${text}". Try 44.3 or 1 miljard.`,
    apply: 'Apply',
    chartTitle: 'Summed amounts',
    chartBy: 'by',
    chartEmpty: 'No amounts to add up for this search.',
    chartTotal: (sum, docs) => `Total ${sum} in ${docs} ${docs === 1 ? 'release' : 'releases'}`,
    results: 'Results',
    more: 'Show more',
    showAll: (n) => `Show all (${n})`,
    showFewer: 'Show fewer',
    close: 'Close',
    minister: 'Minister',
    agreement: 'Agreement',
    region: 'Region',
    year: 'Year',
    organization: 'Organization',
    amount: 'Amount',
    person: 'Person',
    date: 'Date',
    file: 'File',
    department: 'Ministry',
    published: 'Published',
    largest: 'Largest amount',
    summary: (total, ms) => `${formatCount(total)} ${total === 1 ? 'hit' : 'hits'} (${formatMs(ms)} ms)`,
    noHits: 'No hits.',
    loading: 'Searching …',
    queryError: 'Error in the query',
    networkError: 'The server does not answer.',
    addFilter: (kind, value) => `Filter by ${kind.toLowerCase()}: ${value}`,
    removeFilter: (kind, value) => `Remove the filter ${kind.toLowerCase()}: ${value}`,
    eventAdded: (path) => `New release: ${path}. The results are up to date.`,
    eventUpdated: (path) => `Changed release: ${path}. The results are up to date.`,
    eventRemoved: (path) => `Removed release: ${path}. The results are up to date.`,
    docRemoved: 'This release has been removed from the archive.',
    docMissing: 'The document is not (or no longer) in the archive.',
    undated: 'undated',
    docCut: (shown, full) =>
      `Showing the first ${shown} MB of ${full} MB of text. All of it is searchable; read the rest in the file.`,
  },
};

const LANG = /^sv\b/i.test(navigator.language || '') ? 'sv' : 'en';
const T = TEXTS[LANG];

// ---------------------------------------------------------------- amounts, the Swedish way

const NBSP = '\u00a0';
const UNITS = [
  [1e9, 'mdkr'],
  [1e6, 'mnkr'],
  [1e3, 'tkr'],
  [1, 'kr'],
];

/** Groups thousands with no-break spaces and writes a decimal comma: 2221.5 → "2 221,5". */
function swedishNumber(value) {
  const [whole, fraction] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return fraction ? `${grouped},${fraction}` : grouped;
}

/** Three significant figures are plenty on a page: one decimal under 100, none above. */
function roundForDisplay(value) {
  return value >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
}

/**
 * Kronor the way Swedish budget texts write them: 44 300 000 → "44,3 mnkr",
 * 1 400 000 000 → "1,4 mdkr", 900 000 → "900 tkr", 500 → "500 kr".
 */
export function formatSek(sek) {
  if (typeof sek !== 'number' || !Number.isFinite(sek)) return '';
  const abs = Math.abs(sek);
  let unit = UNITS.findIndex(([size]) => abs >= size);
  if (unit < 0) unit = UNITS.length - 1;
  let value = unit === UNITS.length - 1 ? Math.round(abs) : roundForDisplay(abs / UNITS[unit][0]);
  // 999 960 000 rounds to 1 000 mnkr, which reads better as 1 mdkr.
  if (value >= 1000 && unit > 0) {
    unit -= 1;
    value = roundForDisplay(abs / UNITS[unit][0]);
  }
  return `${sek < 0 ? '−' : ''}${swedishNumber(value)}${NBSP}${UNITS[unit][1]}`;
}

const AMOUNT_UNITS = [
  [/^(md|mdkr|mdr|mrd|mdr kr|miljard|miljarder|miljarder kronor|miljard kronor|bn|billion|billions)$/, 1e9],
  [/^(mn|mnkr|mkr|milj|miljon|miljoner|miljoner kronor|miljon kronor|m|million|millions)$/, 1e6],
  [/^(t|tkr|tusen|tusen kronor|k|thousand)$/, 1e3],
  [/^(kr|kronor|sek)$/, 1],
];

/**
 * Reads an amount typed into the range filter and returns kronor: "44,3" (a bare number
 * is millions), "1 miljard", "2,5 mdkr", "900 tkr", "15 000 kr". `null` for an empty
 * field; throws for anything else it cannot read.
 */
export function parseAmount(input) {
  const text = String(input ?? '').trim().toLowerCase().replace(/[\u00a0\u202f]/g, ' ');
  if (text === '') return null;
  const match = /^(\d[\d ]*(?:[.,]\d+)?)\s*([a-zåäö. ]*)$/.exec(text);
  if (!match) throw new RangeError(T.amountInvalid(input));
  const number = Number(match[1].replace(/ /g, '').replace(',', '.'));
  const unitText = match[2].replace(/\./g, '').trim().replace(/\s+/g, ' ');
  let scale = 1e6;
  if (unitText !== '') {
    const known = AMOUNT_UNITS.find(([pattern]) => pattern.test(unitText));
    if (!known) throw new RangeError(T.amountInvalid(input));
    scale = known[1];
  }
  if (!Number.isFinite(number)) throw new RangeError(T.amountInvalid(input));
  return Math.round(number * scale);
}

function formatCount(n) {
  return LANG === 'sv' ? swedishNumber(n) : n.toLocaleString('en');
}

function formatMegabytes(bytes) {
  return (bytes / 1e6).toLocaleString(LANG, { maximumFractionDigits: 1 });
}

function formatMs(ms) {
  const rounded = ms < 10 ? Math.round(ms * 10) / 10 : Math.round(ms);
  return LANG === 'sv' ? String(rounded).replace('.', ',') : String(rounded);
}

function formatDate(iso) {
  if (!iso) return T.undated;
  const date = new Date(`${iso}T00:00:00`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LANG === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'medium' }).format(date);
}

// ---------------------------------------------------------------- safe HTML pieces

/** `el('a', {href: …, class: …}, child, 'text', …)`; text always goes in as text. */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  node.append(...children.flat().filter((child) => child !== null && child !== undefined));
  return node;
}

/**
 * The server's snippets are HTML with escaped text and only <b> tags. They are parsed in
 * an inert document and rebuilt from text nodes and <b> elements, so nothing else in
 * them can ever reach the page.
 */
export function snippetNodes(html) {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const rebuild = (node) => {
    const out = [];
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) out.push(document.createTextNode(child.data));
      else if (child.nodeType === Node.ELEMENT_NODE && child.tagName === 'B') out.push(el('b', {}, rebuild(child)));
      else if (child.nodeType === Node.ELEMENT_NODE) out.push(document.createTextNode(child.textContent));
    }
    return out;
  };
  return rebuild(parsed.body);
}

/**
 * For each UTF-8 byte offset into `text`, the JavaScript string index where the character
 * starting there begins; -1 inside a character.
 */
function stringIndexOfByte(text) {
  const byteLength = new TextEncoder().encode(text).length;
  const indexOfByte = new Int32Array(byteLength + 1).fill(-1);
  let byte = 0;
  let index = 0;
  for (const ch of text) {
    indexOfByte[byte] = index;
    const cp = ch.codePointAt(0);
    byte += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    index += ch.length;
  }
  indexOfByte[byte] = index;
  return indexOfByte;
}

/**
 * The API gives entity spans as UTF-8 byte offsets; JavaScript strings count UTF-16
 * units. Returns `[{start, end, entity}]` in string indices, sorted, without overlaps
 * (an entity inside an earlier one is dropped) and without spans that do not fall on
 * character boundaries.
 */
export function entityRanges(text, entities) {
  const indexOfByte = stringIndexOfByte(text);
  const byteLength = indexOfByte.length - 1;
  const ranges = [];
  for (const entity of entities || []) {
    const { start, end } = entity;
    if (!(Number.isInteger(start) && Number.isInteger(end) && start < end && end <= byteLength)) continue;
    if (indexOfByte[start] < 0 || indexOfByte[end] < 0) continue;
    ranges.push({ start: indexOfByte[start], end: indexOfByte[end], entity });
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  let cursor = 0;
  for (const range of ranges) {
    if (range.start < cursor) continue;
    kept.push(range);
    cursor = range.end;
  }
  return kept;
}

// ---------------------------------------------------------------- state and the URL

/** Facet name in the API → field in the query language. */
const FIELDS = {
  minister: 'minister',
  agreement: 'agreement',
  region: 'region',
  year: 'published',
  organization: 'org',
};
const FACET_ORDER = ['minister', 'agreement', 'region', 'year', 'organization'];
const CHART_KINDS = ['region', 'agreement', 'minister', 'year', 'organization'];
const SORTS = ['relevance', 'date', 'amount'];
const PAGE = 20;
const FACET_PREVIEW = 8;
const TYPING_PAUSE_MS = 200;
const NOTICE_MS = 8000;

const state = {
  q: '',
  filters: [], // [{kind, value}]
  min: null, // kronor
  max: null,
  sort: 'relevance',
  by: 'region',
  hits: [],
  total: 0,
  expanded: new Set(),
};

/** One filter as a clause of the query language; quotes inside a value cannot be escaped. */
function clause({ kind, value }) {
  const field = FIELDS[kind];
  const clean = String(value).replace(/"/g, ' ').trim();
  return kind === 'year' && /^\d{4}$/.test(clean) ? `${field}:${clean}` : `${field}:"${clean}"`;
}

function amountClause() {
  const { min, max } = state;
  if (min !== null && max !== null) return `amount:[${Math.min(min, max)} TO ${Math.max(min, max)}]`;
  if (min !== null) return `amount:>=${min}`;
  if (max !== null) return `amount:<=${max}`;
  return null;
}

/** The query sent to the API: what was typed, then each filter. Nothing at all is `*`. */
export function fullQuery() {
  const typed = state.q.trim();
  const parts = [typed && state.filters.length ? `(${typed})` : typed, ...state.filters.map(clause), amountClause()];
  return parts.filter(Boolean).join(' ') || '*';
}

function readUrl() {
  const params = new URLSearchParams(location.search);
  state.q = params.get('q') || '';
  state.filters = params
    .getAll('f')
    .map((f) => {
      const at = f.indexOf(':');
      return { kind: f.slice(0, at), value: f.slice(at + 1) };
    })
    .filter((f) => FIELDS[f.kind] && f.value);
  const number = (name) => (params.has(name) && /^\d+$/.test(params.get(name)) ? Number(params.get(name)) : null);
  state.min = number('min');
  state.max = number('max');
  state.sort = SORTS.includes(params.get('sort')) ? params.get('sort') : 'relevance';
  state.by = CHART_KINDS.includes(params.get('by')) ? params.get('by') : 'region';
}

function writeUrl() {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const f of state.filters) params.append('f', `${f.kind}:${f.value}`);
  if (state.min !== null) params.set('min', state.min);
  if (state.max !== null) params.set('max', state.max);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.by !== 'region') params.set('by', state.by);
  const search = params.toString();
  history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
}

// ---------------------------------------------------------------- the API

class ApiError extends Error {
  constructor(message, status, position) {
    super(message);
    this.status = status;
    this.position = position;
  }
}

async function getJson(path, signal) {
  let response;
  try {
    response = await fetch(path, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError(T.networkError, 0, null);
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body?.error?.message || `${response.status} ${response.statusText}`;
    throw new ApiError(message, response.status, body?.error?.position ?? null);
  }
  return body;
}

// ---------------------------------------------------------------- rendering

const $ = (id) => document.getElementById(id);

/** Re-rendering replaces nodes; this puts the keyboard focus back on the same item. */
function keepingFocus(render) {
  const key = document.activeElement?.dataset?.focusKey;
  render();
  if (!key) return;
  const again = document.querySelector(`[data-focus-key="${CSS.escape(key)}"]`);
  // A removed filter chip is gone for good: the search box is the natural next stop.
  if (again) again.focus();
  else if (!document.activeElement || document.activeElement === document.body) $('q').focus();
}

function isActive(kind, value) {
  return state.filters.some((f) => f.kind === kind && f.value === value);
}

function filterChip(kind, value, label = value, focusKey = undefined) {
  const active = isActive(kind, value);
  return el(
    'button',
    {
      type: 'button',
      class: `chip chip-${kind}`,
      'aria-pressed': String(active),
      'aria-label': T.addFilter(T[kind], label),
      'data-focus-key': focusKey,
      onclick: () => toggleFilter(kind, value),
    },
    label,
  );
}

function renderHit(hit) {
  const key = (kind, value) => `chip:${hit.id}:${kind}:${value}`;
  const chips = [
    ...(hit.ministers || []).map((m) => filterChip('minister', m.name, m.name, key('minister', m.name))),
    ...(hit.agreements || []).map((a) => filterChip('agreement', a, a, key('agreement', a))),
    ...(hit.regions || []).map((r) => filterChip('region', r, r, key('region', r))),
  ];
  const amounts = (hit.snippet_amounts || []).map((a) =>
    el('span', { class: 'amount', title: a.text }, formatSek(a.sek)),
  );
  const meta = [
    el('time', { datetime: hit.published || undefined }, formatDate(hit.published)),
    el('span', { class: 'file' }, hit.path),
  ];
  if (hit.max_amount) meta.push(el('span', { class: 'max-amount', title: T.largest }, formatSek(hit.max_amount)));
  return el(
    'li',
    { class: 'hit', 'data-id': hit.id },
    el('h3', {}, el('a', { href: `#/doc/${encodeURIComponent(hit.id)}`, class: 'hit-link', 'data-focus-key': `hit:${hit.id}` }, hit.title || hit.path)),
    el('div', { class: 'hit-meta' }, meta),
    el('p', { class: 'snippet' }, snippetNodes(hit.snippet || '')),
    amounts.length ? el('div', { class: 'amounts' }, amounts) : null,
    chips.length ? el('div', { class: 'chips' }, chips) : null,
  );
}

function renderResults(result, query) {
  keepingFocus(() => {
    $('results').replaceChildren(...state.hits.map(renderHit));
  });
  // The query these results answer, as sent: tests and scripts wait on it.
  $('results').dataset.query = query;
  $('summary').textContent = state.total === 0 ? T.noHits : T.summary(state.total, result.elapsed_ms ?? 0);
  $('more').hidden = state.hits.length >= state.total;
}

function renderFacets(facets) {
  const sections = [];
  for (const kind of FACET_ORDER) {
    let values = facets?.[kind] || [];
    if (kind === 'year') values = [...values].sort((a, b) => String(b.value).localeCompare(String(a.value)));
    if (values.length === 0) continue;
    const expanded = state.expanded.has(kind);
    const shown = expanded ? values : values.slice(0, FACET_PREVIEW);
    const list = el(
      'ul',
      {},
      shown.map(({ value, count }) =>
        el(
          'li',
          {},
          el(
            'button',
            {
              type: 'button',
              class: 'facet',
              'aria-pressed': String(isActive(kind, String(value))),
              'data-focus-key': `facet:${kind}:${value}`,
              onclick: () => toggleFilter(kind, String(value)),
            },
            el('span', { class: 'facet-value' }, String(value)),
            el('span', { class: 'facet-count' }, formatCount(count)),
          ),
        ),
      ),
    );
    const toggle =
      values.length > FACET_PREVIEW
        ? el(
            'button',
            {
              type: 'button',
              class: 'facet-more',
              'aria-expanded': String(expanded),
              'data-focus-key': `more:${kind}`,
              onclick: () => {
                if (expanded) state.expanded.delete(kind);
                else state.expanded.add(kind);
                renderFacets(facets);
              },
            },
            expanded ? T.showFewer : T.showAll(values.length),
          )
        : null;
    sections.push(el('section', { class: 'facet-group', 'data-kind': kind }, el('h2', {}, T[kind]), list, toggle));
  }
  keepingFocus(() => $('facets').replaceChildren(...sections));
}

function renderActiveFilters() {
  const chips = state.filters.map((f) =>
    el(
      'button',
      {
        type: 'button',
        class: `chip chip-${f.kind} removable`,
        'aria-label': T.removeFilter(T[f.kind], f.value),
        'data-focus-key': `active:${f.kind}:${f.value}`,
        onclick: () => toggleFilter(f.kind, f.value),
      },
      el('span', { class: 'chip-kind' }, `${T[f.kind]}:`),
      ` ${f.value} `,
      el('span', { class: 'chip-x', 'aria-hidden': 'true' }, '×'),
    ),
  );
  const amount = amountClause();
  if (amount) {
    const label = [state.min !== null ? `≥ ${formatSek(state.min)}` : null, state.max !== null ? `≤ ${formatSek(state.max)}` : null]
      .filter(Boolean)
      .join(' ');
    chips.push(
      el(
        'button',
        {
          type: 'button',
          class: 'chip chip-amount removable',
          'aria-label': T.removeFilter(T.amount, label),
          onclick: () => {
            state.min = null;
            state.max = null;
            $('amount-min').value = '';
            $('amount-max').value = '';
            changed();
          },
        },
        el('span', { class: 'chip-kind' }, `${T.amount}:`),
        ` ${label} `,
        el('span', { class: 'chip-x', 'aria-hidden': 'true' }, '×'),
      ),
    );
  }
  keepingFocus(() => $('active-filters').replaceChildren(...chips));
  $('active-filters').hidden = chips.length === 0;
}

function renderChart(stats) {
  const groups = (stats?.groups || []).filter((g) => g.sek > 0);
  const chart = $('chart');
  if (groups.length === 0) {
    chart.replaceChildren(el('p', { class: 'chart-empty' }, T.chartEmpty));
    return;
  }
  const largest = Math.max(...groups.map((g) => g.sek));
  const rows = groups.map((group) => {
    const bar = el('span', { class: 'bar' });
    bar.style.width = `${Math.max(0.5, (100 * group.sek) / largest)}%`;
    return el(
      'li',
      { class: 'bar-row' },
      el(
        'button',
        {
          type: 'button',
          class: 'bar-label',
          'aria-label': `${T.addFilter(T[state.by], group.name)} (${formatSek(group.sek)})`,
          'data-focus-key': `bar:${state.by}:${group.name}`,
          onclick: () => toggleFilter(state.by, group.name),
        },
        group.name,
      ),
      el('span', { class: 'bar-track', 'aria-hidden': 'true' }, bar),
      el('span', { class: 'bar-value' }, formatSek(group.sek)),
    );
  });
  const total = stats.total ? el('p', { class: 'chart-total' }, T.chartTotal(formatSek(stats.total.sek), stats.total.documents)) : null;
  keepingFocus(() => chart.replaceChildren(el('ol', { class: 'bars' }, rows), total));
}

function showError(error) {
  const box = $('error');
  if (!error) {
    box.hidden = true;
    box.replaceChildren();
    return;
  }
  const parts = [el('strong', {}, error.status === 400 ? `${T.queryError}: ` : ''), error.message];
  const query = fullQuery();
  // The server counts the position in bytes of the query; the mark needs a string index.
  const at = Number.isInteger(error.position) ? stringIndexOfByte(query)[error.position] ?? -1 : -1;
  if (at >= 0) {
    const [ch] = query.slice(at);
    parts.push(
      el(
        'code',
        { class: 'error-query' },
        query.slice(0, at),
        el('mark', {}, ch || ' '),
        query.slice(at + (ch ? ch.length : 0)),
      ),
    );
  }
  box.replaceChildren(...parts);
  box.hidden = false;
}

// ---------------------------------------------------------------- searching

let searchControl = null;
let statsControl = null;

async function search({ append = false, keepLoaded = false } = {}) {
  searchControl?.abort();
  const control = new AbortController();
  searchControl = control;
  const query = fullQuery();
  // A live refresh keeps as many hits as were loaded ("Visa fler"), up to the API's cap.
  const limit = keepLoaded ? Math.min(100, Math.max(PAGE, state.hits.length)) : PAGE;
  const params = new URLSearchParams({
    q: query,
    limit: String(limit),
    offset: String(append ? state.hits.length : 0),
    sort: state.sort,
    facets: 'true',
  });
  document.body.dataset.busy = 'true';
  try {
    const result = await getJson(`/api/search?${params}`, control.signal);
    state.hits = append ? [...state.hits, ...result.hits] : result.hits;
    state.total = result.total;
    showError(null);
    renderResults(result, query);
    renderFacets(result.facets);
  } catch (error) {
    if (error.name === 'AbortError') return;
    state.hits = [];
    state.total = 0;
    $('results').replaceChildren();
    $('results').dataset.query = query;
    $('summary').textContent = '';
    $('more').hidden = true;
    showError(error);
  } finally {
    if (searchControl === control) delete document.body.dataset.busy;
  }
}

async function stats() {
  statsControl?.abort();
  const control = new AbortController();
  statsControl = control;
  const params = new URLSearchParams({ q: fullQuery(), by: state.by });
  try {
    renderChart(await getJson(`/api/stats?${params}`, control.signal));
  } catch (error) {
    if (error.name === 'AbortError') return;
    // The search shows a bad query's message; the chart just empties.
    renderChart(null);
  }
}

/** Something about the query changed: new URL, new results, new chart. */
function changed() {
  writeUrl();
  renderActiveFilters();
  search();
  stats();
}

function toggleFilter(kind, value) {
  if (isActive(kind, value)) state.filters = state.filters.filter((f) => !(f.kind === kind && f.value === value));
  else state.filters = [...state.filters, { kind, value }];
  changed();
}

let typingTimer = null;
function onType() {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => {
    state.q = $('q').value;
    changed();
  }, TYPING_PAUSE_MS);
}

function applyAmount(event) {
  event?.preventDefault();
  const errorBox = $('amount-error');
  try {
    state.min = parseAmount($('amount-min').value);
    state.max = parseAmount($('amount-max').value);
    errorBox.hidden = true;
    changed();
  } catch (error) {
    errorBox.textContent = error.message;
    errorBox.hidden = false;
  }
}

// ---------------------------------------------------------------- the document view

const ENTITY_KINDS = new Set(['amount', 'minister', 'agreement', 'region', 'organization', 'person', 'date']);
let openId = null;
let focusBeforeDoc = null;
let docControl = null;

function docIdFromHash() {
  const match = /^#\/doc\/([^/?#]+)$/.exec(location.hash);
  return match ? decodeURIComponent(match[1]) : null;
}

function route() {
  const id = docIdFromHash();
  if (id) openDoc(id);
  else closeDoc();
}

function renderDocText(doc) {
  const nodes = [];
  const text = doc.text || '';
  let cursor = 0;
  const counts = new Map();
  for (const { start, end, entity } of entityRanges(text, doc.entities)) {
    const kind = ENTITY_KINDS.has(entity.kind) ? entity.kind : 'other';
    counts.set(kind, (counts.get(kind) || 0) + 1);
    if (start > cursor) nodes.push(document.createTextNode(text.slice(cursor, start)));
    const title = [T[kind] || kind, entity.label, typeof entity.sek === 'number' ? formatSek(entity.sek) : null]
      .filter(Boolean)
      .join(' · ');
    nodes.push(el('mark', { class: `ent ent-${kind}`, 'data-kind': kind, title }, text.slice(start, end)));
    cursor = end;
  }
  if (cursor < text.length) nodes.push(document.createTextNode(text.slice(cursor)));
  $('doc-text').replaceChildren(...nodes);
  // The server stores only the start of a huge file's text; say so below it.
  const cut = $('doc-cut');
  cut.hidden = typeof doc.full_text_bytes !== 'number';
  cut.textContent = cut.hidden
    ? ''
    : T.docCut(formatMegabytes(new TextEncoder().encode(text).length), formatMegabytes(doc.full_text_bytes));
  $('doc-legend').replaceChildren(
    ...[...counts].map(([kind, count]) => el('span', { class: `legend-item ent ent-${kind}` }, `${T[kind] || kind} ${count}`)),
  );
}

function renderDoc(doc) {
  $('doc-title').textContent = doc.title || doc.path;
  const meta = [
    [T.published, formatDate(doc.published)],
    [T.file, doc.path],
  ];
  if (doc.department) meta.push([T.department, doc.department]);
  $('doc-meta').replaceChildren(
    ...meta.flatMap(([term, value]) => [el('dt', {}, term), el('dd', { class: term === T.file ? 'doc-file' : undefined }, value)]),
  );
  $('doc-chips').replaceChildren(
    ...(doc.ministers || []).map((m) => filterChip('minister', m.name, m.title ? `${m.name} (${m.title})` : m.name)),
    ...(doc.agreements || []).map((a) => filterChip('agreement', a)),
    ...(doc.regions || []).map((r) => filterChip('region', r)),
    ...(doc.organizations || []).map((o) => filterChip('organization', o)),
  );
  renderDocText(doc);
}

async function openDoc(id) {
  const backdrop = $('doc-backdrop');
  if (backdrop.hidden) focusBeforeDoc = document.activeElement;
  openId = id;
  docControl?.abort();
  const control = new AbortController();
  docControl = control;
  backdrop.hidden = false;
  document.body.classList.add('doc-open');
  $('doc').dataset.id = id;
  delete $('doc').dataset.loaded;
  try {
    const doc = await getJson(`/api/documents/${encodeURIComponent(id)}`, control.signal);
    renderDoc(doc);
  } catch (error) {
    if (error.name === 'AbortError') return;
    $('doc-title').textContent = error.status === 404 ? T.docMissing : error.message;
    for (const part of ['doc-meta', 'doc-chips', 'doc-legend', 'doc-text']) $(part).replaceChildren();
    $('doc-cut').hidden = true;
  }
  $('doc').dataset.loaded = 'true';
  $('doc').scrollTop = 0;
  $('doc-title').focus();
}

function closeDoc() {
  const backdrop = $('doc-backdrop');
  if (backdrop.hidden) return;
  docControl?.abort();
  openId = null;
  backdrop.hidden = true;
  document.body.classList.remove('doc-open');
  if (docIdFromHash()) history.replaceState(null, '', `${location.pathname}${location.search}`);
  const back = focusBeforeDoc?.isConnected ? focusBeforeDoc : $('q');
  back.focus();
}

/** Keeps Tab inside the open document, as a modal dialog should. */
function trapTab(event) {
  if (event.key !== 'Tab') return;
  const focusable = [...$('doc').querySelectorAll('button, a[href], [tabindex="0"]')].filter((n) => !n.hidden);
  if (focusable.length === 0) return;
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (event.shiftKey && (document.activeElement === first || !$('doc').contains(document.activeElement))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

// ---------------------------------------------------------------- live updates

let noticeTimer = null;
function notify(message) {
  const box = $('notice');
  box.textContent = message;
  box.hidden = false;
  clearTimeout(noticeTimer);
  noticeTimer = setTimeout(() => {
    box.hidden = true;
  }, NOTICE_MS);
}

let refreshTimer = null;
function onArchiveChange(kind, data) {
  const message = { added: T.eventAdded, updated: T.eventUpdated, removed: T.eventRemoved }[kind];
  notify(message(data.path || data.id || ''));
  // A folder copied in at once sends a burst of events: one refresh after the burst.
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => {
    search({ keepLoaded: true });
    stats();
  }, 150);
  if (openId && data.id === openId) {
    if (kind === 'removed') $('doc-legend').replaceChildren(el('p', { class: 'doc-removed', role: 'status' }, T.docRemoved));
    else openDoc(openId);
  }
}

function listen() {
  if (!('EventSource' in window)) return;
  const events = new EventSource('/api/events');
  for (const kind of ['added', 'updated', 'removed']) {
    events.addEventListener(kind, (event) => {
      let data = {};
      try {
        data = JSON.parse(event.data);
      } catch {
        // A malformed event still means the archive changed.
      }
      onArchiveChange(kind, data);
    });
  }
  // EventSource reconnects by itself; after a gap the results may be stale.
  let wasOpen = false;
  events.addEventListener('open', () => {
    if (wasOpen) {
      search();
      stats();
    }
    wasOpen = true;
    document.body.dataset.live = 'true';
  });
  events.addEventListener('error', () => {
    delete document.body.dataset.live;
  });
}

// ---------------------------------------------------------------- start

function translate() {
  document.documentElement.lang = LANG;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = T[node.dataset.i18n];
  for (const node of document.querySelectorAll('[data-i18n-placeholder]')) node.placeholder = T[node.dataset.i18nPlaceholder];
  for (const node of document.querySelectorAll('[data-i18n-aria]')) node.setAttribute('aria-label', T[node.dataset.i18nAria]);
  $('amount-form').append(el('p', { class: 'hint' }, T.amountHint));
}

function fillForm() {
  $('q').value = state.q;
  $('sort').value = state.sort;
  $('chart-by').value = state.by;
  $('amount-min').value = amountInput(state.min);
  $('amount-max').value = amountInput(state.max);
}

/** An amount from the URL as one would type it: "1 mdkr", or exact mnkr when rounding would change it. */
function amountInput(sek) {
  if (sek === null) return '';
  const written = formatSek(sek).replace(/\u00a0/g, ' ');
  return parseAmount(written) === sek ? written : String(sek / 1e6).replace('.', ',');
}

function start() {
  translate();
  readUrl();
  fillForm();

  $('q').addEventListener('input', onType);
  $('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    state.q = $('q').value;
    changed();
  });
  $('sort').addEventListener('change', () => {
    state.sort = $('sort').value;
    changed();
  });
  $('chart-by').addEventListener('change', () => {
    state.by = $('chart-by').value;
    writeUrl();
    stats();
  });
  $('amount-form').addEventListener('submit', applyAmount);
  $('more').addEventListener('click', () => search({ append: true }));
  $('filters-toggle').addEventListener('click', () => {
    const open = $('filters-toggle').getAttribute('aria-expanded') !== 'true';
    $('filters-toggle').setAttribute('aria-expanded', String(open));
    document.body.classList.toggle('filters-open', open);
  });

  $('doc-close').addEventListener('click', closeDoc);
  $('doc-backdrop').addEventListener('click', (event) => {
    if (event.target === $('doc-backdrop')) closeDoc();
  });
  $('doc').addEventListener('keydown', trapTab);
  // A chip in the document adds its filter; the results behind it are then what matters.
  $('doc-chips').addEventListener('click', (event) => {
    if (event.target.closest('button')) closeDoc();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !$('doc-backdrop').hidden) {
      event.preventDefault();
      closeDoc();
    } else if (event.key === '/' && !/^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement?.tagName || '') && $('doc-backdrop').hidden) {
      event.preventDefault();
      $('q').focus();
    }
  });
  window.addEventListener('hashchange', route);

  renderActiveFilters();
  search();
  stats();
  route();
  listen();
  $('q').focus();
}

// For the browser tests, which check the formatting rules in the real engine.
window.pressarkiv = { formatSek, parseAmount, entityRanges, fullQuery };

start();
