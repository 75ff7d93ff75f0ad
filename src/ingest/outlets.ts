// Outlet names for well-known news hosts; any other host stands for itself.

const OUTLETS: Record<string, string> = {
  'nytimes.com': 'The New York Times',
  'washingtonpost.com': 'The Washington Post',
  'wsj.com': 'The Wall Street Journal',
  'reuters.com': 'Reuters',
  'apnews.com': 'Associated Press',
  'bbc.com': 'BBC',
  'bbc.co.uk': 'BBC',
  'cnn.com': 'CNN',
  'theguardian.com': 'The Guardian',
  'aljazeera.com': 'Al Jazeera',
  'bloomberg.com': 'Bloomberg',
  'ft.com': 'Financial Times',
  'economist.com': 'The Economist',
  'npr.org': 'NPR',
  'foxnews.com': 'Fox News',
  'nbcnews.com': 'NBC News',
  'cbsnews.com': 'CBS News',
  'abcnews.go.com': 'ABC News',
  'politico.com': 'Politico',
  'axios.com': 'Axios',
  'latimes.com': 'Los Angeles Times',
  'miamiherald.com': 'Miami Herald',
  'usatoday.com': 'USA Today',
  'cbc.ca': 'CBC',
  'france24.com': 'France 24',
  'dw.com': 'Deutsche Welle',
  'afp.com': 'AFP',
  'efe.com': 'EFE',
  'elpais.com': 'El País',
  'elmundo.es': 'El Mundo',
  'lemonde.fr': 'Le Monde',
  'spiegel.de': 'Der Spiegel',
  'infobae.com': 'Infobae',
  'eluniversal.com': 'El Universal',
  'elnacional.com': 'El Nacional',
  'efectococuyo.com': 'Efecto Cocuyo',
  'bnamericas.com': 'BNamericas',
};

const HOST_PREFIX = /^(?:www\d*|m|amp|mobile|edition|en|es)\./;

/** Bare host of a URL ("www.nytimes.com" → "nytimes.com"), or null when it is not a URL. */
export function hostOf(url: string): string | null {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host ? host.replace(HOST_PREFIX, '') : null;
  } catch {
    return null;
  }
}

/** Outlet for a URL: a known name for its host or a parent domain, else the bare host. */
export function outletFromUrl(url: string): string | null {
  const host = hostOf(url);
  if (!host) return null;
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const name = OUTLETS[h];
    if (name) return name;
  }
  return host;
}
