import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultBoard } from '@mutopia/shared/results/board-notes';
import { canvasPng, drawContent } from '../board/export-png';
import { pngFileName } from '../board/png-layout';

/**
 * One station's board as an image, drawn on request from the results' copy of
 * its notes and groups (a reader of the public page cannot open the board).
 */
export function BoardImage({ board }: { board: ResultBoard }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);

  const show = async () => {
    setFailed(false);
    try {
      const notes = [...board.groups.flatMap((g) => g.notes), ...board.loose];
      const canvas = drawContent(notes, board.groups, board.stationName, t('results.notes.untitledGroup'));
      setUrl(URL.createObjectURL(await canvasPng(canvas)));
    } catch {
      setFailed(true);
    }
  };

  if (!url) {
    return (
      <div className="result-board__image no-print">
        <button
          type="button"
          className="button button--secondary button--small"
          data-testid="result-board-show-image"
          onClick={() => void show()}
        >
          {t('results.notes.showImage')}
        </button>
        {failed && (
          <p className="form-error" role="alert">
            {t('results.notes.imageFailed')}
          </p>
        )}
      </div>
    );
  }
  return (
    <figure className="result-board__image">
      <img
        src={url}
        alt={t('results.notes.imageAlt', { station: board.stationName })}
        data-testid="result-board-image"
      />
      <figcaption className="no-print">
        <a href={url} download={pngFileName(board.stationName)} data-testid="result-board-download-image">
          {t('results.notes.downloadImage')}
        </a>
      </figcaption>
    </figure>
  );
}
