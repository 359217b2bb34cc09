import { useState, type DragEvent } from 'react';

/**
 * Native HTML drag and drop on list rows: a row dropped on another takes its place. The keyboard (and
 * anyone who cannot drag) uses the move buttons of `OrderButtons` instead, which call the same `move`.
 */
export function useDragOrder(move: (from: number, to: number) => void, enabled: boolean) {
  const [dragged, setDragged] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  return (index: number) =>
    enabled
      ? {
          draggable: true,
          className: [dragged === index && 'row--dragged', over === index && dragged !== index && 'row--drop']
            .filter(Boolean)
            .join(' '),
          onDragStart: (e: DragEvent) => {
            e.dataTransfer.effectAllowed = 'move';
            e.dataTransfer.setData('text/plain', String(index));
            setDragged(index);
          },
          onDragOver: (e: DragEvent) => {
            e.preventDefault();
            e.dataTransfer.dropEffect = 'move';
            setOver(index);
          },
          onDrop: (e: DragEvent) => {
            e.preventDefault();
            const from = Number(e.dataTransfer.getData('text/plain'));
            setDragged(null);
            setOver(null);
            if (Number.isInteger(from)) move(from, index);
          },
          onDragEnd: () => {
            setDragged(null);
            setOver(null);
          },
        }
      : {};
}
