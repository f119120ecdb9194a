/**
 * Word classes that make a match explainable (see docs/matching.md). Every set holds normalised tokens
 * (the tokenizer's `norm`), so synonyms are already applied: "corp" is "corporation" here.
 */

/** Generic organisation words: part of a name, never its distinctive part. */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'company', 'companies', 'corporation', 'group', 'groups', 'holding', 'holdings', 'industries', 'industry',
  'industrial', 'manufacturing', 'manufacturer', 'manufacturers', 'manufactory', 'enterprise', 'enterprises',
  'international', 'trading', 'trade', 'products', 'product', 'ventures', 'venture', 'global', 'resources',
  'investment', 'investments', 'development', 'and', 'the', 'of', 'plant', 'factory', 'works', 'brothers',
  'partners', 'associates', 'business', 'businesses', 'subsidiary', 'branch', 'division', 'affiliated',
]);

/**
 * Places that may follow a group's name in a subsidiary's name ("Supermax Healthcare Canada").
 * Countries, continents and compass words: a place never makes a different company.
 */
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  'asia', 'pacific', 'europe', 'european', 'america', 'americas', 'north', 'south', 'east', 'west', 'africa',
  'canada', 'usa', 'us', 'uk', 'united', 'kingdom', 'states', 'malaysia', 'china', 'hong', 'kong', 'hk',
  'singapore', 'india', 'australia', 'new', 'zealand', 'germany', 'deutschland', 'france', 'italy', 'spain',
  'netherlands', 'japan', 'korea', 'thailand', 'vietnam', 'indonesia', 'philippines', 'mexico', 'brazil',
  'ireland', 'scotland', 'wales', 'england', 'britain', 'great', 'middle', 'latin', 'international', 'global',
  'worldwide', 'm',
]);

/**
 * Industry words by trade. An entity's own trade words (from its merchandise) may extend its group name
 * ("Supermax Healthcare"); another trade's words name a different business ("Sime Darby Property").
 */
export const INDUSTRY_WORDS: Readonly<Record<string, readonly string[]>> = {
  gloves: ['glove', 'gloves', 'healthcare', 'health', 'medical', 'latex', 'nitrile', 'rubber', 'ppe', 'disposable', 'disposables'],
  palm: ['palm', 'oil', 'oils', 'plantation', 'plantations', 'agri', 'agro', 'agriculture', 'oleo', 'oleochemicals', 'fats', 'estates', 'refinery'],
  cotton: ['cotton', 'linen', 'textile', 'textiles', 'garment', 'garments', 'apparel', 'fashion', 'yarn', 'spinning', 'knitting', 'clothing', 'weaving'],
  silicon: ['silicon', 'silica', 'silicone', 'silicones', 'polysilicon', 'chemical', 'chemicals', 'materials', 'solar', 'energy'],
  fishing: ['fishing', 'fishery', 'fisheries', 'seafood', 'marine', 'ocean', 'vessel', 'vessels'],
  tyres: ['tire', 'tires', 'tyre', 'tyres', 'rubber'],
  hair: ['hair', 'wigs', 'wig', 'accessories', 'beauty'],
  electronics: ['electronics', 'electronic', 'computer', 'computers', 'information', 'technology', 'digital'],
  metals: ['metals', 'metal', 'nonferrous', 'aluminium', 'aluminum', 'copper', 'zinc', 'gold', 'mining', 'mine', 'magnesium', 'steel', 'iron'],
  food: ['food', 'foods', 'sugar', 'fruit', 'fruits', 'vegetable', 'vegetables', 'tomato', 'tomatoes', 'stevia', 'salt', 'ingredients'],
  bicycles: ['bicycle', 'bicycles', 'bike', 'bikes', 'cycling'],
  safety: ['safety', 'protective', 'ppe'],
};

/** The trades whose words appear in an order's merchandise text. */
export function tradesOf(merchandise: string): string[] {
  const words = new Set(merchandise.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return Object.entries(INDUSTRY_WORDS)
    .filter(([trade, list]) => words.has(trade) || list.some((w) => words.has(w)))
    .map(([trade]) => trade);
}

/** Every industry word of every trade: a word of another trade after a name signals a sister company. */
export const ALL_INDUSTRY_WORDS: ReadonlySet<string> = new Set(Object.values(INDUSTRY_WORDS).flat());
