/**
 * Lines that websites put around and between article paragraphs, per language (ISO 639-3).
 * Each entry is a regular expression (source text) that must match a whole line, ignoring
 * case, the spaces around it and decoration at its ends (`»`, `:`, `…`, `|`, bullets). English
 * is always checked too: sites in every language print `Advertisement` and `Share`.
 * Add a language by adding its entry; keep every phrase a line of its own, never a pattern
 * that could match an article sentence.
 */
export type BoilerplateKind = 'advertising' | 'related links' | 'sharing' | 'newsletter or subscription' | 'navigation' | 'comments';

type PhraseList = Readonly<Partial<Record<BoilerplateKind, readonly string[]>>>;

/** `Read more: How the vote was won` — a label, then the title of a linked article. */
const THEN_A_TITLE = '(?:\\s*:.{0,160})?';

export const BOILERPLATE_PHRASES: Readonly<Record<string, PhraseList>> = {
  eng: {
    advertising: [
      'advertisements?', 'ads?', 'sponsored(?: content| post| links?)?', 'paid (?:content|post|partnership)', 'promoted(?: content)?',
      '(?:the )?(?:story|article) continues (?:below|after (?:the )?(?:advertisement|ad))(?: (?:the )?advertisement)?',
      'continue reading(?: the main story| below)?', 'scroll (?:down )?to continue(?: reading)?(?: with content)?',
    ],
    'related links': [
      `read (?:more|also|next)(?: on this (?:story|topic))?${THEN_A_TITLE}`, `related(?: articles?| stories| coverage| content| reading)?${THEN_A_TITLE}`,
      `see also${THEN_A_TITLE}`, `more (?:on this (?:story|topic)|from [\\w .&-]{1,40})${THEN_A_TITLE}`, 'you (?:may|might) also (?:like|be interested in)',
      'recommended(?: for you| stories)?', 'most (?:popular|read|viewed|shared)', 'trending(?: now| stories)?', `further reading${THEN_A_TITLE}`,
    ],
    sharing: [
      'share(?: this)?(?: article| story| post| page| on (?:facebook|twitter|x|linkedin|whatsapp|email))?', 'share via (?:email|e-mail)',
      'copy(?: the)? link', 'print(?: this)?(?: article| page| story)?', '(?:e-?mail) (?:this )?(?:article|story|page)', 'tweet(?: this)?',
    ],
    'newsletter or subscription': [
      '(?:sign up|subscribe|register) (?:for|to) (?:our|the)(?: free)?(?: [\\w&\'’-]+){0,4} newsletters?(?: here| now| today)?',
      'get (?:our|the)(?: free)?(?: [\\w&\'’-]+){0,4} newsletter(?: in your inbox| delivered to your inbox)?', '(?:[\\w&\'’-]+ ){0,4}newsletter sign[- ]?up',
      'click here to (?:subscribe|sign up|register|read more|continue reading)', '(?:subscribe|sign up|register)(?: now| today| here| for free)?',
      'become a (?:subscriber|member|supporter)', 'support (?:our|independent|quality) journalism', 'already a subscriber\\?(?: log ?in| sign in)?',
    ],
    navigation: [
      'skip to (?:main )?content', 'back to top', 'follow us(?: on [\\w ,&]{1,60})?', 'download (?:our|the)(?: free)? app', 'listen to (?:this )?(?:article|story)',
      '\\d{1,2} min(?:ute)?s? read', 'all rights reserved',
      '(?:©|\\(c\\)|copyright ©?) ?\\d{4}(?:[-–]\\d{4})?[^.!?]{0,60}(?:\\. all rights reserved)?', '©[^.!?]{1,60}',
    ],
    comments: ['(?:show|view|read|load|see) (?:all )?(?:\\d+ )?comments?(?: \\(\\d+\\))?', 'leave a (?:comment|reply)', '\\d+ comments?', 'comments?', 'join the (?:conversation|discussion)'],
  },
  deu: {
    advertising: ['werbung', 'anzeige', 'gesponsert', 'weiter nach der anzeige', 'artikel wird unter der anzeige fortgesetzt'],
    'related links': [`mehr zum thema${THEN_A_TITLE}`, `lesen sie (?:auch|mehr)${THEN_A_TITLE}`, `auch interessant${THEN_A_TITLE}`, `weitere artikel${THEN_A_TITLE}`],
    sharing: ['(?:artikel |beitrag )?teilen', 'drucken', 'link kopieren', 'per e-?mail (?:teilen|versenden)'],
    'newsletter or subscription': ['(?:jetzt )?(?:newsletter )?abonnieren', 'zum newsletter anmelden', 'melden sie sich für unseren newsletter an'],
    comments: ['kommentare?(?: \\(\\d+\\))?', '\\d+ kommentare?'],
  },
  fra: {
    advertising: ['publicité', 'sponsorisé', 'la suite après (?:cette )?(?:la )?publicité'],
    'related links': [`(?:à )?lire aussi${THEN_A_TITLE}`, `lire la suite${THEN_A_TITLE}`, `sur le même sujet${THEN_A_TITLE}`],
    sharing: ['partager(?: cet article| sur (?:facebook|twitter|x|linkedin))?', 'imprimer(?: cet article)?', 'copier le lien'],
    'newsletter or subscription': ['abonnez-vous(?: à (?:notre|la) newsletter)?', 'inscrivez-vous à (?:notre|la) newsletter', 'je m[’\']abonne'],
    comments: ['commentaires?(?: \\(\\d+\\))?', '\\d+ commentaires?', 'réagir'],
  },
  spa: {
    advertising: ['publicidad', 'anuncio', 'contenido patrocinado'],
    'related links': [`(?:leer|lee|lea) (?:más|también)${THEN_A_TITLE}`, `noticias relacionadas${THEN_A_TITLE}`, `te puede interesar${THEN_A_TITLE}`],
    sharing: ['compartir(?: este artículo| en (?:facebook|twitter|x|whatsapp))?', 'imprimir', 'copiar enlace'],
    'newsletter or subscription': ['suscríbete(?: a (?:nuestro|nuestra) (?:boletín|newsletter))?', 'suscribirse'],
    comments: ['comentarios?(?: \\(\\d+\\))?', '\\d+ comentarios?'],
  },
  nld: {
    advertising: ['advertentie', 'gesponsord'],
    'related links': [`lees (?:ook|meer)${THEN_A_TITLE}`, `meer over dit onderwerp${THEN_A_TITLE}`, `gerelateerde artikelen${THEN_A_TITLE}`],
    sharing: ['(?:deel )?dit artikel(?: delen)?', 'delen', 'printen', 'kopieer link'],
    'newsletter or subscription': ['schrijf je in voor (?:onze|de) nieuwsbrief', 'abonneer(?: je)?(?: nu)?', 'meld je aan voor (?:onze|de) nieuwsbrief'],
    comments: ['reacties?(?: \\(\\d+\\))?', '\\d+ reacties?'],
  },
  ita: {
    advertising: ['pubblicità', 'contenuto sponsorizzato'],
    'related links': [`leggi anche${THEN_A_TITLE}`, `potrebbe interessarti${THEN_A_TITLE}`, `articoli correlati${THEN_A_TITLE}`],
    sharing: ['condividi(?: questo articolo| su (?:facebook|twitter|x|whatsapp))?', 'stampa'],
    'newsletter or subscription': ['iscriviti alla (?:nostra )?newsletter', 'abbonati(?: ora)?'],
    comments: ['commenti(?: \\(\\d+\\))?', '\\d+ commenti'],
  },
  por: {
    advertising: ['publicidade', 'anúncio', 'conteúdo patrocinado'],
    'related links': [`leia (?:mais|também)${THEN_A_TITLE}`, `veja também${THEN_A_TITLE}`, `saiba mais${THEN_A_TITLE}`],
    sharing: ['compartilhe(?: este artigo)?', 'partilhe(?: este artigo)?', 'compartilhar', 'partilhar', 'imprimir'],
    'newsletter or subscription': ['assine (?:a nossa |a |nossa )?newsletter', 'inscreva-se(?: na (?:nossa )?newsletter)?'],
    comments: ['comentários?(?: \\(\\d+\\))?', '\\d+ comentários?'],
  },
};

/** Labels of a picture credit (`Photo: Jane Doe/Reuters`), in every language at once. */
export const CREDIT_LABELS: readonly string[] = [
  'photo', 'photos', 'photograph', 'image', 'picture', 'illustration', 'graphic', 'video', 'credit', 'photo credit', 'image credit', 'source image',
  'foto', 'fotos', 'bild', 'grafik', 'crédit photo', 'imagen', 'ilustración', 'beeld', 'illustratie', 'immagine', 'imagem',
];

/**
 * Picture agencies. After a photographer's name (`Jane Doe/Reuters`, `AP Photo/Jane Doe`) any
 * of them makes a credit; alone on a line only a pure picture library does, since a news
 * agency alone (`Reuters`) is as likely the value of a `Source:` label above it.
 */
export const PICTURE_AGENCIES: readonly string[] = [
  'getty images', 'reuters', 'ap photo', 'ap', 'afp', 'epa', 'epa-efe', 'shutterstock', 'alamy', 'dpa', 'anp', 'bloomberg', 'pa', 'pa images', 'unsplash',
];
export const PICTURE_LIBRARIES: readonly string[] = ['getty images', 'shutterstock', 'alamy', 'unsplash', 'istock', 'istockphoto'];

/** Social networks and share actions: a line of nothing else is a share bar. */
export const SHARE_BAR_WORDS: readonly string[] = [
  'facebook', 'twitter', 'x', 'linkedin', 'email', 'e-mail', 'mail', 'whatsapp', 'pinterest', 'reddit', 'print', 'share', 'tweet', 'copy link',
  'link', 'messenger', 'telegram', 'flipboard', 'tumblr', 'threads', 'bluesky', 'mastodon', 'instagram', 'youtube', 'sms', 'pocket',
];

/** Phrases of cookie notices, found anywhere in a short line. */
export const COOKIE_NOTICE = [
  '(?:we|this (?:web)?site|our (?:web)?site|we and our partners) uses? cookies', 'by (?:continuing to )?(?:use|using|browse|browsing) (?:this|our) (?:web)?site',
  '(?:accept|allow|reject|decline) (?:all )?cookies', 'cookie (?:policy|settings|preferences|consent|notice)', 'manage (?:your )?(?:cookie )?preferences',
  'wir verwenden cookies', 'diese (?:web)?seite verwendet cookies', '(?:ce site|nous) utilis(?:e|ons) des cookies', '(?:utilizamos|usamos) cookies',
  'este sitio (?:web )?(?:utiliza|usa) cookies', '(?:wij gebruiken|deze website gebruikt) cookies', '(?:utilizziamo|questo sito utilizza) (?:i )?cookie', 'este site (?:usa|utiliza) cookies',
];
/**
 * A word every phrase of `COOKIE_NOTICE` contains (a test keeps it so): a quick test that lets
 * a long line skip the long alternation.
 */
export const COOKIE_NOTICE_KEYWORD = /cookie|site|seite|sito|sitio|preferences/i;
