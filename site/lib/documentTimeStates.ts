import { endOfKyivDay, kyivDay, startOfKyivDay } from '@domain/time/kyivTime'
import { DOCUMENT_STATUSES, type DocumentStatus } from '@domain/vocabularies/documentStatuses'

/**
 * The states a document's status takes as its validity dates pass, for data-time-states: not yet
 * in force until its first day begins in Kyiv, in force until its last day ends, expired after.
 * A status an editor set by hand (project, repealed) does not change with time: none.
 */
export function documentTimeStates(doc: {
  status: DocumentStatus
  validFrom?: string
  validTo?: string
}): { from?: Date; text: string; state: DocumentStatus }[] | undefined {
  if (doc.status === 'project' || doc.status === 'repealed') return undefined
  if (!doc.validFrom && !doc.validTo) return undefined
  const state = (status: DocumentStatus, from?: Date) => ({
    ...(from ? { from } : {}),
    text: DOCUMENT_STATUSES[status].label.uk,
    state: status,
  })
  const states = [state(doc.validFrom ? 'pending' : 'in-force')]
  if (doc.validFrom)
    states.push(state('in-force', startOfKyivDay(kyivDay(new Date(doc.validFrom)))))
  if (doc.validTo) states.push(state('expired', endOfKyivDay(kyivDay(new Date(doc.validTo)))))
  return states
}
