// The styles every section element shares.
import {
  definitionStyles,
  noticeStyles,
  quietLoadingStyles,
  sectionFrameStyles,
  stateStyles,
} from '../../styles/section-frame.styles.js';
import { tokenStyles } from '../../styles/tokens.js';
import { printStyles } from '../../styles/print.styles.js';
import { dataTextStyles } from './data-text.js';

/** The styles every section element starts from: tokens, frame, states, notices, data text and print. */
export const sectionElementStyles = [
  tokenStyles,
  sectionFrameStyles,
  stateStyles,
  quietLoadingStyles,
  noticeStyles,
  definitionStyles,
  dataTextStyles,
  printStyles,
];
