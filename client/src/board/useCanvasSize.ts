import { useLayoutEffect, type RefObject } from 'react';
import { useViewportStore } from '../stores/viewport';

/** Keeps the viewport store's canvas size in step with the element. */
export function useCanvasSize(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const { width, height } = element.getBoundingClientRect();
      const current = useViewportStore.getState().size;
      if (current.width !== width || current.height !== height) useViewportStore.getState().setSize({ width, height });
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
}
