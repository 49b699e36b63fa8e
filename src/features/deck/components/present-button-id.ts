/** The header's Present button: the deck returns focus to it when it closes. */
export const PRESENT_BUTTON_ID = 'present-button';
