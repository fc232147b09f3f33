// Which appositions may propose an official: a person's name with an office, never a place, another person or an
// outlet.
import { describe, expect, it } from 'vitest';
import { checkProposal, nameProblem, roleProblem } from '../../electron/statements/proposal-check';

describe('checkProposal', () => {
  it.each([
    ['Hikmet Hajiyev', 'Assistant to the President of Azerbaijan - Head of the Foreign Policy Affairs Department'],
    ['Hikmət Hacıyev', 'Prezidentin köməkçisi'],
    ['Хикмет Гаджиев', 'помощник президента Азербайджана'],
    ['Jeyhun Bayramov', 'Foreign Minister'],
    ['Nino Beridze', 'the Georgian ambassador'],
    ['Ursula von der Leyen', 'President of the European Commission'],
    ['Maria Santos', 'a senior fellow at the Carnegie Endowment'],
    ['王毅', '外交部部长'],
  ])('proposes %s as %s', (name, role) => {
    expect(checkProposal(name, role)).toEqual({ ok: true });
  });

  it.each([
    ['Cape Canaveral', 'Florida', 'the name is a place'],
    ['Andrew Shearer', 'Justin Bassi', 'the role is another person’s name'],
    ['Jon Sopel', 'BBC News', 'the role is an outlet'],
    ['Anna Smith', 'BBC correspondent in Moscow', 'a journalist is not an official'],
    ['Jeyhun Bayramov', 'Baku', 'the role names no office'],
    ['Ministry Of Defence', 'Head of the Press Service', 'the name is an organisation or an outlet'],
    ['Bayramov', 'Foreign Minister', 'a person’s name has two to four words'],
    ['the minister', 'Head of the delegation', 'every word of a name is capitalised'],
  ])('does not propose %s as %s', (name, role, reason) => {
    expect(checkProposal(name, role)).toEqual({ ok: false, reason });
  });

  it('needs a role', () => {
    expect(checkProposal('Hikmet Hajiyev', null).ok).toBe(false);
  });
});

describe('nameProblem and roleProblem', () => {
  it('reads a five-word run as no name', () => {
    expect(nameProblem('One Two Three Four Five')).not.toBeNull();
  });
  it('takes "of/to" a body as a role without an office word', () => {
    expect(roleProblem('a voice of the Azerbaijani diaspora')).toBeNull();
    expect(roleProblem('')).toBe('no role');
  });
});
