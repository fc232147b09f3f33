// Adding an official by hand: the name as the office writes it, its spellings in other scripts, country,
// organization and roles with their dates. The contract's own schema checks the form as it is sent, so a mistake is
// shown beside its field in the same words the route would use, and nothing typed is lost when one is refused.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { officialDraft } from '../../../electron/api/contract';
import type { OfficialDetail } from '../../../electron/api/types';
import { call, errorMessage } from '../api/client';
import { Dialog } from './Dialog';
import { useToast } from './Toasts';

interface RoleRow {
  key: number;
  title: string;
  from: string;
  to: string;
}

interface Props {
  open: boolean;
  onClose(): void;
  onAdded(official: OfficialDetail): void;
}

export function AddOfficialDialog({ open, onClose, onAdded }: Props) {
  return (
    <Dialog title="Add an official" open={open} onClose={onClose} wide>
      <AddOfficialForm onClose={onClose} onAdded={onAdded} />
    </Dialog>
  );
}

/** Errors by field: "name", "aliases", "country", "organization", "roles.0.title", … and "form" for the rest. */
type FieldErrors = Record<string, string>;

function AddOfficialForm({ onClose, onAdded }: Omit<Props, 'open'>) {
  const client = useQueryClient();
  const toast = useToast();
  const [name, setName] = useState('');
  const [spellings, setSpellings] = useState('');
  const [country, setCountry] = useState('');
  const [organization, setOrganization] = useState('');
  const [roles, setRoles] = useState<RoleRow[]>([{ key: 0, title: '', from: '', to: '' }]);
  const [nextKey, setNextKey] = useState(1);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);
  // The dialog opens (showModal) after this form mounts and moves focus to its first button; the name comes after.
  useEffect(() => {
    const timer = window.setTimeout(() => nameInput.current?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, []);

  // Clearing a field's error as it is edited, so an old message never sits beside a corrected value.
  const clear = (field: string) => setErrors((all) => (field in all || 'form' in all ? Object.fromEntries(Object.entries(all).filter(([k]) => k !== field && k !== 'form')) : all));

  const draft = () => ({
    name,
    // One spelling per line (or separated by semicolons): names themselves may hold commas in some styles.
    aliases: spellings
      .split(/[\n;]/)
      .map((s) => s.trim())
      .filter((s) => s !== ''),
    country: country.trim() || null,
    organization: organization.trim() || null,
    // A row left empty is not a role; a row with only dates is, so its missing title is pointed out.
    roles: roles.filter((r) => r.title.trim() || r.from.trim() || r.to.trim()).map((r) => ({ title: r.title, validFrom: r.from.trim() || null, validTo: r.to.trim() || null })),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = draft();
    const checked = officialDraft.safeParse(input);
    if (!checked.success) {
      const found: FieldErrors = {};
      // The rows sent are the non-empty ones: map their index back to the row on screen.
      const shown = roles.map((r, i) => (r.title.trim() || r.from.trim() || r.to.trim() ? i : -1)).filter((i) => i >= 0);
      for (const issue of checked.error.issues) {
        const [head, index, field] = issue.path;
        const key = head === 'roles' && typeof index === 'number' ? `roles.${shown[index] ?? index}.${String(field ?? 'title')}` : String(head ?? 'form');
        found[key] ??= issue.message;
      }
      setErrors(found);
      return;
    }
    setBusy(true);
    try {
      const official = await call('officials.create', input);
      void client.invalidateQueries({ queryKey: ['officials'] });
      void client.invalidateQueries({ queryKey: ['statements'] });
      onClose();
      onAdded(official);
      toast({ message: `${official.canonicalName} is in the registry${official.statementCount > 0 ? `, with ${official.statementCount} statement${official.statementCount === 1 ? '' : 's'} already in your clips` : ''}.` });
    } catch (err) {
      // A spelling taken by someone else is the usual refusal; it belongs beside the names.
      const message = errorMessage(err);
      setErrors({ [/already in the registry/.test(message) ? (message.startsWith(name.trim()) ? 'name' : 'aliases') : 'form']: message });
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (field: string) =>
    errors[field] ? (
      <p id={`official-${field.replace(/\./g, '-')}-error`} className="field-error" role="alert">
        {errors[field]}
      </p>
    ) : null;
  const describedBy = (field: string) => (errors[field] ? `official-${field.replace(/\./g, '-')}-error` : undefined);

  const setRole = (key: number, change: Partial<RoleRow>, field: string) => {
    setRoles((all) => all.map((r) => (r.key === key ? { ...r, ...change } : r)));
    clear(field);
  };

  return (
    <form className="paste-form official-form" onSubmit={(e) => void submit(e)} noValidate>
      <label className="field">
        <span className="field-label">Name</span>
        <input
          ref={nameInput}
          value={name}
          placeholder="Hikmet Hajiyev"
          onChange={(e) => (setName(e.target.value), clear('name'))}
          aria-invalid={errors['name'] !== undefined}
          aria-describedby={describedBy('name')}
        />
        {fieldError('name')}
      </label>
      <label className="field">
        <span className="field-label">Other spellings, one a line (any script)</span>
        <textarea
          className="paste-text official-spellings"
          value={spellings}
          placeholder={'Hikmət Hacıyev\nХикмет Гаджиев'}
          onChange={(e) => (setSpellings(e.target.value), clear('aliases'))}
          aria-invalid={errors['aliases'] !== undefined}
          aria-describedby={describedBy('aliases')}
          dir="auto"
        />
        {fieldError('aliases')}
      </label>
      <div className="field-row">
        <label className="field">
          <span className="field-label">Country</span>
          <input value={country} placeholder="Azerbaijan" onChange={(e) => (setCountry(e.target.value), clear('country'))} aria-invalid={errors['country'] !== undefined} aria-describedby={describedBy('country')} />
          {fieldError('country')}
        </label>
        <label className="field">
          <span className="field-label">Organization</span>
          <input
            value={organization}
            placeholder="Presidential Administration"
            onChange={(e) => (setOrganization(e.target.value), clear('organization'))}
            aria-invalid={errors['organization'] !== undefined}
            aria-describedby={describedBy('organization')}
          />
          {fieldError('organization')}
        </label>
      </div>
      <fieldset className="official-roles">
        <legend className="field-label">Roles</legend>
        {roles.map((r, i) => (
          <div key={r.key} className="official-role-row">
            <label className="field">
              <span className="sr-only">Role {i + 1} title</span>
              <input
                value={r.title}
                placeholder="Assistant to the President"
                onChange={(e) => setRole(r.key, { title: e.target.value }, `roles.${i}.title`)}
                aria-invalid={errors[`roles.${i}.title`] !== undefined}
                aria-describedby={describedBy(`roles.${i}.title`)}
              />
              {fieldError(`roles.${i}.title`)}
            </label>
            <label className="field">
              <span className="sr-only">Role {i + 1} from</span>
              <input
                value={r.from}
                placeholder="from YYYY-MM-DD"
                onChange={(e) => setRole(r.key, { from: e.target.value }, `roles.${i}.validFrom`)}
                aria-invalid={errors[`roles.${i}.validFrom`] !== undefined}
                aria-describedby={describedBy(`roles.${i}.validFrom`)}
              />
              {fieldError(`roles.${i}.validFrom`)}
            </label>
            <label className="field">
              <span className="sr-only">Role {i + 1} to</span>
              <input
                value={r.to}
                placeholder="to YYYY-MM-DD"
                onChange={(e) => setRole(r.key, { to: e.target.value }, `roles.${i}.validTo`)}
                aria-invalid={errors[`roles.${i}.validTo`] !== undefined}
                aria-describedby={describedBy(`roles.${i}.validTo`)}
              />
              {fieldError(`roles.${i}.validTo`)}
            </label>
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove role ${i + 1}`}
              disabled={roles.length === 1}
              onClick={() => {
                setRoles((all) => all.filter((x) => x.key !== r.key));
                // Row errors are keyed by position, which shifts: they are checked again on the next save.
                setErrors((all) => Object.fromEntries(Object.entries(all).filter(([k]) => !k.startsWith('roles.'))));
              }}
            >
              ×
            </button>
          </div>
        ))}
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setRoles((all) => [...all, { key: nextKey, title: '', from: '', to: '' }]);
            setNextKey(nextKey + 1);
          }}
        >
          Add another role
        </button>
      </fieldset>
      {fieldError('form')}
      <div className="dialog-footer">
        <span className="hint">Added by you, so in the registry at once.</span>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Adding…' : 'Add official'}
        </button>
      </div>
    </form>
  );
}
