import { label } from '../i18n/label'

/**
 * Neighbourhoods (місцевості) of Solomianskyi district where branches stand: readers look for a
 * library «near me» by these names, on «Де зараз відчинено» and the branches' pages.
 */
export const BRANCH_DISTRICTS = {
  solomianka: { label: label('Солом’янка', 'Solomianka') },
  chokolivka: { label: label('Чоколівка', 'Chokolivka') },
  'karavaievi-dachi': { label: label('Караваєві дачі', 'Karavaievi Dachi') },
  'batyieva-hora': { label: label('Батиєва гора', 'Batyieva Hora') },
  vidradnyi: { label: label('Відрадний', 'Vidradnyi') },
  shuliavka: { label: label('Шулявка', 'Shuliavka') },
  sovky: { label: label('Совки', 'Sovky') },
  zhuliany: { label: label('Жуляни', 'Zhuliany') },
} as const

export type BranchDistrict = keyof typeof BRANCH_DISTRICTS
