import { contentCategoryRule } from './_lib.js';

export default contentCategoryRule('VIOLENCE', 'violent', 'high');
