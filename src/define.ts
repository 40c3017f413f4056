/** `care-level-widgets/define`: registers every element. Safe to import (or load) more than once. */
import './components/crisis-banner/define.js';
import './components/term/define.js';
import './components/comparison/define.js';
import './components/questionnaire/define.js';

export * from './index.js';
