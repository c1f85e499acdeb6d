import { contentCategoryRule } from './_lib.js';

export default contentCategoryRule('MISCONDUCT', 'misconduct', 'high');
