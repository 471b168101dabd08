import type { Access, CollectionConfig, PayloadRequest, Where } from 'payload'

import { branchIdOf, isBranchEditorUser, isContentManager, type MaybeUser } from '@cms/access/roles'
import { message } from '@cms/i18n/messages'
import {
  ALERT_TEXT_MAX_LENGTH,
  findAlertSpanProblem,
  findAlertTextProblem,
} from '@domain/alerts/validateAlert'
import { label } from '@domain/i18n/label'
import { collectionLabels } from '@cms/i18n/labels'
import { ALERT_LEVELS, ALERT_SCOPES } from '@domain/vocabularies/alertLevels'
import { selectOptions } from '@domain/vocabularies/vocabulary'

const userOf = (req: PayloadRequest): MaybeUser => req.user

/** Editors: every alert. Branch editors: their own branch's alerts. */
const editorsOrOwnBranch: Access = ({ req }) => {
  const user = userOf(req)
  if (isContentManager(user)) return true
  const branch = branchIdOf(user)
  if (!isBranchEditorUser(user) || branch === undefined) return false
  const own: Where = { and: [{ scope: { equals: 'branch' } }, { branch: { equals: branch } }] }
  return own
}

/** Creating: editors, and branch editors who have a branch (the fields check which one). */
const mayCreate: Access = ({ req }) => {
  const user = userOf(req)
  return isContentManager(user) || (isBranchEditorUser(user) && branchIdOf(user) !== undefined)
}

/** The public reads published alerts; staff read theirs (the rule above) and drafts. */
const readAlerts: Access = (args) => {
  if (!args.req.user) return { _status: { equals: 'published' } }
  return editorsOrOwnBranch(args)
}

/** Whether a relationship value (an id or a populated document) names the branch `id`. */
function sameId(value: unknown, id: number | string | undefined): boolean {
  if (id === undefined || value === null || value === undefined) return false
  const own = typeof value === 'object' ? (value as { id?: unknown }).id : value
  return (typeof own === 'number' || typeof own === 'string') && String(own) === String(id)
}

/**
 * A banner on the site: network-wide (every page) or for one branch (its page), from a start to
 * an end. Saved and published like any document (drafts possible); the publisher's fast path
 * puts it on the live site within seconds, the clock (cms/scheduler) at its start and end.
 */
export const Alerts: CollectionConfig = {
  slug: 'alerts',
  labels: collectionLabels(label('Оголошення', 'Alert'), label('Оголошення', 'Alerts')),
  admin: {
    useAsTitle: 'text',
    defaultColumns: ['text', 'level', 'scope', 'branch', 'startsAt', 'endsAt', '_status'],
    group: label('Мережа', 'Network'),
  },
  defaultSort: '-startsAt',
  versions: { drafts: true, maxPerDoc: 20 },
  access: {
    create: mayCreate,
    read: readAlerts,
    update: editorsOrOwnBranch,
    delete: editorsOrOwnBranch,
  },
  fields: [
    {
      name: 'text',
      type: 'textarea',
      required: true,
      maxLength: ALERT_TEXT_MAX_LENGTH,
      label: label('Текст оголошення', 'Alert text'),
      admin: {
        description: label(
          `Звичайним текстом, до ${ALERT_TEXT_MAX_LENGTH} символів.`,
          `Plain text, at most ${ALERT_TEXT_MAX_LENGTH} characters.`,
        ),
      },
      validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) => {
        if (!value) return true
        const problem = findAlertTextProblem(value)
        return problem ? message(req, problem.key, problem.vars) : true
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'level',
          type: 'select',
          required: true,
          defaultValue: 'info',
          label: label('Важливість', 'Level'),
          options: selectOptions(ALERT_LEVELS),
        },
        {
          name: 'scope',
          type: 'select',
          required: true,
          defaultValue: 'branch',
          label: label('Де показати', 'Where'),
          options: selectOptions(ALERT_SCOPES),
          validate: (value: unknown, { req }: { req: PayloadRequest }) =>
            // Only a branch editor can get here without being an editor (see access).
            value === 'network' && isBranchEditorUser(userOf(req))
              ? message(req, 'alertNetworkEditorsOnly')
              : true,
        },
        {
          name: 'branch',
          type: 'relationship',
          relationTo: 'branches',
          label: label('Бібліотека', 'Branch'),
          admin: { condition: (_data, sibling) => sibling?.scope === 'branch' },
          validate: (
            value: unknown,
            { req, siblingData }: { req: PayloadRequest; siblingData: Record<string, unknown> },
          ) => {
            if (siblingData.scope !== 'branch') return true
            if (value === null || value === undefined || value === '')
              return message(req, 'alertBranchRequired')
            const user = userOf(req)
            if (isBranchEditorUser(user) && !sameId(value, branchIdOf(user)))
              return message(req, 'alertOtherBranch')
            return true
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          required: true,
          defaultValue: () => new Date().toISOString(),
          label: label('Показувати з', 'Show from'),
          admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd.MM.yyyy HH:mm' } },
        },
        {
          name: 'endsAt',
          type: 'date',
          label: label('Показувати до', 'Show until'),
          admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd.MM.yyyy HH:mm' } },
          // Not `required`: the message says why an end is needed, in the editor's language.
          validate: (
            value: unknown,
            { req, siblingData }: { req: PayloadRequest; siblingData: Record<string, unknown> },
          ) => {
            const problem = findAlertSpanProblem(siblingData.startsAt, value)
            return problem ? message(req, problem.key, problem.vars) : true
          },
        },
      ],
    },
  ],
}
