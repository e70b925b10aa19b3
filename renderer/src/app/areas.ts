// Runs in: renderer.
//
// The one list of areas: which component renders each route and which icon the navigation
// shows. A Record over AreaId, so adding a route without a screen does not compile.
import type { ComponentType } from 'react';
import BarChartOutlinedIcon from '@mui/icons-material/BarChartOutlined';
import DashboardOutlinedIcon from '@mui/icons-material/DashboardOutlined';
import ForumOutlinedIcon from '@mui/icons-material/ForumOutlined';
import ForwardToInboxOutlinedIcon from '@mui/icons-material/ForwardToInboxOutlined';
import MoveToInboxOutlinedIcon from '@mui/icons-material/MoveToInboxOutlined';
import PeopleAltOutlinedIcon from '@mui/icons-material/PeopleAltOutlined';
import SettingsOutlinedIcon from '@mui/icons-material/SettingsOutlined';
import type { SvgIconProps } from '@mui/material/SvgIcon';
import { CijfersByRole } from '../areas/cijfers/CijfersByRole';
import { InstellingenArea } from '../areas/instellingen/InstellingenArea';
import { LeerlingenArea } from '../areas/leerlingen/LeerlingenArea';
import { OntvangenArea } from '../areas/ontvangen/OntvangenArea';
import { OverleggenArea } from '../areas/overleggen/OverleggenArea';
import { OverzichtArea } from '../areas/overzicht/OverzichtArea';
import { VerwijzingenArea } from '../areas/verwijzingen/VerwijzingenArea';
import type { AreaId } from './router';

export interface AreaDefinition {
  readonly icon: ComponentType<SvgIconProps>;
  readonly Screen: ComponentType;
}

export const AREAS: Readonly<Record<AreaId, AreaDefinition>> = {
  overzicht: { icon: DashboardOutlinedIcon, Screen: OverzichtArea },
  leerlingen: { icon: PeopleAltOutlinedIcon, Screen: LeerlingenArea },
  overleggen: { icon: ForumOutlinedIcon, Screen: OverleggenArea },
  verwijzingen: { icon: ForwardToInboxOutlinedIcon, Screen: VerwijzingenArea },
  ontvangen: { icon: MoveToInboxOutlinedIcon, Screen: OntvangenArea },
  cijfers: { icon: BarChartOutlinedIcon, Screen: CijfersByRole },
  instellingen: { icon: SettingsOutlinedIcon, Screen: InstellingenArea },
};
