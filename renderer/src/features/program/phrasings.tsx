/** The two phrasings of a record item, and the mark on one that lacks its business text. */
import { TextField } from '../../ui/Fields.tsx';
import './forms.css';

/** The mark on an item a business reader would get in technical words; `compact` for a title cell. */
export function MissingBusinessMark({ compact }: { compact?: boolean }) {
  if (compact)
    return (
      <span
        className="missing-business missing-business--compact"
        role="img"
        aria-label="no business text"
        title="No business phrasing: business readers get the technical text"
      >
        !
      </span>
    );
  return (
    <span className="missing-business" title="No business phrasing: business readers get the technical text">
      no business text
    </span>
  );
}

/** Both phrasings of one fact side by side: technical for engineers, business for everyone else. */
export function PhrasingsField({
  technical,
  business,
  onCommit,
  what = 'item',
}: {
  technical: string;
  business: string;
  onCommit: (which: 'technical' | 'business', text: string) => void;
  what?: string;
}) {
  return (
    <div className="phrasings">
      <TextField
        label="Technical (for engineers)"
        value={technical}
        multiline
        onCommit={(t) => onCommit('technical', t)}
      />
      <TextField
        label="Business (outcome, customers, money)"
        value={business}
        multiline
        onCommit={(t) => onCommit('business', t)}
        hint={
          business.trim() === '' ? (
            <span className="missing-business">
              Missing: business readers will get the technical text of this {what}.
            </span>
          ) : undefined
        }
      />
    </div>
  );
}
