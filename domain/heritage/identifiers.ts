/** Item identifiers: stable, upper-case Latin letters and digits in dash-separated groups (SOL-PH-0001). */
export const ITEM_IDENTIFIER_PATTERN = /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/

/** Years an item's date may name: anything outside is a typing error, not history. */
export const YEAR_BOUNDS = { min: 1000, max: 2100 } as const
