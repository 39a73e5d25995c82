import { useState, type FormEvent, type ReactNode } from 'react';
import type { Commitment } from '../../../../electron/shared/crm/commitment';
import type { ContactProfile } from '../../../../electron/shared/crm/crm-views';
import type { Interaction } from '../../../../electron/shared/crm/interaction';
import { netwell } from '../../bridge/netwell';
import { showToast } from '../../components/toasts';
import { ContactPicker } from '../crm/ContactPicker';
import {
  CHANNEL_LABELS,
  DIRECTION_LABELS,
  KIND_LABELS,
  STRENGTH_LABELS,
  capitalise,
  instantText,
  shortDay,
  todayLocal,
} from '../crm/crmText';
import { LogInteractionForm } from '../crm/LogInteractionForm';
import { keptRateText, useContactNames, useKeptRate } from '../crm/useCrm';
import { DatedItemForm } from './DatedItemForm';
import { InlineField } from './InlineField';
import { formatCount } from '../../lib/numbers';
import { useRequestId } from '../../lib/useRequestId';

function Section({
  id,
  title,
  children,
  aside,
}: {
  id: string;
  title: string;
  children: ReactNode;
  aside?: ReactNode;
}) {
  return (
    <section className="crm-section" aria-labelledby={id}>
      <div className="crm-section-header">
        <h3 id={id} className="crm-section-title">
          {title}
        </h3>
        {aside}
      </div>
      {children}
    </section>
  );
}

async function report<T>(
  promise: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
) {
  const result = await promise;
  if (!result.ok) showToast(result.error.message, { tone: 'error' });
  return result.ok ? result.value : null;
}

/** Strength in words, and when to be in touch next. */
export function RelationshipSection({ profile }: { profile: ContactProfile }) {
  const { strength, keepInTouch } = profile;
  return (
    <Section id="crm-relationship" title="Relationship">
      <p className="strength-line">
        <span className={`strength strength-${strength.level}`}>
          {STRENGTH_LABELS[strength.level]}
        </span>
        {strength.reasons.length > 0 && (
          <span className="strength-reasons">{strength.reasons.join(' · ')}</span>
        )}
      </p>
      <p className="keep-line">
        {keepInTouch ? (
          <>
            {capitalise(keepInTouch.cadence)}
            {keepInTouch.fromTag && ` (from tag ${keepInTouch.fromTag})`}
            {keepInTouch.overdue ? (
              <span className="keep-overdue"> · Time to reconnect: {keepInTouch.overdue}</span>
            ) : (
              ` · next due ${shortDay(keepInTouch.nextDueOn)}`
            )}
          </>
        ) : (
          <span className="muted">No keep-in-touch reminder for them.</span>
        )}
      </p>
    </Section>
  );
}

function interactionSummary(i: Interaction): string {
  return `${KIND_LABELS[i.kind]} · ${DIRECTION_LABELS[i.direction]} · ${CHANNEL_LABELS[i.channel]}`;
}

const TIMELINE_STEP = 25;

/** Newest first; each can be deleted, with Undo. */
export function TimelineSection({
  profile,
  logOpen,
  setLogOpen,
}: {
  profile: ContactProfile;
  logOpen: boolean;
  setLogOpen: (open: boolean) => void;
}) {
  // A long history (hundreds of messages) opens at its newest part; the rest is one click away.
  const [shown, setShown] = useState(TIMELINE_STEP);
  const remove = async (interaction: Interaction) => {
    const removed = await report(netwell.interactions.delete({ id: interaction.id }));
    if (!removed) return;
    showToast(`Deleted the ${KIND_LABELS[removed.kind].toLowerCase()} from the timeline.`, {
      action: {
        label: 'Undo',
        run: () => void report(netwell.interactions.restore({ interaction: removed })),
      },
      focusAction: true,
    });
  };
  return (
    <Section
      id="crm-timeline"
      title="Timeline"
      aside={
        !logOpen && (
          <button type="button" className="button button-small" onClick={() => setLogOpen(true)}>
            Log interaction
          </button>
        )
      }
    >
      {logOpen && (
        <div className="crm-subpanel" role="group" aria-label="Log an interaction">
          <LogInteractionForm
            contactId={profile.contact.id}
            contactName={profile.contact.name}
            onLogged={() => setLogOpen(false)}
            onCancel={() => setLogOpen(false)}
          />
        </div>
      )}
      {profile.interactions.length === 0 ? (
        <p className="muted">Nothing logged yet.</p>
      ) : (
        <ol className="timeline" aria-label="Interactions, newest first">
          {profile.interactions.slice(0, shown).map((i) => (
            <li key={i.id} className="timeline-item">
              <div className="timeline-text">
                <p className="timeline-what">{interactionSummary(i)}</p>
                <p className="timeline-when">
                  <time dateTime={i.at}>{instantText(i.at)}</time>
                </p>
                {i.note && <p className="timeline-note">{i.note}</p>}
              </div>
              <button
                type="button"
                className="button button-quiet button-small"
                aria-label={`Delete ${interactionSummary(i)}, ${instantText(i.at)}`}
                onClick={() => void remove(i)}
              >
                Delete
              </button>
            </li>
          ))}
        </ol>
      )}
      {profile.interactions.length > shown && (
        <button
          type="button"
          className="button button-quiet button-small"
          onClick={() => setShown((n) => n + TIMELINE_STEP * 4)}
        >
          Show older ({formatCount(profile.interactions.length - shown)} more)
        </button>
      )}
    </Section>
  );
}

function commitmentState(c: Commitment, today: string): string {
  if (c.status === 'kept') return c.keptOn && c.keptOn <= c.dueOn ? 'Kept on time' : 'Kept late';
  if (c.status === 'missed') return 'Missed';
  if (c.dueOn < today) return 'Overdue';
  if (c.dueOn === today) return 'Due today';
  return 'Open';
}

/** An open promise can be settled either way; a settled one can only be reopened. */
function settleChoices(c: Commitment): { outcome: Commitment['status']; label: string }[] {
  return c.status === 'open'
    ? [
        { outcome: 'kept', label: 'Kept' },
        { outcome: 'missed', label: 'Missed' },
      ]
    : [{ outcome: 'open', label: 'Reopen' }];
}

/** "I said I'd…": promises to this person, and the private kept-on-time rate. */
export function CommitmentsSection({ profile }: { profile: ContactProfile }) {
  const rate = useKeptRate();
  // The host's today (the rate's period ends on it); the computer's until it is known.
  const today = rate?.to ?? todayLocal();

  const remove = async (c: Commitment) => {
    const removed = await report(netwell.commitments.delete({ id: c.id }));
    if (!removed) return;
    showToast(`Deleted “${removed.what}”.`, {
      action: {
        label: 'Undo',
        run: () =>
          void report(
            netwell.commitments.add({
              contactId: removed.contactId,
              what: removed.what,
              dueOn: removed.dueOn,
            }),
          ).then((added) => {
            if (added && removed.status !== 'open')
              void report(netwell.commitments.settle({ id: added.id, outcome: removed.status }));
          }),
      },
      focusAction: true,
    });
  };

  return (
    <Section id="crm-commitments" title="Commitments">
      {rate && <p className="kept-rate">{keptRateText(rate)}</p>}
      {profile.commitments.length > 0 && (
        <ul className="crm-list" aria-label="Commitments">
          {profile.commitments.map((c) => (
            <li key={c.id} className="crm-list-item">
              <div className="crm-list-text">
                <p>{c.what}</p>
                <p className="muted small">
                  By {shortDay(c.dueOn)} · {commitmentState(c, today)}
                </p>
              </div>
              <div className="crm-list-actions">
                {settleChoices(c).map(({ outcome, label }) => (
                  <button
                    key={outcome}
                    type="button"
                    className="button button-small"
                    onClick={() => void report(netwell.commitments.settle({ id: c.id, outcome }))}
                  >
                    {label}
                  </button>
                ))}
                <button
                  type="button"
                  className="button button-quiet button-small"
                  aria-label={`Delete commitment: ${c.what}`}
                  onClick={() => void remove(c)}
                >
                  Delete
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <DatedItemForm
        textId="commitment-what"
        textLabel="I said I’d…"
        textMissing="Say what you promised."
        dueId="commitment-due"
        dueLabel="By"
        dueMissing="Choose the day it is due by."
        submitLabel="Add commitment"
        save={(what, dueOn, requestId) =>
          netwell.commitments.add({ contactId: profile.contact.id, what, dueOn, requestId })
        }
      />
    </Section>
  );
}

/** Dated reminders, delivered in the next networking window. */
export function FollowUpsSection({ profile }: { profile: ContactProfile }) {
  return (
    <Section id="crm-follow-ups" title="Follow-ups">
      <p className="field-hint">
        Reminders arrive in your next networking window, never off-hours.
      </p>
      {profile.followUps.length > 0 && (
        <ul className="crm-list" aria-label="Follow-ups">
          {profile.followUps.map((f) => (
            <li key={f.id} className="crm-list-item">
              <div className="crm-list-text">
                <p>{f.text}</p>
                <p className="muted small">On {shortDay(f.dueOn)}</p>
              </div>
              <div className="crm-list-actions">
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Done: ${f.text}`}
                  onClick={() => void report(netwell.followUps.done({ id: f.id }))}
                >
                  Done
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <DatedItemForm
        textId="follow-up-text"
        textLabel="Follow up on"
        textMissing="Say what to follow up on."
        dueId="follow-up-due"
        dueLabel="On"
        dueMissing="Choose a day."
        submitLabel="Add follow-up"
        save={(text, dueOn, requestId) =>
          netwell.followUps.add({ contactId: profile.contact.id, text, dueOn, requestId })
        }
      />
    </Section>
  );
}

/** "Introduced Ana to Ben on 2 Dec 2026", on both people's pages. */
export function IntroductionsSection({ profile }: { profile: ContactProfile }) {
  const [to, setTo] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const self = profile.contact;
  const names = useContactNames(
    profile.introductions
      .flatMap((i) => [i.fromContactId, i.toContactId])
      .filter((id) => id !== self.id),
  );
  const nameOf = (id: string) => (id === self.id ? self.name : (names[id] ?? '…'));
  const request = useRequestId();

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!to) return setError('Choose who to introduce them to.');
    const result = await netwell.introductions.add({
      fromContactId: self.id,
      toContactId: to,
      note,
      requestId: request.current(),
    });
    if (!result.ok) return setError(result.error.message);
    request.succeeded();
    setError(null);
    setTo('');
    setNote('');
    showToast(`Introduced ${self.name} to ${nameOf(to) === '…' ? 'them' : nameOf(to)}.`);
  };

  return (
    <Section id="crm-introductions" title="Introductions">
      {profile.introductions.length > 0 && (
        <ul className="crm-list" aria-label="Introductions">
          {profile.introductions.map((i) => (
            <li key={i.id} className="crm-list-item">
              <div className="crm-list-text">
                <p>
                  Introduced {nameOf(i.fromContactId)} to {nameOf(i.toContactId)} on{' '}
                  {shortDay(i.at.slice(0, 10))}
                </p>
                {i.note && <p className="muted small">{i.note}</p>}
              </div>
            </li>
          ))}
        </ul>
      )}
      <form className="crm-inline-form" noValidate onSubmit={(event) => void add(event)}>
        <ContactPicker
          id="introduce-to"
          label="Introduce to…"
          value={to}
          onChange={setTo}
          excludeId={self.id}
          errors={error ? [error] : []}
        />
        <InlineField
          id="introduce-note"
          label="Why (optional)"
          value={note}
          onChange={setNote}
          wide
        />
        <button type="submit" className="button button-small">
          Introduce
        </button>
      </form>
    </Section>
  );
}

export function ProposeMeetingLink({ contactId }: { contactId: string }) {
  return (
    <a
      className="button button-link"
      href={`#/meetings/new?contact=${encodeURIComponent(contactId)}`}
    >
      Propose a meeting
    </a>
  );
}

export function CrmSections({ profile }: { profile: ContactProfile }) {
  const [logOpen, setLogOpen] = useState(false);
  return (
    <div className="crm-sections">
      <RelationshipSection profile={profile} />
      <TimelineSection profile={profile} logOpen={logOpen} setLogOpen={setLogOpen} />
      <CommitmentsSection profile={profile} />
      <FollowUpsSection profile={profile} />
      <IntroductionsSection profile={profile} />
    </div>
  );
}
