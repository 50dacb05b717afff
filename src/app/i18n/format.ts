/** Locale-aware number formatting for the interface: the core's, so the app and the explanations agree. */
export { formatArea, formatNumber } from '../../core/index.ts';
