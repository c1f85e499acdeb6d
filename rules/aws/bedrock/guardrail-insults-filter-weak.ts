import { contentCategoryRule } from './_lib.js';

export default contentCategoryRule('INSULTS', 'insulting', 'medium');
