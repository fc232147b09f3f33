// A person's grammatical gender, guessed from a title (Mr., Mrs., Ms.), a first name or a Russian surname's ending, so
// that "she said" is not given to a man named last when a woman was named before him. No guess is made when the
// evidence is missing: an unknown person stays a candidate for either pronoun.

export type Gender = 'male' | 'female';

const FEMALE_NAMES = new Set(
  `Abigail Ada Adriana Agnes Aida Aigerim Aisha Alexandra Alexis Alice Alicia Alina Alison Allison Alyssa Amanda Amber
  Amelia Amy Ana Andrea Angela Angelina Anita Ann Anna Anne Annette Antonia Arianna Ashley Aygun Barbara Beatrice Becky
  Betsy Betty Beverly Bonnie Brenda Bridget Brittany Camila Candace Carla Carly Carmen Carol Caroline Carolyn Cassandra
  Catherine Cathy Cecile Cecilia Charlotte Chelsea Cheryl Christina Christine Cindy Claire Claudia Colleen Connie
  Cynthia Daisy Dana Danielle Deborah Debbie Debra Denise Diana Diane Donna Doris Dorothy Edith Elaine Eleanor Elena
  Elisabeth Elizabeth Ella Ellen Elsa Emily Emma Erica Erin Esther Eva Evelyn Fatima Fiona Frances Gabriela Gabrielle
  Gail Gina Gloria Grace Gwen Hannah Harriet Heather Heidi Helen Hillary Holly Huma Ingrid Irene Iris Irina Isabel
  Isabella Ivanka Jacqueline Jane Janet Janice Jasmine Jean Jeanne Jennifer Jessica Jill Joan Joanna Jodi Joni Josephine
  Joy Joyce Judith Judy Julia Julie Juliet June Karen Kate Katherine Kathleen Kathryn Kathy Katie Kay Kayla Kelly Kellyanne
  Kim Kimberly Kirsten Kristen Laura Lauren Leila Lena Leslie Lily Linda Lisa Lois Loretta Lori Louise Lucy Lydia Lynn
  Madeleine Madeline Maria Marie Marina Marion Marsha Martha Mary Maureen Maxine Megan Megyn Melania Melanie Melissa
  Michele Michelle Mila Mildred Miriam Molly Monica Nadia Nancy Naomi Natalia Natalie Natasha Nicole Nikki Nina Nino
  Nora Olga Olivia Pamela Patricia Paula Pauline Peggy Penny Rachel Rebecca Regina Renee Rita Roberta Rosa Rose Rosemary
  Ruth Sabrina Sally Samantha Sandra Sara Sarah Sharon Sheila Shirley Silvia Sofia Sonia Sophia Sophie Stacey Stephanie
  Susan Susana Suzanne Sylvia Tamara Tammy Tanya Teresa Theresa Tiffany Tina Tracy Tulsi Leyla Mehriban Ursula Valerie Vanessa Vera
  Veronica Victoria Virginia Wanda Wendy Yulia Zoe Анна Елена Мария Ольга Наталья Ирина Татьяна Светлана Екатерина
  Юлия Марина Валентина Людмила Галина Вероника Дарья Ксения Алина Виктория`.split(/\s+/),
);

const MALE_NAMES = new Set(
  `Aaron Abdul Adam Adrian Ahmed Alan Albert Alberto Alex Alexander Alexei Ali Allen Andrew Andy Anthony Antonio Arnold
  Arthur Barack Barney Ben Benjamin Bernard Bernie Bill Billy Bob Bobby Boris Brad Bradley Brandon Brian Bruce Bryan
  Carl Carlos Chad Charles Charlie Chris Christian Christopher Chuck Clarence Clark Colin Craig Curtis Dale Dan Daniel
  Danny Darrell Dave David Dennis Derek Dick Dmitry Don Donald Doug Douglas Dwight Earl Ed Eddie Edward Elijah Elliot
  Emmanuel Eric Ernest Eugene Evan Frank Franklin Fred Frederick Gary Gene George Gerald Glenn Gordon Grant Greg Gregory
  Harold Harry Hassan Henry Herbert Howard Hugh Hunter Ian Ibrahim Igor Ilham Isaac Ivan Jack Jacob Jake James Jared
  Jason Jay Jeb Jeff Jeffrey Jeremy Jerome Jerry Jesse Jim Jimmy Joe Joel John Johnny Jon Jonathan Jorge Jose Joseph
  Josh Joshua Juan Justin Karl Keith Ken Kenneth Kevin Kurt Kyle Lance Larry Lawrence Lee Leon Leonard Lewis Lindsey
  Louis Luis Luke Marco Marcus Mark Martin Matt Matthew Max Michael Mickey Mike Mikhail Mitch Mitt Mohammed Muhammad
  Nathan Neil Newt Nicholas Nick Nikolai Norman Oleg Oliver Omar Oscar Patrick Paul Pedro Pete Peter Phil Philip Rahm
  Ralph Rand Randy Raul Ray Raymond Reince Richard Rick Rob Robert Roberto Rodney Roger Ron Ronald Ross Roy Rudy Russell
  Ryan Sam Samuel Scott Sean Sergei Sergey Seth Stephen Steve Steven Stuart Ted Terry Thomas Tim Timothy Todd Tom Tommy
  Tony Travis Trey Troy Tyler Vernon Victor Vincent Vladimir Walter Warren Wayne Wesley William Willie Yuri Zachary
  Александр Алексей Андрей Борис Владимир Дмитрий Евгений Иван Игорь Михаил Николай Олег Павел Сергей Юрий Виктор
  Марат Хикмет Ильхам Jeyhun Hikmet Ilham Elmar Mukhtar Ramiz Novruz Recep Mevlut Hakan`.split(/\s+/),
);

/** A title, and up to two given names, right before a surname. */
const TITLE_BEFORE = /(?<![\p{L}])(Mrs|Ms|Miss|Mr)\.?\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,2}$/u;
const LETTER = /\p{L}/u;

/**
 * "Mrs. Clinton", "Ms. Warren", "Mr. Trump": a title before the surname anywhere in the text. Each place the surname
 * stands is looked at with one fixed pattern (building a pattern per name cost a twentieth of all extraction).
 */
function titleGender(text: string, surname: string, placesOf?: (word: string) => number[]): Gender | null {
  // Given where the surname opens a word, only those places are looked at: a title stands before a word's start.
  const places = placesOf?.(surname) ?? null;
  let k = 0;
  const nextPlace = (from: number) => (places ? (places[k++] ?? -1) : text.indexOf(surname, from));
  for (let at = nextPlace(0); at >= 0; at = nextPlace(at + 1)) {
    const next = text[at + surname.length];
    if (next !== undefined && LETTER.test(next)) continue;
    const title = TITLE_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
    if (title) return title[1] === 'Mr' ? 'male' : 'female';
  }
  return null;
}

/**
 * The gender a full name or a surname suggests in this text, or null when nothing tells. `placesOf` gives where a
 * word stands in the text, from an index made once, instead of a search of the whole text per name; `byTitle` keeps
 * what the titles before each surname told, for the next person of the same surname.
 */
export function guessGender(name: string, text: string, placesOf?: (word: string) => number[], byTitle?: Map<string, Gender | null>): Gender | null {
  const words = name.split(/\s+/).filter((w) => !/\.$/.test(w));
  const first = words[0] ?? '';
  if (words.length > 1 && FEMALE_NAMES.has(first)) return 'female';
  if (words.length > 1 && MALE_NAMES.has(first)) return 'male';
  const surname = words.at(-1) ?? '';
  // Russian surnames agree with their bearer: Захарова, Петрова, Вишневская are a woman's; Лавров, Песков a man's.
  if (/^\p{Lu}\p{Ll}+(?:ова|ева|ёва|ина|ская|цкая)$/u.test(surname)) return 'female';
  if (/^\p{Lu}\p{Ll}+(?:ов|ев|ёв|ин|ский|цкий)$/u.test(surname)) return 'male';
  // The same endings as transliterated: Zakharova, Aliyeva; Bayramov, Aliyev.
  if (/^\p{Lu}\p{Ll}+(?:ova|eva|yeva|ovna|evna)$/u.test(surname)) return 'female';
  if (/^\p{Lu}\p{Ll}+(?:ov|ev|yev)$/u.test(surname)) return 'male';
  if (surname.length <= 1) return null;
  // Many people of one surname ("Kim", "Aliyev") are told by the same titles before it: read once per surname.
  let gender = byTitle?.get(surname);
  if (gender === undefined) {
    gender = titleGender(text, surname, placesOf);
    byTitle?.set(surname, gender);
  }
  return gender;
}

/** The gender a pronoun or a role noun asks for: "she", "она", "the spokeswoman"; null for "they" or "the minister". */
export function mentionGender(mention: string): Gender | null {
  if (/^(?:she|она)$/i.test(mention) || /(?:^|\s)(?:\S*woman|wife|mother|actress|daughter|sister)$/i.test(mention)) return 'female';
  if (/^(?:he|он)$/i.test(mention) || /(?:^|\s)(?:\S*(?<!wo)man|husband|father|son|brother)$/i.test(mention)) return 'male';
  return null;
}
