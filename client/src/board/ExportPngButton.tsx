import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImageDownloadIcon } from '../ui/icons';
import { IconButton } from '../ui/IconButton';
import { exportBoardPng } from './export-png';
import type { BoardSession } from './session';
import { useBoardTitle } from './useBoardTitle';

export function ExportPngButton({ session }: { session: BoardSession }) {
  const { t } = useTranslation();
  const title = useBoardTitle(session, session.boardId) || t('board.untitled');
  const [state, setState] = useState<'idle' | 'working' | 'failed'>('idle');

  const run = async () => {
    setState('working');
    try {
      await exportBoardPng(session.doc, title, t('boardContent.groups.untitled'));
      setState('idle');
    } catch {
      setState('failed');
    }
  };

  return (
    <>
      <IconButton
        label={t(`boardContent.exportPng.${state === 'idle' ? 'button' : state}`)}
        testId="export-png"
        disabled={state === 'working'}
        onClick={() => void run()}
      >
        <ImageDownloadIcon />
      </IconButton>
      {state === 'failed' && (
        <span className="visually-hidden" role="alert">
          {t('boardContent.exportPng.failed')}
        </span>
      )}
    </>
  );
}
