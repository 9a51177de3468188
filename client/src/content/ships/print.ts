import './print.css';

/**
 * Prints one part of the page: `body.printing-<what>` lets print.css hide
 * everything else (the board, headers, the other ships) for the print only.
 */
export function printOnly(what: 'ship' | 'harbour'): void {
  const className = `printing-${what}`;
  document.body.classList.add(className);
  const done = () => {
    document.body.classList.remove(className);
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}
