import { defineForm } from '../src/engine/definition/defineForm';

const shop = 'https://northboundcoffee.example/products';

export const productFinder = defineForm({
  slug: 'product-finder',
  title: 'Find your coffee',
  intro:
    'Six quick questions about how you brew and what you like, and we will match you with one of our four roasts. Takes under a minute.',
  locale: 'en',
  layout: 'conversational',
  theme: { brand: '#8a5a3b' },
  submitLabel: 'Show my coffee',
  fields: [
    {
      kind: 'radio',
      cards: true,
      name: 'brew',
      label: 'How do you make coffee at home?',
      required: true,
      options: [
        { value: 'espresso', emoji: '☕️', label: 'Espresso machine', points: { bold: 3, balanced: 1 } },
        { value: 'moka', emoji: '🔥', label: 'Moka pot on the stove', points: { bold: 3 } },
        { value: 'cafetiere', emoji: '🫖', label: 'Cafetière (French press)', points: { balanced: 2, bold: 1 } },
        { value: 'pour-over', emoji: '💧', label: 'Pour-over or filter machine', points: { bright: 3, balanced: 1 } },
        { value: 'aeropress', emoji: '🧪', label: 'AeroPress', points: { bright: 2, balanced: 1 } },
      ],
    },
    {
      kind: 'radio',
      cards: true,
      name: 'milk',
      label: 'How do you take it?',
      required: true,
      options: [
        { value: 'black', emoji: '⚫', label: 'Black', points: { bright: 2 } },
        { value: 'splash', emoji: '🥛', label: 'With a splash of milk', points: { balanced: 2 } },
        {
          value: 'milky',
          emoji: '🍼',
          label: 'Milky: latte, flat white or cappuccino',
          points: { bold: 2, balanced: 1 },
        },
      ],
    },
    {
      kind: 'checkboxes',
      cards: true,
      name: 'flavours',
      label: 'Which flavours do you enjoy?',
      help: 'Pick one or two.',
      required: true,
      maxSelected: 2,
      options: [
        { value: 'berries', emoji: '🍓', label: 'Berries and citrus', points: { bright: 2 } },
        { value: 'floral', emoji: '🌸', label: 'Floral and tea-like', points: { bright: 2 } },
        { value: 'chocolate', emoji: '🍫', label: 'Milk chocolate and caramel', points: { balanced: 2 } },
        { value: 'nutty', emoji: '🌰', label: 'Hazelnut and toffee', points: { balanced: 1, bold: 1 } },
        { value: 'cocoa', emoji: '🌋', label: 'Dark cocoa and a hint of smoke', points: { bold: 2 } },
      ],
    },
    {
      kind: 'radio',
      cards: true,
      name: 'caffeine',
      label: 'How much caffeine do you want?',
      required: true,
      options: [
        { value: 'full', emoji: '⚡', label: 'All of it, please' },
        {
          value: 'less',
          emoji: '🌙',
          label: 'Less: I drink coffee in the evening too',
          points: { decaf: 4, balanced: 1 },
        },
        { value: 'none', emoji: '😴', label: 'As little as possible: decaf for me', points: { decaf: 10 } },
      ],
    },
    {
      kind: 'radio',
      cards: true,
      name: 'usage',
      label: 'How much coffee does your household get through?',
      help: 'So we can suggest the right bag size.',
      required: true,
      options: [
        { value: 'one-bag', emoji: '👤', label: 'About one 250 g bag a month' },
        { value: 'two-bags', emoji: '👥', label: 'Two or three bags a month' },
        { value: 'kilo', emoji: '🏠', label: 'A kilo or more a month' },
      ],
    },
    {
      kind: 'radio',
      cards: true,
      name: 'buying',
      label: 'Where do you buy coffee today?',
      required: true,
      options: [
        { value: 'supermarket', emoji: '🛒', label: 'At the supermarket' },
        { value: 'roaster', emoji: '📦', label: 'From another roaster or a subscription' },
        { value: 'cafe', emoji: '🏪', label: 'Mostly in cafés' },
        { value: 'new', emoji: '🌱', label: 'I am just starting to brew at home' },
      ],
    },
    { kind: 'text', name: 'first_name', label: 'First name', maxLength: 60, autocomplete: 'given-name' },
    {
      kind: 'email',
      name: 'email',
      label: 'Email',
      required: true,
      help: 'We send your match and its brew guide here.',
    },
    {
      kind: 'consent',
      name: 'consent',
      label: 'Your match by email',
      required: true,
      text: 'Email me my coffee match and a brew guide for it.',
      version: '2026-11-24',
    },
    {
      kind: 'consent',
      name: 'marketing',
      label: 'Newsletter',
      text: 'Also send me Northbound news: new roasts and subscriber offers, about twice a month. I can unsubscribe at any time.',
      version: '2026-11-24',
    },
  ],
  steps: [
    {
      id: 'your-coffee',
      title: 'Your coffee',
      fields: ['brew', 'milk', 'flavours', 'caffeine', 'usage', 'buying'],
    },
    {
      id: 'your-match',
      title: 'Where shall we send your match?',
      intro: 'Your match is ready. Tell us where to send it and we will show it straight away.',
      fields: ['first_name', 'email', 'consent', 'marketing'],
    },
  ],
  quiz: {
    categories: [
      { id: 'bright', label: 'Bright and fruity' },
      { id: 'balanced', label: 'Smooth and balanced' },
      { id: 'bold', label: 'Rich and bold' },
      { id: 'decaf', label: 'Decaf' },
    ],
    outcomes: [
      {
        id: 'sunrise-filter',
        category: 'bright',
        title: 'Sunrise Filter',
        body: 'Washed Ethiopian and Kenyan coffees, roasted light so their fruit shines: blueberry, bergamot and a clean, sweet finish. Made for your pour-over and best enjoyed black.',
        image: {
          src: '/images/product-finder/sunrise-filter.svg',
          alt: 'An orange bag of Sunrise Filter, light roast',
        },
        cta: { href: `${shop}/sunrise-filter`, label: 'Shop Sunrise Filter' },
      },
      {
        id: 'daily-ritual',
        category: 'balanced',
        title: 'Daily Ritual',
        body: 'Our house blend of Brazilian and Colombian beans at a medium roast: milk chocolate, hazelnut and caramel. Forgiving in any brewer and lovely with a splash of milk.',
        image: { src: '/images/product-finder/daily-ritual.svg', alt: 'A brown bag of Daily Ritual, medium roast' },
        cta: { href: `${shop}/daily-ritual`, label: 'Shop Daily Ritual' },
      },
      {
        id: 'night-shift',
        category: 'bold',
        title: 'Night Shift Espresso',
        body: 'A darker roast built for espresso and milk drinks: cocoa, molasses and toasted almond that still taste of coffee through a flat white.',
        image: {
          src: '/images/product-finder/night-shift.svg',
          alt: 'A dark brown bag of Night Shift, espresso roast',
        },
        cta: { href: `${shop}/night-shift`, label: 'Shop Night Shift Espresso' },
      },
      {
        id: 'slow-evening',
        category: 'decaf',
        title: 'Slow Evening Decaf',
        body: 'Colombian beans decaffeinated with the sugar-cane process, which keeps their sweetness: red apple, panela and cocoa. All the flavour, none of the late-night buzz.',
        image: { src: '/images/product-finder/slow-evening.svg', alt: 'A blue bag of Slow Evening, decaf' },
        cta: { href: `${shop}/slow-evening`, label: 'Shop Slow Evening Decaf' },
      },
    ],
    gate: true,
  },
  scoring: {
    rules: [
      { when: { field: 'usage', equals: 'kilo' }, points: 30, label: 'Drinks a kilo or more a month' },
      { when: { field: 'usage', equals: 'two-bags' }, points: 15, label: 'Drinks two or three bags a month' },
      { when: { field: 'buying', equals: 'roaster' }, points: 20, label: 'Already buys from a roaster' },
      { when: { field: 'buying', equals: 'supermarket' }, points: 10, label: 'Could trade up from the supermarket' },
      { when: { field: 'marketing', equals: true }, points: 20, label: 'Subscribed to the newsletter' },
    ],
    hot: 50,
    warm: 25,
  },
  reply: {
    subject: 'Your coffee match: {outcome}',
    body: 'Hello {first_name},\n\nyour match is {outcome}. Here is how to brew it at its best:',
    outcomes: {
      'sunrise-filter':
        'Pour-over, 1:16: 15 g of coffee ground like coarse sand to 250 g of water at 94 °C. Bloom with 40 g for 40 seconds, then pour slowly in circles to finish by 3:00. Best black.',
      'daily-ritual':
        'French press or filter, 1:15: 20 g of medium-coarse coffee to 300 g of water just off the boil. Four minutes in the press, then break the crust and plunge gently. Lovely with a splash of milk.',
      'night-shift':
        'Espresso, 1:2: 18 g in, 36 g out in 27 to 30 seconds at 93 °C. For a flat white, add 120 ml of milk steamed to 60 °C.',
      'slow-evening':
        'Any brewer, 1:16: 16 g of medium-ground decaf to 250 g of water at 92 °C. Decaf extracts quickly, so grind a touch coarser than usual and keep the brew under four minutes.',
    },
  },
  thankYou: {
    site: { href: 'https://northboundcoffee.example', label: 'Back to Northbound Coffee' },
    title: 'Your coffee match',
    body: 'We have emailed you a brew guide for it, too.',
  },
});
