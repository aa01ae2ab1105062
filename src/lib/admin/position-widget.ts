/**
 * « Position sur la carte » of a desk, in the editor: the officer types the desk's address, the national address
 * service (Géoplateforme, the successor of api-adresse.data.gouv.fr) answers in the officer's own browser, and the
 * chosen answer is written as the desk's `location` with its precision and score, under the same rules as the
 * batch import (`npm run geocode`, desks/geocode.ts): only a house number gives « adresse », a street or a place
 * is refused as too vague. The position can still be typed by hand. The site's build and tests never call the
 * service (the browser tests answer in its place).
 */

/** Name of the custom field type in config.yml. */
export const POSITION_WIDGET = 'position';

/** File of the script, in /admin/, that registers the field type before the CMS starts. */
export const POSITION_SCRIPT = 'position.js';

/** The national address search; its origin is the only outside address /admin/ may call besides git. */
export const ADDRESS_SEARCH_URL = 'https://data.geopf.fr/geocodage/search';
export const ADDRESS_SEARCH_ORIGIN = new URL(ADDRESS_SEARCH_URL).origin;

/** The script: a React component (Sveltia CMS provides `h` and `createClass`) registered as a field type. */
export const POSITION_SCRIPT_TEXT = `// Écrit par la construction du site : la recherche d’adresse des guichets dans l’interface d’édition.
(() => {
  const h = window.h;
  const SEARCH = '${ADDRESS_SEARCH_URL}';
  const TYPES = { housenumber: 'numéro', street: 'rue', locality: 'lieu-dit', municipality: 'commune' };
  const plain = (v) => (v && typeof v.toJS === 'function' ? v.toJS() : v) || {};
  const round = (n, d) => Math.round(n * 10 ** d) / 10 ** d;
  const french = (n, d) => n.toLocaleString('fr-FR', { minimumFractionDigits: d, maximumFractionDigits: d });
  const PositionControl = window.createClass({
    getInitialState() {
      return { query: '', results: [], message: '' };
    },
    async search() {
      const query = this.state.query.trim();
      if (query.length < 3) return this.setState({ results: [], message: 'Écrivez au moins 3 lettres de l’adresse.' });
      this.setState({ message: 'Recherche…', results: [] });
      try {
        const response = await fetch(SEARCH + '?limit=5&index=address&q=' + encodeURIComponent(query));
        if (!response.ok) throw new Error(String(response.status));
        const features = (await response.json()).features || [];
        this.setState({
          results: features,
          message: features.length ? 'Choisissez l’adresse du guichet :' : 'Aucune adresse trouvée. Vérifiez le numéro, la rue et la commune.',
        });
      } catch {
        this.setState({ message: 'La recherche d’adresse ne répond pas. Vérifiez la connexion, ou écrivez la position à la main ci-dessous.' });
      }
    },
    choose(feature) {
      const [lon, lat] = feature.geometry.coordinates;
      const score = round(Number(feature.properties.score), 2);
      this.props.onChange({ lat: round(lat, 5), lon: round(lon, 5), precision: 'adresse', score });
      this.setState({ results: [], message: 'Position écrite : ' + feature.properties.label + '. Pensez à enregistrer.' });
    },
    setPart(key, raw) {
      const value = plain(this.props.value);
      const next = { ...value };
      if (key === 'precision') next.precision = raw;
      else next[key] = raw === '' ? undefined : Number(String(raw).replace(',', '.'));
      // A position typed by hand has no score: the score is the address service's.
      delete next.score;
      if (!next.precision) next.precision = 'commune';
      this.props.onChange(next);
    },
    render() {
      const value = plain(this.props.value);
      const id = this.props.forID || 'position';
      const has = typeof value.lat === 'number' && typeof value.lon === 'number';
      return h('div', { className: this.props.classNameWrapper, 'data-position-widget': '' },
        h('p', { 'data-position-current': '' }, has
          ? 'Position : ' + french(value.lat, 5) + ' ; ' + french(value.lon, 5) + ' (' + (value.precision === 'adresse' ? 'l’adresse exacte' : 'le centre de la commune') + (typeof value.score === 'number' ? ', sûre à ' + Math.round(value.score * 100) + ' sur 100' : '') + ').'
          : 'Pas encore de position.'),
        h('label', { htmlFor: id + '-adresse' }, 'Chercher l’adresse du guichet (numéro, rue, commune)'),
        h('div', null,
          h('input', {
            id: id + '-adresse', type: 'search', value: this.state.query, autoComplete: 'off',
            onChange: (e) => this.setState({ query: e.target.value }),
            onKeyDown: (e) => { if (e.key === 'Enter') { e.preventDefault(); this.search(); } },
          }),
          h('button', { type: 'button', onClick: () => this.search() }, 'Chercher'),
        ),
        h('p', { role: 'status', 'aria-live': 'polite' }, this.state.message),
        this.state.results.length
          ? h('ul', { 'data-position-results': '' }, this.state.results.map((f, i) => {
              const type = f.properties.type;
              const exact = type === 'housenumber';
              return h('li', { key: i },
                h('button', { type: 'button', disabled: !exact, onClick: () => this.choose(f) },
                  f.properties.label + ' : ' + (TYPES[type] || type) + ', sûre à ' + Math.round(Number(f.properties.score) * 100) + ' sur 100'),
                exact ? null : h('span', null, ' Trop vague pour un guichet : ajoutez le numéro dans la recherche.'));
            }))
          : null,
        h('details', null,
          h('summary', null, 'Écrire la position à la main'),
          h('label', { htmlFor: id + '-lat' }, 'Latitude'),
          h('input', { id: id + '-lat', inputMode: 'decimal', value: value.lat ?? '', onChange: (e) => this.setPart('lat', e.target.value) }),
          h('label', { htmlFor: id + '-lon' }, 'Longitude'),
          h('input', { id: id + '-lon', inputMode: 'decimal', value: value.lon ?? '', onChange: (e) => this.setPart('lon', e.target.value) }),
          h('label', { htmlFor: id + '-precision' }, 'Précision'),
          h('select', { id: id + '-precision', value: value.precision || 'commune', onChange: (e) => this.setPart('precision', e.target.value) },
            h('option', { value: 'adresse' }, 'L’adresse exacte'),
            h('option', { value: 'commune' }, 'Le centre de la commune'),
          ),
        ),
      );
    },
  });
  window.CMS.registerFieldType('${POSITION_WIDGET}', PositionControl);
  window.CMS.init();
})();
`;
