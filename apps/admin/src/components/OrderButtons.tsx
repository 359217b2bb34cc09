import { texts } from '../i18n/texts.ts';
import { useConfig } from '../state/config-store.ts';
import { useSession } from '../state/session-store.ts';

export interface OrderButtonsProps {
  index: number;
  count: number;
  /** The item's name, so each button says what it moves. */
  name: string;
  move: (from: number, to: number) => void;
}

/** Move up and move down: the keyboard's way to order a list that can also be ordered by dragging. */
export function OrderButtons({ index, count, name, move }: OrderButtonsProps) {
  const locale = useSession((s) => s.locale);
  const saving = useConfig((s) => s.saving);
  return (
    <span className="order">
      <button
        type="button"
        className="btn btn--small"
        disabled={saving || index === 0}
        onClick={() => move(index, index - 1)}
        aria-label={texts(locale, 'moveUp', { name })}
        data-testid="move-up"
      >
        ↑
      </button>
      <button
        type="button"
        className="btn btn--small"
        disabled={saving || index === count - 1}
        onClick={() => move(index, index + 1)}
        aria-label={texts(locale, 'moveDown', { name })}
        data-testid="move-down"
      >
        ↓
      </button>
    </span>
  );
}
