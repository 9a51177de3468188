import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { DisplayMenu } from '../app/DisplayMenu';
import { ArrowLeftIcon } from '../ui/icons';
import { ConnectionIndicator } from './ConnectionIndicator';
import { DeleteBoardButton } from './DeleteBoardButton';
import { DisplayNameField } from './DisplayNameField';
import { OnlineCount } from './OnlineCount';
import type { BoardSession } from './session';

interface BoardHeaderProps {
  boardId: string;
  title: string;
  session: BoardSession | null;
}

export function BoardHeader({ boardId, title, session }: BoardHeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="board-header">
      <Link href="/" className="board-header__back" title={t('board.back')} data-testid="back-home">
        <ArrowLeftIcon size={18} />
        {/* The name holds the brand people see ("Zurück Mutopia"), as WCAG 2.5.3 asks. */}
        <span className="visually-hidden">{t('board.back')} </span>
        <span className="board-header__brand">{t('app.name')}</span>
      </Link>
      <h1 className="board-header__title" data-testid="board-title" title={title}>
        {title}
      </h1>
      <div className="board-header__status">
        <OnlineCount boardId={boardId} />
        {session && <ConnectionIndicator session={session} />}
      </div>
      <div className="board-header__tools">
        <DeleteBoardButton boardId={boardId} />
        <DisplayNameField />
        <LanguageSwitch />
        <DisplayMenu compact />
      </div>
    </header>
  );
}
