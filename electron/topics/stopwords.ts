// Function words that may sit inside a key phrase ("Belt and Road") but never at its edge ("the Middle Corridor").
// Written in lower case as the words are spelled (not diacritic-folded): folding would make Turkish "iş" (work) the
// English "is", and Azerbaijani "at" (horse) collide with English stopwords.
// News reporting verbs ("said", "заявил", "bildirib") are included: in clippings they edge countless junk phrases.

const EN = `
a about above across after again against all almost along also although always am among an and another any anyone
anything are around as at be became because been before being below besides between both but by can cannot could did
do does doing done down during each either else even ever every for from further had has have having he her here hers
herself him himself his how however i if in into is it its itself just least less like made make many may me might more
most much must my myself neither no nor not now of off often on once only onto or other others our ours ourselves
out over own per perhaps quite rather same she should since so some such than that the their theirs them themselves then
there these they this those though through thus to too toward towards under until up upon us very via was we well were
what whatever when where whether which while who whom whose why will with within without would yet you your yours
yourself mr mrs ms said says say told tell added adding noted stated according yes
`;

const RU = `
а без более бы был была были было быть в вам вас весь во вот все всё всего всех вы где да даже для до его ее её ей ему
если есть еще ещё же за здесь и из или им их к как какой какая какие когда кто ли либо лишь между меня мне много может
можно мы на над надо наш наша наше наши не него нее неё нет ни них но ну о об однако он она они оно от очень по под
после при про раз с свой своя свое своё свои себя себе со так также такой там тем то того тоже только том тот ту тут у
уже хотя чего чей чем что чтобы чье чьё эта эти это этого этой этом этот я ее этих этим им которые который которая
которое которых которым котором заявил заявила заявили отметил отметила отметили сказал сказала сообщил сообщила
подчеркнул подчеркнула добавил добавила является являются будет будут может могут словам сообщает
`;

const AZ = `
amma ancaq artıq axı bəli bəs bir biz bizim bu buna bunu bunun bütün çox da daha də deyil elə əgər ən hansı hər heç
həm həmin hə ilə isə kimi ki lakin mən nə niyə o olan olaraq olub olur onlar onların onu onun öz özü sən siz sizin şu
üçün və ya yəni edib etdi etmək olunub bildirib deyib qeyd vurğulayıb
`;

const TR = `
acaba ama ancak artık aslında bazı belki ben beni benim bile bir biraz biri birkaç birçok biz bize bizim bu buna bunda
bundan bunu bunun çok çünkü da daha de değil diye en gibi göre hem hep hepsi her hiç için ile ise kadar ki kim mi mu mü
nasıl ne neden nerede niye o olan olarak ona ondan onlar onların onu onun öyle sen siz şey şu şöyle tüm ve veya ya yani
dedi söyledi belirtti etti açıkladı vurguladı
`;

const AR = `
في من على إلى الى عن مع هذا هذه ذلك تلك التي الذي الذين أن إن ان كان كانت لم لن قد ما لا هو هي هم نحن أو او ثم بين
كل بعد قبل عند حتى أي غير منذ حيث كما وقال قال وأضاف أكد
`;

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/u).filter(Boolean));
}

export const STOPWORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: words(EN),
  ru: words(RU),
  az: words(AZ),
  tr: words(TR),
  ar: words(AR),
};

const NONE: ReadonlySet<string> = new Set();

/** The stopwords of a language given as a code ("ru", "ru-RU", "RU"); an empty set for a language without a list. */
export function stopwordsFor(language: string | null | undefined): ReadonlySet<string> {
  const code = (language ?? '').slice(0, 2).toLowerCase();
  return STOPWORDS[code] ?? NONE;
}
