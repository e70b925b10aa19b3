// Runs in: renderer.
//
// One icon per kind of event, so a long chronology can be scanned by eye. Decorative: the
// kind is always written next to it.
import type { SvgIconProps } from '@mui/material/SvgIcon';
import AssignmentOutlinedIcon from '@mui/icons-material/AssignmentOutlined';
import CampaignOutlinedIcon from '@mui/icons-material/CampaignOutlined';
import ForumOutlinedIcon from '@mui/icons-material/ForumOutlined';
import GroupsOutlinedIcon from '@mui/icons-material/GroupsOutlined';
import NoteAltOutlinedIcon from '@mui/icons-material/NoteAltOutlined';
import PersonAddAltOutlinedIcon from '@mui/icons-material/PersonAddAltOutlined';
import ReplyOutlinedIcon from '@mui/icons-material/ReplyOutlined';
import SendOutlinedIcon from '@mui/icons-material/SendOutlined';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import VerifiedUserOutlinedIcon from '@mui/icons-material/VerifiedUserOutlined';
import type { ChronologyKind } from '../../../../../shared/domain/chronology';

export function ChronologyKindIcon({
  kind,
  ...props
}: { readonly kind: ChronologyKind } & SvgIconProps) {
  switch (kind) {
    case 'signaal':
      return <CampaignOutlinedIcon aria-hidden {...props} />;
    case 'notitie':
      return <NoteAltOutlinedIcon aria-hidden {...props} />;
    case 'gesprek':
      return <ForumOutlinedIcon aria-hidden {...props} />;
    case 'overleg':
      return <GroupsOutlinedIcon aria-hidden {...props} />;
    case 'actie':
      return <AssignmentOutlinedIcon aria-hidden {...props} />;
    case 'toestemming':
      return <VerifiedUserOutlinedIcon aria-hidden {...props} />;
    case 'verwijzing':
      return <SendOutlinedIcon aria-hidden {...props} />;
    case 'terugkoppeling':
      return <ReplyOutlinedIcon aria-hidden {...props} />;
    case 'status':
      return <SwapHorizIcon aria-hidden {...props} />;
    case 'betrokkene':
      return <PersonAddAltOutlinedIcon aria-hidden {...props} />;
    default: {
      const never: never = kind;
      throw new Error(`unknown kind ${String(never)}`);
    }
  }
}
