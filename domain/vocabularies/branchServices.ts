import { label } from '../i18n/label'

/** Services and amenities a branch offers; the keys are stable, the labels are for people. */
export const BRANCH_SERVICES = {
  wifi: { label: label('Безкоштовний Wi-Fi', 'Free Wi-Fi') },
  computers: { label: label('Комп’ютери для відвідувачів', 'Public computers') },
  printing: { label: label('Друк і сканування', 'Printing and scanning') },
  coworking: { label: label('Коворкінг', 'Coworking') },
  'childrens-room': { label: label('Дитяча кімната', 'Children’s room') },
  'accessible-entrance': { label: label('Доступний вхід', 'Accessible entrance') },
  'power-point': { label: label('Пункт незламності', 'Power and warmth point') },
  shelter: { label: label('Укриття', 'Shelter') },
  'reading-room': { label: label('Читальна зала', 'Reading room') },
  lending: { label: label('Абонемент', 'Lending') },
  ebooks: { label: label('Електронні книжки', 'E-books') },
  'meeting-room': { label: label('Зала для зустрічей', 'Meeting room') },
  'language-club': { label: label('Мовний клуб', 'Language club') },
  'legal-info': { label: label('Правова інформація', 'Legal information') },
  'it-courses': { label: label('Комп’ютерні курси', 'IT courses') },
  'board-games': { label: label('Настільні ігри', 'Board games') },
  exhibitions: { label: label('Виставки', 'Exhibitions') },
} as const

export type BranchService = keyof typeof BRANCH_SERVICES
