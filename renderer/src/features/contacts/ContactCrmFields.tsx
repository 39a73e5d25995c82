import type { Platform } from '../../../../electron/shared/crm/crm-common';
import { FieldFrame, type FieldFrameProps } from '../../components/Field';
import { PLATFORM_LABELS, PLATFORM_LIST } from '../crm/crmText';
import { crmFieldId, type CrmErrors, type CrmFormValues, type KeepMode } from './crmFormModel';
import { RepeatableRows } from './RepeatableRows';

export interface ContactCrmFieldsProps {
  values: CrmFormValues;
  onChange: (update: (values: CrmFormValues) => CrmFormValues) => void;
  errors: CrmErrors;
  /** Whether the section is open (it opens itself when a message is inside). */
  open: boolean;
  onToggle: (open: boolean) => void;
}

/** A `FieldFrame` that finds its own messages among the section's, by its id. */
function Control({ errors, ...props }: Omit<FieldFrameProps, 'errors'> & { errors: CrmErrors }) {
  return <FieldFrame {...props} errors={errors[props.id]} />;
}

/** City, where we're in touch, met in person, keep in touch, custom fields, favourite. */
export function ContactCrmFields({
  values,
  onChange,
  errors,
  open,
  onToggle,
}: ContactCrmFieldsProps) {
  const set = <K extends keyof CrmFormValues>(key: K, value: CrmFormValues[K]) =>
    onChange((v) => ({ ...v, [key]: value }));
  // The two repeatable lists (platforms, custom fields) are edited the same way, by position.
  type RowsKey = 'platforms' | 'customFields';
  const setRow = <K extends RowsKey>(
    key: K,
    index: number,
    patch: Partial<CrmFormValues[K][number]>,
  ) =>
    onChange((v) => ({
      ...v,
      [key]: v[key].map((row, i) => (i === index ? { ...row, ...patch } : row)),
    }));
  const removeRow = (key: RowsKey, index: number) =>
    onChange((v) => ({ ...v, [key]: v[key].filter((_, i) => i !== index) }));
  const addRow = <K extends RowsKey>(key: K, row: CrmFormValues[K][number]) =>
    onChange((v) => ({ ...v, [key]: [...v[key], row] }));

  return (
    <details
      className="form-more"
      open={open}
      onToggle={(event) => onToggle(event.currentTarget.open)}
    >
      <summary>More about them</summary>

      <div className="form-grid">
        <Control id={crmFieldId.city} label="City" errors={errors}>
          {(aria) => (
            <input
              {...aria}
              className="input"
              autoComplete="off"
              value={values.city}
              onChange={(event) => set('city', event.target.value)}
            />
          )}
        </Control>
        <div className="field">
          <span className="field-label" aria-hidden="true">
            &nbsp;
          </span>
          <div className="inline-check">
            <input
              type="checkbox"
              id="contact-favourite"
              checked={values.favourite}
              onChange={(event) => set('favourite', event.target.checked)}
            />
            <label htmlFor="contact-favourite">Favourite</label>
          </div>
        </div>
      </div>

      <fieldset className="crm-fieldset">
        <legend>Where we’re in touch</legend>
        <RepeatableRows
          rows={values.platforms}
          removeLabel={(row, index) => `Remove ${PLATFORM_LABELS[row.platform]} (row ${index + 1})`}
          onRemove={(index) => removeRow('platforms', index)}
          addLabel="Add a platform"
          onAdd={() => addRow('platforms', { platform: 'linkedin', handle: '', url: '' })}
          renderRow={(row, index) => (
            <>
              <Control id={crmFieldId.platform(index, 'platform')} label="Platform" errors={errors}>
                {(aria) => (
                  <select
                    {...aria}
                    className="input"
                    value={row.platform}
                    onChange={(event) =>
                      setRow('platforms', index, { platform: event.target.value as Platform })
                    }
                  >
                    {PLATFORM_LIST.map((p) => (
                      <option key={p} value={p}>
                        {PLATFORM_LABELS[p]}
                      </option>
                    ))}
                  </select>
                )}
              </Control>
              <Control id={crmFieldId.platform(index, 'handle')} label="Handle" errors={errors}>
                {(aria) => (
                  <input
                    {...aria}
                    className="input"
                    autoComplete="off"
                    value={row.handle}
                    onChange={(event) => setRow('platforms', index, { handle: event.target.value })}
                  />
                )}
              </Control>
              <Control id={crmFieldId.platform(index, 'url')} label="Profile link" errors={errors}>
                {(aria) => (
                  <input
                    {...aria}
                    className="input"
                    type="url"
                    autoComplete="off"
                    placeholder="https://"
                    value={row.url}
                    onChange={(event) => setRow('platforms', index, { url: event.target.value })}
                  />
                )}
              </Control>
            </>
          )}
        />
      </fieldset>

      <fieldset className="crm-fieldset">
        <legend>Met in person</legend>
        <div className="inline-check">
          <input
            type="checkbox"
            id="contact-met"
            checked={values.met}
            onChange={(event) => set('met', event.target.checked)}
          />
          <label htmlFor="contact-met">We have met in person</label>
        </div>
        {values.met && (
          <Control
            id={crmFieldId.metOn}
            label="Met in person on"
            hint="Optional: the day you (first) met."
            errors={errors}
          >
            {(aria) => (
              <input
                {...aria}
                type="date"
                className="input input-short"
                value={values.metOn}
                onChange={(event) => set('metOn', event.target.value)}
              />
            )}
          </Control>
        )}
      </fieldset>

      <fieldset className="crm-fieldset">
        <legend>Keep in touch</legend>
        <div className="repeat-row">
          <FieldFrame id={crmFieldId.keepMode} label="Remind me">
            {(aria) => (
              <select
                {...aria}
                className="input"
                value={values.keepMode}
                onChange={(event) => set('keepMode', event.target.value as KeepMode)}
              >
                <option value="tags">Use tag settings</option>
                <option value="none">Never remind me</option>
                <option value="cadence">Every…</option>
              </select>
            )}
          </FieldFrame>
          {values.keepMode === 'cadence' && (
            <>
              <Control id={crmFieldId.keepEvery} label="Every" errors={errors}>
                {(aria) => (
                  <input
                    {...aria}
                    type="number"
                    min={1}
                    max={365}
                    className="input input-short"
                    value={values.keepEvery}
                    onChange={(event) => set('keepEvery', event.target.value)}
                  />
                )}
              </Control>
              <FieldFrame id="contact-keep-unit" label="Unit">
                {(aria) => (
                  <select
                    {...aria}
                    className="input"
                    value={values.keepUnit}
                    onChange={(event) =>
                      set('keepUnit', event.target.value as CrmFormValues['keepUnit'])
                    }
                  >
                    <option value="days">days</option>
                    <option value="weeks">weeks</option>
                    <option value="months">months</option>
                  </select>
                )}
              </FieldFrame>
            </>
          )}
        </div>
        <p className="field-hint">
          “Use tag settings” follows Settings › Keep in touch by tag. The clock restarts whenever
          you talk.
        </p>
      </fieldset>

      <fieldset className="crm-fieldset">
        <legend>Custom fields</legend>
        <RepeatableRows
          rows={values.customFields}
          removeLabel={(_, index) => `Remove custom field ${index + 1}`}
          onRemove={(index) => removeRow('customFields', index)}
          addLabel="Add a custom field"
          onAdd={() => addRow('customFields', { key: '', value: '' })}
          renderRow={(row, index) => (
            <>
              <Control id={crmFieldId.customKey(index)} label="Field name" errors={errors}>
                {(aria) => (
                  <input
                    {...aria}
                    className="input"
                    autoComplete="off"
                    value={row.key}
                    onChange={(event) => setRow('customFields', index, { key: event.target.value })}
                  />
                )}
              </Control>
              <Control id={crmFieldId.customValue(index)} label="Value" errors={errors}>
                {(aria) => (
                  <input
                    {...aria}
                    className="input"
                    autoComplete="off"
                    value={row.value}
                    onChange={(event) =>
                      setRow('customFields', index, { value: event.target.value })
                    }
                  />
                )}
              </Control>
            </>
          )}
        />
      </fieldset>
    </details>
  );
}
