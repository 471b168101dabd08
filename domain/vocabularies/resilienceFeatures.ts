import { label } from '../i18n/label'

/**
 * What a «Пункт незламності» (resilience point) offers. `power` marks the features that mean
 * "there is electricity", `internet` those that mean "there is a connection": the filters of the
 * «Де зараз відчинено» page read them from here.
 */
export const RESILIENCE_FEATURES = {
  generator: { label: label('Генератор', 'Generator'), power: true, internet: false },
  'power-bank-station': {
    label: label('Зарядна станція', 'Power bank station'),
    power: true,
    internet: false,
  },
  heating: { label: label('Опалення', 'Heating'), power: false, internet: false },
  mobile: { label: label('Мобільний зв’язок', 'Mobile connection'), power: false, internet: true },
  wifi: { label: label('Wi-Fi', 'Wi-Fi'), power: false, internet: true },
  water: { label: label('Вода', 'Water'), power: false, internet: false },
  charging: {
    label: label('Місця для заряджання', 'Charging places'),
    power: false,
    internet: false,
  },
} as const

export type ResilienceFeature = keyof typeof RESILIENCE_FEATURES
