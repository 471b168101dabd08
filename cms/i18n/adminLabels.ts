/**
 * Payload's Ukrainian phrases put a collection's name after a gendered word («Створення нового
 * {{label}}», «Новий {{label}}»), which is wrong for most of ours («Створення нового Новина»).
 * One template cannot decline every name, so these phrases name the action first and the
 * collection after a colon, in the nominative case that reads correctly for every label
 * («Створення: Новина», «Новий запис: Подія»). tests/unit/adminLabels.test.ts lists every
 * resulting phrase for every collection against a reviewed list.
 */
export const ukAdminPhrases = {
  general: {
    createNewLabel: 'Створити: {{label}}',
    creatingNewLabel: 'Створення: {{label}}',
    newLabel: 'Новий запис: {{label}}',
    editLabel: 'Редагувати: {{label}}',
    editingLabel_one: 'Редагування ({{count}}): {{label}}',
    editingLabel_few: 'Редагування ({{count}}): {{label}}',
    editingLabel_many: 'Редагування ({{count}}): {{label}}',
    editingLabel_other: 'Редагування ({{count}}): {{label}}',
    deleteLabel: 'Видалити: {{label}}',
    successfullyCreated: '{{label}}: успішно створено.',
    successfullyDuplicated: '{{label}}: успішно створено копію.',
  },
  fields: {
    addLabel: 'Додати: {{label}}',
    addNewLabel: 'Створити: {{label}}',
    chooseLabel: 'Обрати: {{label}}',
    newLabel: 'Новий запис: {{label}}',
    selectExistingLabel: 'Обрати наявне: {{label}}',
    uploadNewLabel: 'Завантажити: {{label}}',
    editLabelData: 'Редагувати дані: {{label}}',
  },
} as const

/** `i18n.translations` of the Payload config. */
export const adminLabelTranslations = { uk: ukAdminPhrases }
