/** Init script for a returning user: the first-run welcome (a modal) would sit over the controls a bench drives. */
export const RETURNING_USER = "localStorage.setItem('orderflow.welcome', 'seen');";
