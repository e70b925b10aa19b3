// Runs in: renderer.
//
// The sociale kaart on the Instellingen screen: every organisation with what it is, the
// area it serves and its contact persons, with add, change and delete (after a confirm).
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import AddIcon from '@mui/icons-material/Add';
import PersonAddAlt1OutlinedIcon from '@mui/icons-material/PersonAddAlt1Outlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ContactPerson, Organisation } from '../../../shared/domain/directory';
import { isAbsentOn } from '../../../shared/domain/directory';
import { formatIsoDate } from '../i18n/dates';
import { todayIso } from '../../../shared/domain/dates';
import { useLanguage } from '../i18n/useLanguage';
import { useSession } from '../security/VaultProvider';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ContactDialog } from './ContactDialog';
import { formatPostcodeRanges } from '../../../shared/domain/directoryForm';
import { OrganisationDialog } from './OrganisationDialog';
import { useRecordList } from '../records/useRecords';
import { VirtualList } from '../components/VirtualList';
import { usePendingFocus } from '../components/usePendingFocus';

type Editing =
  | { readonly kind: 'none' }
  | { readonly kind: 'organisation'; readonly organisation: Organisation | undefined }
  | {
      readonly kind: 'contact';
      readonly organisation: Organisation;
      readonly contact: ContactPerson | undefined;
    }
  | { readonly kind: 'delete-organisation'; readonly organisation: Organisation }
  | { readonly kind: 'delete-contact'; readonly contact: ContactPerson };

const collator = new Intl.Collator('nl');
const byName = <T extends { readonly name: string }>(a: T, b: T): number =>
  collator.compare(a.name, b.name);

const NO_CONTACTS: readonly ContactPerson[] = [];

const organisationKey = (organisation: Organisation): string => organisation.id;

/** One organisation of the sociale kaart with its contact persons and their actions. */
function OrganisationCard({
  organisation,
  own,
  contactNames,
  today,
  setEditing,
}: {
  readonly organisation: Organisation;
  readonly own: readonly ContactPerson[];
  readonly contactNames: ReadonlyMap<string, string>;
  readonly today: string;
  readonly setEditing: (editing: Editing) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const contactName = (id: string | undefined): string =>
    id === undefined ? '' : (contactNames.get(id) ?? '');
  const headingId = `org-${organisation.id}`;
  return (
    <Paper variant="outlined" sx={{ p: 2.5 }}>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={1}
        sx={{ justifyContent: 'space-between', alignItems: { sm: 'flex-start' } }}
      >
        <Box>
          <Typography variant="h3" id={headingId} tabIndex={-1}>
            {organisation.name}
          </Typography>
          <Chip size="small" label={t(`directory.kinds.${organisation.kind}`)} sx={{ mt: 0.5 }} />
        </Box>
        <Stack direction="row" spacing={1}>
          <Button
            size="small"
            onClick={() => setEditing({ kind: 'organisation', organisation })}
            aria-label={t('directory.organisation.editLabel', { name: organisation.name })}
          >
            {t('directory.common.edit')}
          </Button>
          <Button
            size="small"
            color="error"
            onClick={() => setEditing({ kind: 'delete-organisation', organisation })}
            aria-label={t('directory.organisation.deleteLabel', { name: organisation.name })}
          >
            {t('directory.common.delete')}
          </Button>
        </Stack>
      </Stack>
      <Box
        component="dl"
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' },
          columnGap: 2,
          rowGap: 0.5,
          my: 1.5,
          '& dt': { color: 'text.secondary' },
          '& dd': { m: 0 },
        }}
      >
        {organisation.municipalities.length > 0 ? (
          <>
            <dt>{t('directory.organisation.municipalities')}</dt>
            <dd>{organisation.municipalities.join(', ')}</dd>
          </>
        ) : null}
        {organisation.postcodeRanges.length > 0 ? (
          <>
            <dt>{t('directory.organisation.postcodeRanges')}</dt>
            <dd>{formatPostcodeRanges(organisation.postcodeRanges)}</dd>
          </>
        ) : null}
        {organisation.phone !== undefined ? (
          <>
            <dt>{t('directory.organisation.phone')}</dt>
            <dd>{organisation.phone}</dd>
          </>
        ) : null}
        {organisation.email !== undefined ? (
          <>
            <dt>{t('directory.organisation.email')}</dt>
            <dd>{organisation.email}</dd>
          </>
        ) : null}
        {organisation.address !== undefined ? (
          <>
            <dt>{t('directory.organisation.address')}</dt>
            <dd style={{ whiteSpace: 'pre-line' }}>{organisation.address}</dd>
          </>
        ) : null}
      </Box>
      <Typography variant="h4" component="h4" sx={{ fontSize: '1rem', fontWeight: 600, mb: 0.5 }}>
        {t('directory.organisation.contacts')}
      </Typography>
      {own.length === 0 ? (
        <Typography color="text.secondary">{t('directory.organisation.noContacts')}</Typography>
      ) : (
        <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {own.map((contact) => (
            <Box
              component="li"
              key={contact.id}
              sx={{
                py: 1,
                borderTop: 1,
                borderColor: 'divider',
                display: 'flex',
                flexWrap: 'wrap',
                gap: 1,
                justifyContent: 'space-between',
              }}
            >
              <Box>
                <Typography sx={{ fontWeight: 600 }}>
                  {contact.name}{' '}
                  <Typography component="span" color="text.secondary">
                    – {contact.role}
                  </Typography>
                </Typography>
                <Typography variant="body2">
                  {[contact.phone, contact.email].filter((v) => v !== undefined).join(' · ')}
                </Typography>
                {contact.absentUntil !== undefined && isAbsentOn(contact, today) ? (
                  <Typography variant="body2" sx={{ color: 'warning.dark' }}>
                    {t('directory.contact.absentUntil', {
                      date: formatIsoDate(contact.absentUntil, language),
                    })}
                    {contactName(contact.replacedBy) !== ''
                      ? `, ${t('directory.contact.replacedBy', { name: contactName(contact.replacedBy) })}`
                      : ''}
                  </Typography>
                ) : null}
              </Box>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <Button
                  size="small"
                  onClick={() => setEditing({ kind: 'contact', organisation, contact })}
                  aria-label={t('directory.contact.editLabel', { name: contact.name })}
                >
                  {t('directory.common.edit')}
                </Button>
                <Button
                  size="small"
                  color="error"
                  onClick={() => setEditing({ kind: 'delete-contact', contact })}
                  aria-label={t('directory.contact.deleteLabel', { name: contact.name })}
                >
                  {t('directory.common.delete')}
                </Button>
              </Stack>
            </Box>
          ))}
        </Box>
      )}
      <Button
        size="small"
        startIcon={<PersonAddAlt1OutlinedIcon />}
        sx={{ mt: 1 }}
        onClick={() => setEditing({ kind: 'contact', organisation, contact: undefined })}
        aria-label={t('directory.organisation.addContactLabel', { name: organisation.name })}
      >
        {t('directory.organisation.addContact')}
      </Button>
    </Paper>
  );
}

export function DirectoryManager() {
  const { t } = useTranslation();
  const session = useSession();
  const focusWhenReady = usePendingFocus();
  const organisationList = useRecordList(session, 'directory.organisation');
  const contacts = useRecordList(session, 'directory.contact');
  // ~800 organisations and ~2,400 contacts at regional size: sorted and grouped once per
  // change of the records, and only the cards in view are rendered.
  const organisations = useMemo(() => [...organisationList].sort(byName), [organisationList]);
  const contactsByOrganisation = useMemo(() => {
    const map = new Map<string, ContactPerson[]>();
    for (const c of contacts) map.set(c.organisationId, [...(map.get(c.organisationId) ?? []), c]);
    for (const own of map.values()) own.sort(byName);
    return map;
  }, [contacts]);
  const contactNames = useMemo(() => new Map(contacts.map((c) => [c.id, c.name])), [contacts]);
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  // The organisation just saved stays rendered and scrolled into view, so focus can move there.
  const [revealId, setRevealId] = useState<string | undefined>(undefined);
  const close = (): void => setEditing({ kind: 'none' });
  const today = todayIso();
  const renderItem = useCallback(
    (organisation: Organisation) => (
      <OrganisationCard
        organisation={organisation}
        own={contactsByOrganisation.get(organisation.id) ?? NO_CONTACTS}
        contactNames={contactNames}
        today={today}
        setEditing={setEditing}
      />
    ),
    [contactsByOrganisation, contactNames, today],
  );

  const deleteOrganisation = async (organisation: Organisation): Promise<void> => {
    for (const contact of contacts.filter((c) => c.organisationId === organisation.id))
      await session.records.delete('directory.contact', contact.id);
    await session.records.delete('directory.organisation', organisation.id);
  };

  return (
    <Stack spacing={2.5}>
      <Box>
        <Button
          variant="contained"
          startIcon={<AddIcon />}
          onClick={() => setEditing({ kind: 'organisation', organisation: undefined })}
        >
          {t('directory.section.add')}
        </Button>
      </Box>
      {organisations.length === 0 ? (
        <Box sx={{ bgcolor: 'background.default', borderRadius: 2, px: 2.5, py: 2 }}>
          <Typography variant="h3" sx={{ mb: 1 }}>
            {t('directory.section.emptyTitle')}
          </Typography>
          <Typography sx={{ mb: 1 }}>{t('directory.section.emptyIntro')}</Typography>
          <Box component="ul" sx={{ m: 0, pl: 3 }}>
            {(['ot', 'wijkteam', 'ggd', 'leerplicht', 'smw'] as const).map((key) => (
              <li key={key}>
                <Typography>{t(`directory.section.emptyExamples.${key}`)}</Typography>
              </li>
            ))}
          </Box>
        </Box>
      ) : (
        <VirtualList
          variant="list"
          items={organisations}
          getKey={organisationKey}
          estimateSize={260}
          gap={16}
          label={t('directory.section.listLabel')}
          renderItem={renderItem}
          {...(revealId === undefined ? {} : { revealKey: revealId })}
        />
      )}

      {editing.kind === 'organisation' ? (
        <OrganisationDialog
          session={session}
          organisation={editing.organisation}
          onClose={close}
          onSaved={(saved) => {
            close();
            setRevealId(saved.id);
            focusWhenReady(`org-${saved.id}`);
          }}
        />
      ) : null}
      {editing.kind === 'contact' ? (
        <ContactDialog
          session={session}
          organisation={editing.organisation}
          contact={editing.contact}
          contacts={contacts}
          organisations={organisations}
          onClose={close}
          onSaved={() => {
            const id = `org-${editing.organisation.id}`;
            setRevealId(editing.organisation.id);
            close();
            focusWhenReady(id);
          }}
        />
      ) : null}
      <ConfirmDialog
        open={editing.kind === 'delete-organisation'}
        title={t('directory.deleteOrganisation.title')}
        text={
          editing.kind === 'delete-organisation'
            ? contacts.some((c) => c.organisationId === editing.organisation.id)
              ? t('directory.deleteOrganisation.bodyWithContacts', {
                  name: editing.organisation.name,
                  count: contacts.filter((c) => c.organisationId === editing.organisation.id)
                    .length,
                })
              : t('directory.deleteOrganisation.body', { name: editing.organisation.name })
            : ''
        }
        confirmLabel={t('directory.deleteOrganisation.confirm')}
        onClose={close}
        onConfirm={() =>
          editing.kind === 'delete-organisation'
            ? deleteOrganisation(editing.organisation)
            : Promise.resolve()
        }
      />
      <ConfirmDialog
        open={editing.kind === 'delete-contact'}
        title={t('directory.deleteContact.title')}
        text={
          editing.kind === 'delete-contact'
            ? t('directory.deleteContact.body', { name: editing.contact.name })
            : ''
        }
        confirmLabel={t('directory.deleteContact.confirm')}
        onClose={close}
        onConfirm={() =>
          editing.kind === 'delete-contact'
            ? session.records.delete('directory.contact', editing.contact.id)
            : Promise.resolve()
        }
      />
    </Stack>
  );
}
